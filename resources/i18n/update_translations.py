"""Extract the app's translatable strings into the .ts files and compile them into .qm files.

    python resources/i18n/update_translations.py          # update the .ts, then build the .qm
    python resources/i18n/update_translations.py --qm     # only build the .qm from the .ts

``make translations`` runs the first form. lupdate reads every ``self.tr("…")``, literal
``QCoreApplication.translate("Context", "…")`` and ``QT_TRANSLATE_NOOP("Context", "…")`` under
src/briefing; strings already translated keep their translation, vanished ones are dropped.
Translate the new entries (Qt Linguist: ``pyside6-linguist resources/i18n/briefing_en.ts``, or by
hand in the XML), then run this again to compile. The app's own strings are written in Chinese
and the dataset problems of the model in English, so each catalogue translates what is not
already in its language (see briefing.i18n); tests/test_translations.py checks that nothing is
missing and that the .qm files are up to date.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import PySide6

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
SOURCES = ROOT / "src" / "briefing"
CATALOGUES = {"briefing_en.ts": "en", "briefing_zh_CN.ts": "zh_CN"}
# Written by hand, compiled only: what Qt's own catalogue leaves untranslated in its dialogs.
SUPPLEMENTS = ("qtbase_extra_zh_CN.ts",)
_TOOLS = Path(PySide6.__file__).resolve().parent


def tool(name: str) -> str:
    """Qt's lupdate or lrelease, as shipped inside the PySide6 wheel."""
    for candidate in (_TOOLS / name, _TOOLS / f"{name}.exe"):
        if candidate.exists():
            return str(candidate)
    raise SystemExit(f"{name} not found in {_TOOLS}")


def sources() -> list[str]:
    return sorted(str(path) for path in SOURCES.rglob("*.py"))


def update(folder: Path = HERE) -> None:
    """Bring the .ts files in ``folder`` up to date with the sources."""
    for name, language in CATALOGUES.items():
        subprocess.run(
            [tool("lupdate"), "-silent", "-locations", "none", "-no-obsolete",
             "-target-language", language, *sources(), "-ts", str(folder / name)],
            check=True,
        )  # fmt: skip


def release(folder: Path = HERE, out: Path | None = None) -> list[Path]:
    """Compile each .ts of ``folder`` into a .qm (in ``out``, by default beside it)."""
    written = []
    for name in (*CATALOGUES, *SUPPLEMENTS):
        target = (out or folder) / Path(name).with_suffix(".qm").name
        subprocess.run(
            [tool("lrelease"), "-silent", str(folder / name), "-qm", str(target)], check=True
        )
        written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--qm", action="store_true", help="only compile the .qm files")
    args = parser.parse_args(argv)
    if not args.qm:
        update()
    for path in release():
        print(path.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
