"""Rebuild the bundled Simplified Chinese font subsets.

The app has to show Chinese on machines that have no CJK font at all, in widgets and in exported
images and PDFs, so it ships two subsets of Noto Sans CJK SC (Regular and Bold) beside this script:

    NotoSansCJKsc-Regular-subset.otf
    NotoSansCJKsc-Bold-subset.otf

The source is Debian's ``fonts-noto-cjk`` package, whose ``NotoSansCJK-Regular.ttc`` and
``NotoSansCJK-Bold.ttc`` hold the Simplified Chinese face at index 2. The character set is:

* every valid two-byte GB2312 code (levels 1 and 2 hanzi, symbols, kana, Greek, Cyrillic, box
  drawing, ...) as Python's ``gb2312`` codec decodes it;
* printable ASCII, the full-width forms U+FF01-U+FF5E, the ideographic space and the CJK and
  typographic punctuation and symbols the UI uses (among them U+00B7 and U+2014, which GBK and
  GB18030 give for the GB2312 codes A1A4 and A1AA, where Python's codec gives U+30FB and U+2015);
* every character of the bundled datasets (``data/*/briefing.json``, ``data/*/article.txt``) and of
  the Python sources under ``src/briefing/`` (the UI strings), read at build time: re-run this
  script whenever a dataset or a UI string gains a character.

The subsets keep the font's name table (family "Noto Sans CJK SC", copyright, licence), drop
hinting, are desubroutinized, and keep only the layout features horizontal Chinese text uses (no
vertical forms, no ``locl`` regional glyph forms: those alone would add ~3,000 glyphs). Characters
the source font lacks are listed; the build fails (exit status 1, nothing written) if one of them
comes from a dataset or the UI, unless ``--allow-missing`` is given. The output depends only on
the inputs: the same package and the same checkout give byte-identical files.

Needs fontTools (a dev dependency, not a runtime one). Give it the extracted package, the .deb or
the two .ttc files, or let it fetch the package (as root, apt prints a harmless warning that the
download ran unsandboxed)::

    apt-get update   # once, before --download
    python resources/fonts/build_fonts.py --download
    python resources/fonts/build_fonts.py /path/to/extracted/fonts-noto-cjk
    python resources/fonts/build_fonts.py fonts-noto-cjk_*.deb
    python resources/fonts/build_fonts.py NotoSansCJK-Regular.ttc NotoSansCJK-Bold.ttc
"""

from __future__ import annotations

import argparse
import ast
import json
import subprocess
import sys
import tempfile
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

HERE = Path(__file__).resolve().parent
REPO_ROOT = HERE.parent.parent

DEBIAN_PACKAGE = "fonts-noto-cjk"
SC_FACE_INDEX = 2
SC_FAMILY = "Noto Sans CJK SC"

# (weight, source collection, output file)
WEIGHTS: tuple[tuple[str, str, str], ...] = (
    ("Regular", "NotoSansCJK-Regular.ttc", "NotoSansCJKsc-Regular-subset.otf"),
    ("Bold", "NotoSansCJK-Bold.ttc", "NotoSansCJKsc-Bold-subset.otf"),
)

# Punctuation and symbols the UI and charts use, beyond what GB2312 already has.
UI_SYMBOLS = (
    "“”‘’《》〈〉「」『』（）【】〔〕〖〗、。，：；！？…—–·・ ￥％＋－×÷≈±−"
    "→←↑↓▲▼△▽●○■□◆◇★☆✓✗※°℃‰№§"
    "\u3000"  # ideographic space
)
FULLWIDTH_FORMS = range(0xFF01, 0xFF5F)  # ！ .. ～
PRINTABLE_ASCII = range(0x20, 0x7F)

# OpenType layout features kept: fontTools' defaults minus vertical writing (the app lays out
# horizontal text only), locl (the app is Chinese only: always the SC glyph forms, whatever
# language the user's locale would make the shaper ask for) and the CJK spacing features that
# shapers only apply on request.
DROPPED_FEATURES = frozenset(
    {"vert", "vrt2", "valt", "vkrn", "vpal", "vhal", "vchw", "locl", "halt", "palt", "chws"}
)
# Vertical metrics are only read for vertical layout.
DROPPED_TABLES = ("VORG", "vhea", "vmtx")


@dataclass(frozen=True)
class Sources:
    """The two font collections to subset, and where they came from."""

    regular: Path
    bold: Path
    package_version: str | None = None

    def for_weight(self, weight: str) -> Path:
        """The collection that holds `weight` ("Regular" or "Bold")."""
        return self.regular if weight == "Regular" else self.bold


# --- character set ---------------------------------------------------------------------------


def gb2312_characters() -> set[str]:
    """Every character of GB2312: all valid two-byte codes, rows 0xA1-0xF7 by cells 0xA1-0xFE."""
    chars: set[str] = set()
    for lead in range(0xA1, 0xF8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    return chars


def base_characters() -> set[str]:
    """Printable ASCII, full-width forms and the UI's punctuation and symbols."""
    chars = {chr(cp) for cp in PRINTABLE_ASCII} | {chr(cp) for cp in FULLWIDTH_FORMS}
    return chars | set(UI_SYMBOLS)


def dataset_files(repo_root: Path) -> list[Path]:
    """The bundled dataset files whose text the app shows."""
    data = repo_root / "data"
    return sorted([*data.glob("*/briefing.json"), *data.glob("*/article.txt")])


def source_files(repo_root: Path) -> list[Path]:
    """The app's Python sources, which hold the UI strings."""
    return sorted((repo_root / "src" / "briefing").rglob("*.py"))


def _json_strings(value: object) -> Iterator[str]:
    """Every string (keys included) inside a decoded JSON document."""
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield str(key)
            yield from _json_strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _json_strings(item)


def _python_strings(text: str) -> Iterator[str]:
    """Every string literal of a Python module, with its escapes decoded."""
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            yield node.value


def file_characters(path: Path) -> set[str]:
    """The characters of one text file, plus those its JSON or Python escapes stand for."""
    text = path.read_text(encoding="utf-8")
    chars = set(text)
    if path.suffix == ".json":
        chars.update(*_json_strings(json.loads(text)))
    elif path.suffix == ".py":
        chars.update(*_python_strings(text))
    return chars


def drawable(chars: Iterable[str]) -> set[str]:
    """Drop control characters, surrogates and the byte-order mark: no font draws those."""
    return {c for c in chars if unicodedata.category(c) not in {"Cc", "Cs"} and c != "\ufeff"}


# --- sources ---------------------------------------------------------------------------------


def download_package(workdir: Path) -> Path:
    """Fetch the Debian package with `apt-get download` into `workdir` and return the .deb."""
    try:
        subprocess.run(["apt-get", "download", DEBIAN_PACKAGE], cwd=workdir, check=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        raise SystemExit(
            f"apt-get download {DEBIAN_PACKAGE} failed ({exc}); run `apt-get update` first?"
        ) from exc
    debs = sorted(workdir.glob(f"{DEBIAN_PACKAGE}_*.deb"))
    if not debs:
        raise SystemExit(f"apt-get download left no {DEBIAN_PACKAGE}_*.deb in {workdir}")
    return debs[-1]


def extract_package(deb: Path, workdir: Path) -> tuple[Path, str]:
    """Unpack `deb` with `dpkg -x` under `workdir`; return the tree and the package version."""
    tree = workdir / "extracted"
    subprocess.run(["dpkg", "-x", str(deb), str(tree)], check=True)
    version = subprocess.run(
        ["dpkg-deb", "--field", str(deb), "Version"], check=True, capture_output=True, text=True
    ).stdout.strip()
    return tree, version


def find_collections(paths: Sequence[Path], workdir: Path) -> Sources:
    """Locate the Regular and Bold collections among files, directories or a .deb."""
    version: str | None = None
    candidates: list[Path] = []
    for path in paths:
        if path.suffix == ".deb":
            tree, version = extract_package(path, workdir)
            candidates.extend(tree.rglob("*.ttc"))
        elif path.is_dir():
            candidates.extend(path.rglob("*.ttc"))
        else:
            candidates.append(path)
    found: dict[str, Path] = {}
    for weight, name, _ in WEIGHTS:
        matches = [p for p in candidates if p.name == name]
        if not matches:
            raise SystemExit(f"{name} not found in: {', '.join(map(str, paths))}")
        found[weight] = matches[0]
    return Sources(found["Regular"], found["Bold"], version)


# --- subsetting ------------------------------------------------------------------------------


def open_sc_face(collection: Path) -> TTFont:
    """Open the Simplified Chinese face of a Noto Sans CJK collection, checking it is SC."""
    font = TTFont(
        str(collection),
        fontNumber=SC_FACE_INDEX,
        lazy=True,
        recalcBBoxes=False,
        recalcTimestamp=False,  # keep the upstream date: same input, byte-identical output
    )
    family = font["name"].getDebugName(1)
    if family != SC_FAMILY:
        raise SystemExit(f"{collection} face {SC_FACE_INDEX} is {family!r}, not {SC_FAMILY!r}")
    return font


def subset_options() -> subset.Options:
    """fontTools subsetter options: no hints, no subroutines, horizontal features, all names."""
    options = subset.Options()
    options.hinting = False
    options.desubroutinize = True
    options.layout_features = [f for f in options.layout_features if f not in DROPPED_FEATURES]
    options.drop_tables = [*options.drop_tables, *DROPPED_TABLES]
    options.name_IDs = ["*"]  # keep copyright, licence and URLs, not just the family names
    options.name_languages = ["*"]  # English and Simplified Chinese records
    options.notdef_outline = True  # a missing character shows the font's own box, not nothing
    return options


def fix_cff_names(font: TTFont) -> None:
    """Name the CFF font after the SC face.

    The collection's faces share one CFF table named after the Japanese face
    (NotoSansCJKjp-Regular); PDF writers read the CFF name, so make it match the name table.
    """
    name = font["name"]
    postscript_name = name.getDebugName(6)
    cff = font["CFF "].cff
    top = cff.topDictIndex[0]
    cff.fontNames = [postscript_name]
    top.FamilyName = name.getDebugName(1)
    top.FullName = name.getDebugName(4)


def build_weight(collection: Path, output: Path, chars: set[str]) -> None:
    """Subset the SC face of `collection` to `chars` and save it as OpenType/CFF at `output`."""
    font = open_sc_face(collection)
    subsetter = subset.Subsetter(subset_options())
    subsetter.populate(unicodes=sorted(ord(c) for c in chars))
    subsetter.subset(font)
    fix_cff_names(font)
    font.flavor = None
    font.save(str(output))


def describe(chars: Iterable[str]) -> str:
    """List characters with their code points, for error messages."""
    return ", ".join(f"{c!r} U+{ord(c):04X}" for c in sorted(chars))


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    """Command line: sources or --download, output folder, repository root."""
    parser = argparse.ArgumentParser(
        description="Build the bundled Noto Sans CJK SC subsets (Regular, Bold).",
    )
    parser.add_argument(
        "sources",
        nargs="*",
        type=Path,
        help="extracted fonts-noto-cjk tree, its .deb, or the two NotoSansCJK-*.ttc files",
    )
    parser.add_argument(
        "--download",
        action="store_true",
        help=f"fetch {DEBIAN_PACKAGE} with apt-get download and unpack it in a temp folder",
    )
    parser.add_argument(
        "--out-dir", type=Path, default=HERE, help="where to write the .otf files (default: here)"
    )
    parser.add_argument(
        "--repo-root",
        type=Path,
        default=REPO_ROOT,
        help="checkout whose data/ and src/briefing/ are scanned (default: this one)",
    )
    parser.add_argument(
        "--allow-missing",
        action="store_true",
        help="write the fonts even if a dataset or UI character is not in the source font",
    )
    args = parser.parse_args(argv)
    if bool(args.sources) == args.download:
        parser.error("give either SOURCES or --download")
    return args


def build_all(
    sources: Sources, requested: set[str], content_chars: set[str], out_dir: Path, *, strict: bool
) -> int:
    """Check coverage and build each weight; return 1 if a dataset/UI character is missing."""
    status = 0
    for weight, _, filename in WEIGHTS:
        collection = sources.for_weight(weight)
        cmap = open_sc_face(collection).getBestCmap()
        available = {c for c in requested if ord(c) in cmap}
        print(f"{weight}: {collection}")
        print(f"  font has glyphs for {len(available)} of {len(requested)} requested characters")
        if absent := requested - available:
            print(f"  not in the font: {describe(absent)}")
        if absent_content := content_chars - available:
            level = "ERROR" if strict else "warning"
            print(f"  {level}: dataset/UI characters not in the font: {describe(absent_content)}")
            if strict:
                status = 1
                continue
        output = out_dir / filename
        build_weight(collection, output, available)
        print(f"  wrote {output} ({output.stat().st_size:,} bytes)")
    return status


def main(argv: Sequence[str] | None = None) -> int:
    """Build both subsets; return the process exit status."""
    args = parse_args(argv)
    repo_root: Path = args.repo_root.resolve()
    scanned = [*dataset_files(repo_root), *source_files(repo_root)]
    if not scanned:
        raise SystemExit(f"no dataset or source files under {repo_root}")
    content_chars = drawable(c for path in scanned for c in file_characters(path))
    requested = drawable(gb2312_characters() | base_characters()) | content_chars
    print(f"Scanned {len(scanned)} files under {repo_root}: {len(content_chars)} characters")
    print(f"Requested: {len(requested)} characters (GB2312, ASCII, UI symbols, datasets, UI)")

    with tempfile.TemporaryDirectory(prefix="build-fonts-") as tmp:
        workdir = Path(tmp)
        paths = [download_package(workdir)] if args.download else list(args.sources)
        sources = find_collections(paths, workdir)
        if sources.package_version:
            print(f"Source: {DEBIAN_PACKAGE} {sources.package_version}")
        version = open_sc_face(sources.regular)["name"].getDebugName(5)
        print(f"Source font: {SC_FAMILY}, {version}")
        return build_all(
            sources, requested, content_chars, args.out_dir, strict=not args.allow_missing
        )


if __name__ == "__main__":
    sys.exit(main())
