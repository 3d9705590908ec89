"""The model (schema, loader, formatting), drafting and the headless commands import no Qt."""

from __future__ import annotations

import subprocess
import sys


def test_model_and_cli_import_no_qt() -> None:
    code = (
        "import sys, briefing.model, briefing.model.facts, briefing.authoring, briefing.cli;"
        "qt = {'PySide6', 'pyqtgraph', 'shiboken6'};"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in qt)))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == ""
