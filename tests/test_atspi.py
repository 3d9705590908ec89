"""The running app read the way Orca reads it: over AT-SPI, from outside the process.

The app is started for real (``python -m briefing``) on an Xvfb display with the xcb platform,
inside its own D-Bus session (``dbus-run-session``, which starts the accessibility bus) and with
``QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1``; a reader in the system Python walks the desktop's
accessible tree with pyatspi until it finds the card. Skipped only where the Debian packages
are missing: xvfb, at-spi2-core, python3-pyatspi, dbus-x11.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

SYSTEM_PYTHON = "/usr/bin/python3"
PACKAGES = "sudo apt install xvfb at-spi2-core python3-pyatspi dbus-x11"
CARD = "人才专项资金投入，2.96亿元，较上年增长196%"

READER = textwrap.dedent(
    """
    import json, sys, time
    import pyatspi

    wanted = sys.argv[1]

    def walk(node, depth=0):
        if node is None or depth > 40:
            return
        yield node
        for index in range(node.childCount):
            try:
                child = node.getChildAtIndex(index)
            except Exception:
                continue
            yield from walk(child, depth + 1)

    found = None
    apps = []
    deadline = time.monotonic() + 90
    while found is None and time.monotonic() < deadline:
        desktop = pyatspi.Registry.getDesktop(0)
        apps = [desktop.getChildAtIndex(i).name for i in range(desktop.childCount)]
        for app in (desktop.getChildAtIndex(i) for i in range(desktop.childCount)):
            if app is None or app.name not in ("briefing", "数据简报"):
                continue
            for node in walk(app):
                if node.name == wanted:
                    try:
                        action = node.queryAction()
                        actions = [action.getName(i) for i in range(action.nActions)]
                    except NotImplementedError:
                        actions = []
                    found = {
                        "actions": actions,
                        "app": app.name,
                        "name": node.name,
                        "role": node.getRoleName(),
                        "description": node.description,
                        "children": node.childCount,
                    }
                    break
        if found is None:
            time.sleep(1)
    print(json.dumps({"found": found, "apps": apps}, ensure_ascii=False))
    """
)

# Inside the D-Bus session: a display, the app on it, the reader, then everything stopped.
SESSION = textwrap.dedent(
    """
    set -u
    # -displayfd: Xvfb picks a free display and writes its number once it takes connections
    # (a socket file alone can come before that on a loaded machine).
    Xvfb -displayfd 3 -screen 0 1280x800x24 -nolisten tcp 3>"$WORK/display" >"$WORK/xvfb.log" 2>&1 &
    xvfb=$!
    for _ in $(seq 600); do [ -s "$WORK/display" ] && break; sleep 0.1; done
    export DISPLAY=:$(cat "$WORK/display")
    "$APP_PYTHON" -m briefing --lang zh >"$WORK/app.log" 2>&1 &
    app=$!
    /usr/bin/python3 "$WORK/reader.py" "$CARD" >"$WORK/reader.json" 2>"$WORK/reader.log"
    kill $app 2>/dev/null; wait $app 2>/dev/null
    kill $xvfb 2>/dev/null; wait $xvfb 2>/dev/null
    exit 0
    """
)


def _missing() -> list[str]:
    missing = [tool for tool in ("Xvfb", "dbus-run-session") if shutil.which(tool) is None]
    pyatspi = subprocess.run(
        [SYSTEM_PYTHON, "-c", "import pyatspi"], capture_output=True, check=False
    ) if Path(SYSTEM_PYTHON).exists() else None  # fmt: skip
    if pyatspi is None or pyatspi.returncode != 0:
        missing.append("pyatspi")
    return missing


def test_a_card_is_read_over_atspi(tmp_path: Path) -> None:
    missing = _missing()
    if missing:
        pytest.skip(f"{', '.join(missing)} missing: {PACKAGES}")
    (tmp_path / "reader.py").write_text(READER, encoding="utf-8")
    source = Path(__file__).resolve().parents[1] / "src"
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_RUNTIME_DIR": str(tmp_path),
        "PYTHONPATH": str(source),
        "QT_QPA_PLATFORM": "xcb",
        "QT_LINUX_ACCESSIBILITY_ALWAYS_ON": "1",
        "NO_AT_BRIDGE": "0",
        "WORK": str(tmp_path),
        "APP_PYTHON": sys.executable,
        "CARD": CARD,
    }
    subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", SESSION],
        env=env, check=True, timeout=240, capture_output=True,
    )  # fmt: skip
    said = (tmp_path / "reader.json").read_text(encoding="utf-8")
    logs = {
        name: (tmp_path / name).read_text(encoding="utf-8", errors="replace")[-2000:]
        for name in ("app.log", "reader.log", "xvfb.log")
        if (tmp_path / name).exists()
    }
    assert said.strip(), logs
    result = json.loads(said)
    found = result["found"]
    assert found is not None, (result["apps"], logs)
    assert found["role"] == "push button"
    assert found["name"] == CARD
    assert "2.96亿元" in found["description"]  # the sentence the figure was taken from
    assert found["children"] == 0  # the split value is not read label by label
    assert "press" in [name.lower() for name in found["actions"]], found  # Enter's, a click's
