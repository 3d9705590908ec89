"""The frozen app, as `make dist` builds it and an official runs it: the PyInstaller bundle, its
.tar.gz, and the .deb unpacked, each run with nothing of this checkout or its venv around
(`env -i PATH=/usr/bin:/bin HOME=<tmp>`, from a temporary folder).

Slow: the module builds once (resources/packaging/build_dist.py --fast into a temporary folder,
40-60 s: PyInstaller about 30 s, the .tar.gz and the .deb with light compression the rest), then
runs the frozen program eight times; 65-90 s in all on this project's 2-core machine.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import struct
import subprocess
import sys
import tarfile
import time
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

# The first test builds the bundle (3-4 minutes on 2 cores) in its module fixture.
pytestmark = [pytest.mark.slow, pytest.mark.timeout(1500)]

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "resources" / "packaging" / "build_dist.py"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
CHARTS = 11  # the bundled dataset's charts: `briefing validate` says so too
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Built:
    bundle: Path  # briefing-<version>/, as PyInstaller wrote it
    tarball: Path
    deb: Path | None  # None where dpkg-deb is missing
    scratch: Path


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Built]:
    if importlib.util.find_spec("PyInstaller") is None:
        pytest.fail("PyInstaller is missing: pip install -e '.[dist]' (make test installs it)")
    scratch = tmp_path_factory.mktemp("dist")
    command = [sys.executable, str(BUILD), "--fast",
               "--work", str(scratch / "work"), "--out", str(scratch / "out")]  # fmt: skip
    if shutil.which("dpkg-deb") is None:
        command.append("--no-deb")
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
    deb = scratch / "out" / f"briefing_{VERSION}_amd64.deb"
    yield Built(
        bundle=scratch / "work" / "bundle" / f"briefing-{VERSION}",
        tarball=scratch / "out" / f"briefing-{VERSION}-linux-x86_64.tar.gz",
        deb=deb if deb.exists() else None,
        scratch=scratch,
    )
    shutil.rmtree(scratch, ignore_errors=True)  # about 700 MB: not kept for pytest's last runs


def run(
    program: Path, *args: str, home: Path, timeout: float = 120, env: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """PROGRAM ARGS with an emptied environment (but ``env``, NAME=VALUE each), from HOME (not
    from the checkout)."""
    home.mkdir(parents=True, exist_ok=True)
    return subprocess.run(
        ["env", "-i", "PATH=/usr/bin:/bin", f"HOME={home}", *env, str(program), *args],
        cwd=home, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", data[16:24])
    return width, height


def embedded_fonts(pdf: Path) -> dict[str, bool]:
    """Every font of every page: its name, and whether its program is in the file."""
    fonts: dict[str, bool] = {}
    for page in PdfReader(pdf).pages:
        for reference in (page["/Resources"].get("/Font") or {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            if descriptor is None and "/DescendantFonts" in font:
                descriptor = font["/DescendantFonts"][0].get_object().get("/FontDescriptor")
            keys = descriptor.get_object().keys() if descriptor is not None else ()
            fonts[str(font["/BaseFont"])] = any(key.startswith("/FontFile") for key in keys)
    return fonts


def check_export(program: Path, home: Path) -> None:
    out = home / "export"
    result = run(program, "export", "--out", str(out), "--format", "png,pdf,csv,xlsx", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""  # no Qt warning reaches an official's terminal (locale included)
    written = sorted(p for p in out.rglob("*") if p.is_file())
    assert all(str(path) in result.stdout for path in written), result.stdout  # each one named
    pngs = [p for p in written if p.suffix == ".png"]
    pdfs = [p for p in written if p.suffix == ".pdf"]
    csvs = [p for p in written if p.suffix == ".csv"]
    workbooks = [p for p in written if p.suffix == ".xlsx"]
    assert (len(pngs), len(pdfs), len(csvs), len(workbooks), len(written)) == (
        CHARTS, 1, 1, 1, CHARTS + 3,
    )  # fmt: skip
    from openpyxl import load_workbook  # the bundle carries openpyxl: the workbook opens

    assert len(load_workbook(workbooks[0]).sheetnames) == 1 + CHARTS
    assert {png_size(p) for p in pngs} == {(1920, 1080)}
    assert csvs[0].read_bytes().startswith(b"\xef\xbb\xbf")  # the BOM Excel needs
    fonts = embedded_fonts(pdfs[0])
    assert fonts
    assert all(fonts.values()), fonts
    assert any("NotoSansCJK" in name for name in fonts), fonts


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


# --- the bundle --------------------------------------------------------------------------------


def test_bundle_version_validate_and_export(built: Built) -> None:
    program = built.bundle / "briefing"
    home = built.scratch / "home-bundle"
    result = run(program, "--version", home=home)
    assert (result.returncode, result.stdout.strip()) == (0, f"briefing {VERSION}"), result.stderr

    result = run(program, "validate", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    # The bundled dataset, read from the bundle (the line is in the UI language: not matched).
    dataset = built.bundle / "_internal" / "briefing" / "data" / "ordos-talent-2024"
    assert str(dataset / "briefing.json") in result.stdout, result.stdout

    check_export(program, home)


def test_bundle_exports_with_worker_processes(built: Built) -> None:
    """A large export draws in worker processes: the frozen program started again by
    multiprocessing (spawn) must be a worker, not a second ``briefing export``. Forced here
    for the bundled briefing, which is too small to start one by itself."""
    home = built.scratch / "home-workers"
    out = home / "export"
    result = run(built.bundle / "briefing", "export", "--out", str(out), "--format", "png,pdf",
                 home=home, env=("BRIEFING_EXPORT_WORKERS=1",))  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stderr == ""
    pngs = sorted(out.glob("charts/*.png"))
    assert len(pngs) == CHARTS
    assert {png_size(p) for p in pngs} == {(1920, 1080)}
    assert [line for line in result.stdout.splitlines() if line.endswith(".png")] == [
        str(p) for p in pngs
    ]  # each named once, in order: no second command ran in a worker
    (pdf,) = out.glob("*.pdf")
    assert len(PdfReader(pdf).pages) > 20
    assert all(embedded_fonts(pdf).values())


def test_bundle_writes_the_deck_and_the_handout(built: Built) -> None:
    """python-pptx reads its template files from beside its modules: the bundle carries both.
    The A4 handout draws charts and pictures onto A4 pages with the bundled font embedded."""
    home = built.scratch / "home-deck"
    out = home / "export"
    result = run(built.bundle / "briefing", "export", "--out", str(out), "--format",
                 "pptx,handout", home=home)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    (deck,) = out.glob("*.pptx")
    (handout,) = out.glob("*.pdf")
    assert result.stdout.split() == [str(handout), str(deck)]
    assert deck.read_bytes().startswith(b"PK")
    fonts = embedded_fonts(handout)
    assert fonts
    assert all(fonts.values()), fonts
    assert any("NotoSansCJK" in name for name in fonts), fonts


def watch_viewer(program: Path, home: Path, *environment: str) -> str:
    """Start the viewer, check it is still running after 5 s, stop it; what it said on stderr."""
    home.mkdir(parents=True, exist_ok=True)
    with subprocess.Popen(
        ["env", "-i", "PATH=/usr/bin:/bin", f"HOME={home}", *environment, str(program)],
        cwd=home, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as viewer:  # fmt: skip
        try:
            time.sleep(5)
            assert viewer.poll() is None, viewer.communicate()
        finally:
            viewer.terminate()
            _, errors = viewer.communicate(timeout=30)
    return errors


def test_viewer_opens_offscreen(built: Built) -> None:
    # The whole viewer (every tab and chart) is built in the frozen app; it keeps running.
    errors = watch_viewer(built.bundle / "briefing", built.scratch / "home-viewer",
                          "QT_QPA_PLATFORM=offscreen")  # fmt: skip
    assert "Error" not in errors, errors
    assert "Traceback" not in errors, errors


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="Xvfb is not installed")
def test_viewer_opens_on_x11(built: Built, tmp_path: Path) -> None:
    # The xcb platform plugin loads against the system's libraries: the .deb's Depends.
    from briefing.app import missing_xcb_libraries

    missing = missing_xcb_libraries()
    if missing:  # the viewer itself says so and exits 2: tested in tests/test_desktop.py
        pytest.skip(
            f"this machine lacks the xcb libraries the .deb depends on: {' '.join(missing)}"
        )
    with subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
    ) as server:  # fmt: skip
        try:
            assert server.stdout is not None
            display = f":{server.stdout.readline().strip()}"  # a free display, chosen by Xvfb
            errors = watch_viewer(built.bundle / "briefing", tmp_path, f"DISPLAY={display}")
        finally:
            server.terminate()
    assert "xcb" not in errors, errors  # "could not load the Qt platform plugin xcb"


def test_bundle_is_trimmed(built: Built) -> None:
    internal = built.bundle / "_internal"
    qt = internal / "PySide6" / "Qt"
    names = {p.name for p in internal.rglob("*")}
    for unused in ("libQt6Network.so.6", "libQt6Qml.so.6", "libQt6Quick.so.6", "libQt6Pdf.so.6",
                   "QtNetwork.abi3.so", "QtTest.abi3.so", "tls", "networkinformation",
                   "qmltooling", "sqldrivers", "egldeviceintegrations"):  # fmt: skip
        assert unused not in names
    assert {p.name for p in (qt / "plugins" / "platforms").iterdir()} == {
        "libqxcb.so", "libqwayland.so", "libqoffscreen.so", "libqminimal.so"
    }  # fmt: skip
    assert {p.name for p in (qt / "plugins" / "imageformats").iterdir()} == {
        "libqjpeg.so", "libqsvg.so", "libqico.so", "libqwebp.so", "libqgif.so"
    }  # fmt: skip
    assert (qt / "plugins" / "printsupport" / "libcupsprintersupport.so").is_file()
    translations = {p.name for p in (qt / "translations").iterdir()}
    assert "qtbase_zh_CN.qm" in translations
    assert all(re.fullmatch(r"\w+_(zh_CN|en)\.qm", name) for name in translations), translations
    # The build machine's system libraries stay out (the .deb depends on them instead).
    for system in ("libstdc++.so.6", "libX11.so.6", "libxcb.so.1", "libfontconfig.so.1",
                   "libglib-2.0.so.0", "libdbus-1.so.3", "libcups.so.2",
                   "libssl.so.3"):  # fmt: skip
        assert system not in names
    # The app's packaged files, as real files, and nothing of the build machine's paths.
    assets = internal / "briefing" / "assets"
    for size in ICON_SIZES:
        assert (assets / "icons" / f"briefing-{size}.png").is_file()
    for catalogue in (ROOT / "resources" / "i18n").glob("*.qm"):
        assert (assets / "i18n" / catalogue.name).is_file()
    assert sorted((assets / "fonts").glob("*.otf"))
    (metadata,) = internal.glob("briefing-*.dist-info")
    assert not (metadata / "direct_url.json").exists()


def test_tarball_holds_the_bundle(built: Built) -> None:
    top = f"briefing-{VERSION}"
    with tarfile.open(built.tarball) as archive:
        members = archive.getmembers()
    assert {m.name.split("/")[0] for m in members} == {top}
    by_name = {m.name: m for m in members}
    program = by_name[f"{top}/briefing"]
    assert program.isfile()
    assert program.mode & 0o111
    assert {(m.uid, m.gid) for m in members} == {(0, 0)}
    on_disk = {f"{top}/{p.relative_to(built.bundle).as_posix()}" for p in built.bundle.rglob("*")}
    assert set(by_name) == on_disk | {top}


# --- the .deb --------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def unpacked(built: Built) -> Path:
    if built.deb is None:
        pytest.skip("dpkg-deb is not installed")
    target = built.scratch / "unpacked"
    subprocess.run(["dpkg-deb", "-x", str(built.deb), str(target)], check=True)
    return target


def control(deb: Path) -> dict[str, str]:
    text = subprocess.run(
        ["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if line[:1] not in " \t":
            key, _, value = line.partition(":")
            fields[key] = value.strip()
    return fields


def test_deb_runs_from_opt(built: Built, unpacked: Path) -> None:
    home = built.scratch / "home-deb"
    program = unpacked / "opt" / "briefing" / "briefing"
    result = run(program, "validate", home=home)
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(unpacked / "opt" / "briefing" / "_internal" / "briefing" / "data") in result.stdout
    # /usr/bin/briefing is an absolute link; a link to the unpacked program stands in for it.
    assert (unpacked / "usr" / "bin" / "briefing").readlink() == Path("/opt/briefing/briefing")
    link = built.scratch / "bin" / "briefing"
    link.parent.mkdir()
    link.symlink_to(program)
    result = run(link, "--version", home=home)
    assert result.stdout.strip() == f"briefing {VERSION}", result.stderr
    check_export(link, home)


def test_deb_menu_entry_and_icons(unpacked: Path) -> None:
    entry = (unpacked / "usr" / "share" / "applications" / "briefing.desktop").read_text("utf-8")
    lines = set(entry.splitlines())
    for line in ("[Desktop Entry]", "Type=Application", "Name=数据简报", "Name[en]=Briefing",
                 "Exec=briefing %f", "Icon=briefing", "Categories=Office;Viewer;"):  # fmt: skip
        assert line in lines, line
    assert any(line.startswith("Comment=") for line in lines)
    assert any(line.startswith("Comment[en]=") for line in lines)
    hicolor = unpacked / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        assert png_size(hicolor / f"{size}x{size}" / "apps" / "briefing.png") == (size, size)
    svg = (hicolor / "scalable" / "apps" / "briefing.svg").read_text("utf-8")
    assert "<svg" in svg
    assert "href" not in svg
    assert "<text" not in svg


def test_deb_control_depends_on_what_the_bundle_links(built: Built, unpacked: Path) -> None:
    assert built.deb is not None
    fields = control(built.deb)
    assert (fields["Package"], fields["Version"], fields["Architecture"]) == (
        "briefing", VERSION, "amd64"
    )  # fmt: skip
    for key in ("Maintainer", "Section", "Priority", "Description"):
        assert fields[key]
    depends = {re.sub(r"\s*\(.*\)", "", d.strip()) for d in fields["Depends"].split(",")}
    recommends = {r.strip() for r in fields.get("Recommends", "").split(",") if r.strip()}
    for package in ("libxcb-cursor0", "libxkbcommon-x11-0", "libegl1", "libgl1", "libxcb1",
                    "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0",
                    "libxcb-shape0", "libxcb-randr0", "libxcb-xkb1", "libfontconfig1",
                    "libfreetype6", "libdbus-1-3", "libglib2.0-0", "libstdc++6"):  # fmt: skip
        assert package in depends, package

    opt = unpacked / "opt" / "briefing"
    # The glibc floor, measured here another way: the newest GLIBC_ of any dynamic symbol.
    versions = set()
    for path in elf_files(opt):
        symbols = subprocess.run(
            ["objdump", "-T", str(path)], capture_output=True, text=True, check=True
        ).stdout
        versions.update(re.findall(r"\(GLIBC_(\d+\.\d+(?:\.\d+)?)\)", symbols))
    floor = max(versions, key=lambda v: tuple(int(n) for n in v.split(".")))
    assert f"libc6 (>= {floor})" in fields["Depends"]

    # Installed-Size: the unpacked files in KiB (each rounded up), within a few hundred KiB.
    files = [p for p in unpacked.rglob("*") if p.is_file() and not p.is_symlink()]
    total = sum(-(-p.stat().st_size // 1024) for p in files)
    assert abs(int(fields["Installed-Size"]) - total) < 1024

    # Every library the bundle links and does not carry, where this machine has it, comes from
    # a package the control file names: Depends for what every start loads, Depends or
    # Recommends for a plugin's (GTK's own libraries come with libgtk-3-0).
    carried = {p.name for p in opt.rglob("*")}
    libraries = dict(
        re.findall(r"^\s*(\S+) \(libc6,x86-64[^)]*\) => (\S+)$",
                   subprocess.run(["/sbin/ldconfig", "-p"], capture_output=True, text=True,
                                  check=True).stdout, re.MULTILINE)
    )  # fmt: skip
    owners: dict[str, str] = {}

    def owner(soname: str) -> str:
        if soname not in owners:
            for name in (str(Path(libraries[soname]).resolve()), libraries[soname]):
                found = subprocess.run(["dpkg", "-S", name], capture_output=True, text=True,
                                       check=False)  # fmt: skip
                if found.returncode == 0:
                    break
            # Debian 13 and Ubuntu 24.04 renamed libraries for 64-bit time (libglib2.0-0t64):
            # the control file names them as Debian 12 does.
            owners[soname] = found.stdout.split(":")[0].removesuffix("t64")
        return owners[soname]

    for path in elf_files(opt):
        dump = subprocess.run(["objdump", "-p", str(path)], capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
        optional = "/plugins/" in path.as_posix() or re.match(r"libQt6(Wayland|Wl)", path.name)
        for soname in set(re.findall(r"^\s*NEEDED\s+(\S+)$", dump, re.MULTILINE)) - carried:
            if soname not in libraries:
                continue  # not on this machine (libgtk-3 for the GTK theme plugin, say)
            if not optional:
                assert owner(soname) in depends, (path.name, soname, owner(soname))
            elif path.name != "libqgtk3.so":
                assert owner(soname) in depends | recommends, (path.name, soname, owner(soname))
