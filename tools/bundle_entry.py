"""The bundled program's entry point: PyInstaller needs a script, the package has main()."""

import sys

from funnelplanner.__main__ import main

if __name__ == "__main__":
    sys.exit(main())
