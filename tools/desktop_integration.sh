#!/bin/sh
# Adds Funnel Planner to the current user's application menu, or takes it out again.
#   desktop_integration.sh install PROGRAM   menu entry starting PROGRAM, and the icon
#   desktop_integration.sh uninstall         removes both
# Files go under $XDG_DATA_HOME (default ~/.local/share), as the XDG specifications say.
set -eu

resources="$(cd "$(dirname "$0")/../resources" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
apps="$data/applications"
hicolor="$data/icons/hicolor"
entry="$apps/funnelplanner.desktop"
svg="$hicolor/scalable/apps/funnelplanner.svg"
png="$hicolor/256x256/apps/funnelplanner.png"

refresh_caches() {
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$apps" || true
    fi
    # Only a cache that exists needs refreshing: without one the folder is read directly,
    # while a new cache would hide icons that later installs add without refreshing it.
    if [ -f "$hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t -f "$hicolor" || true
    fi
}

install_entry() {
    program="$1"
    case "$program" in
        /*) ;;
        *) program="$(pwd)/$program" ;;
    esac
    if [ ! -f "$program" ] || [ ! -x "$program" ]; then
        echo "desktop_integration: $program is not an executable program (run make bundle)" >&2
        exit 2
    fi
    # The Exec key would need these escaped twice over; no real install path has them.
    case "$program" in
        *[\"\`\$\\%]*)
            echo "desktop_integration: $program: move the program to a folder whose path has no \" \` \$ \\ or %" >&2
            exit 2 ;;
    esac
    case "$program" in
        *" "*) exec_value="\"$program\"" ;;
        *) exec_value="$program" ;;
    esac
    mkdir -p "$apps" "$(dirname "$svg")" "$(dirname "$png")"
    # Written beside the target and renamed: a menu never reads half an entry.
    sed -e "s|^Exec=.*|Exec=$exec_value|" -e "s|^TryExec=.*|TryExec=$program|" \
        "$resources/funnelplanner.desktop" > "$entry.part"
    mv "$entry.part" "$entry"
    cp "$resources/funnelplanner.svg" "$svg"
    cp "$resources/funnelplanner.png" "$png"
    refresh_caches
    echo "Installed $entry (starts $program) and the icon in $hicolor"
}

uninstall_entry() {
    rm -f "$entry" "$svg" "$png"
    refresh_caches
    # The folders install made, if nothing else lives there now (a mime cache the refresh
    # left in an otherwise empty folder is ours too).
    if [ "$(ls -A "$apps" 2>/dev/null)" = "mimeinfo.cache" ]; then
        rm -f "$apps/mimeinfo.cache"
    fi
    for folder in "$hicolor/scalable/apps" "$hicolor/scalable" "$hicolor/256x256/apps" \
        "$hicolor/256x256" "$hicolor" "$data/icons" "$apps"; do
        rmdir "$folder" 2>/dev/null || true
    done
    echo "Removed Funnel Planner's menu entry and icon from $data"
}

case "${1:-}" in
    install)
        [ $# -eq 2 ] || { echo "usage: $0 install PROGRAM" >&2; exit 2; }
        install_entry "$2" ;;
    uninstall) uninstall_entry ;;
    *) echo "usage: $0 install PROGRAM | uninstall" >&2; exit 2 ;;
esac
