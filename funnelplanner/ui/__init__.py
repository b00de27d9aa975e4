"""The Qt face of the app: windows, dialogs and table models over the services."""
