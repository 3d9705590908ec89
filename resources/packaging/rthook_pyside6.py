"""Run-time hook of the frozen app, in place of PyInstaller's own for PySide6 (see briefing.spec).

PyInstaller's hook imports PySide6.QtCore at start-up to check for an embedded qt.conf, which the
PyPI wheels of PySide6 register themselves; that import cost 0.15 s before every command, even
`--version`, which uses no Qt. What it does that matters is kept: Qt looks
for plugins in the bundle only, never in a QT_PLUGIN_PATH of the desktop's own Qt, whose plugins
(a platform theme, say) are built against another Qt.
"""

import os
import sys
from pathlib import Path

bundle = Path(getattr(sys, "_MEIPASS"))  # noqa: B009 (set by the frozen program only)
qt = bundle / "PySide6" if sys.platform.startswith("win") else bundle / "PySide6" / "Qt"
os.environ["QT_PLUGIN_PATH"] = str(qt / "plugins")
