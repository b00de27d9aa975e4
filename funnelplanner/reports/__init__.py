"""Documents and charts built outside any widget: the GUI and the CLI print the same pages."""
