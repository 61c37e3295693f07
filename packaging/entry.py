"""The frozen build's entry point: the same `vantage` command (no arguments opens the app) as the installed one."""

import multiprocessing

from desktop_app.cli.main import main

if __name__ == "__main__":
    # A frozen app's worker processes (big evidence exports) start this same executable; this hands them over to
    # multiprocessing instead of opening another Vantage.
    multiprocessing.freeze_support()
    raise SystemExit(main())
