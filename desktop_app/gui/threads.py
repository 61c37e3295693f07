"""How the GUI thread keeps its turn while Python worker threads (engine, history) are busy."""

from __future__ import annotations

import gc
import sys

GIL_SWITCH_S = 0.001


def favour_gui_thread() -> None:
    """Hand the GIL over every millisecond and freeze what exists so far out of the cyclic collector.

    Worker threads run Python for long stretches; at the default 5 ms switch interval, painting waited behind them.
    Everything built by now (modules, widgets, plots) lives as long as the app; frozen, the collector stops
    rescanning it, which turned 40-60 ms full collections (stalls of the GUI thread) into ~10 ms.
    """
    sys.setswitchinterval(GIL_SWITCH_S)
    gc.freeze()
