"""Build briefing's offline packages for Linux: a .tar.gz of the one-folder bundle, and a .deb.

    python resources/packaging/build_dist.py            # what `make dist` runs
    python resources/packaging/build_dist.py --out DIR --work DIR [--no-tarball] [--no-deb]

Writes OUT/briefing-<version>-linux-x86_64.tar.gz (the folder briefing-<version>/, started by
its executable `briefing`) and OUT/briefing_<version>_amd64.deb (the bundle in /opt/briefing,
/usr/bin/briefing, the menu entry and the icons). The bundle itself is built by PyInstaller from
briefing.spec beside this file, into WORK/bundle/briefing-<version>/. The version is the one in
pyproject.toml. Needs PyInstaller (the project's `dist` extra) and, for the .deb, dpkg-deb.
"""

from __future__ import annotations

import argparse
import math
import os
import re
import shutil
import stat
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
ICONS = ROOT / "resources" / "icons"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)

# The system libraries the bundle links to and does not carry (briefing.spec leaves every
# library of the build machine's own system out, so the target's own versions are used), by
# the Debian package that ships each, found by `objdump -p` (NEEDED) on every ELF file of the
# bundle and `dpkg -S` of each library. "Depends": needed to start, to export, or for the
# window on X11. "Recommends": needed only by a Qt plugin that Qt skips when its libraries are
# missing. None: comes with a package listed above it. A library the bundle needs and this table
# does not name stops the build (see check_system_libraries).
SYSTEM_LIBRARIES: list[tuple[str, str | None, tuple[str, ...], str]] = [
    ("libc6", "Depends",
     ("libc.so.6", "libm.so.6", "libdl.so.2", "libpthread.so.0", "librt.so.1",
      "ld-linux-x86-64.so.2"), "everything; the version is the bundle's glibc floor"),
    ("libstdc++6", "Depends", ("libstdc++.so.6",), "Qt, PySide6 (never bundled: see the spec)"),
    ("libgcc-s1", "Depends", ("libgcc_s.so.1",), "Qt, PySide6, numpy"),
    ("zlib1g", "Depends", ("libz.so.1",), "QtCore, QtGui, QtSvg"),
    ("libzstd1", "Depends", ("libzstd.so.1",), "QtCore"),
    ("libglib2.0-0", "Depends",
     ("libglib-2.0.so.0", "libgthread-2.0.so.0", "libgio-2.0.so.0", "libgobject-2.0.so.0"),
     "QtCore's event loop (GLib), the GTK theme"),
    ("libdbus-1-3", "Depends", ("libdbus-1.so.3",), "QtDBus, which QtGui links"),
    ("libfontconfig1", "Depends", ("libfontconfig.so.1",), "QtGui: the system's fonts"),
    ("libfreetype6", "Depends", ("libfreetype.so.6",), "QtGui: font rendering"),
    ("libx11-6", "Depends", ("libX11.so.6",), "QtGui links it, offscreen too"),
    ("libxkbcommon0", "Depends", ("libxkbcommon.so.0",), "QtGui: keyboard layouts"),
    # The GL stack is never bundled (PyInstaller leaves it out): it comes with the driver.
    ("libegl1", "Depends", ("libEGL.so.1",), "QtGui links it"),
    ("libgl1", "Depends", ("libGL.so.1",), "QtGui links it"),
    # Qt's xcb platform plugin (the window on X11; libQt6XcbQpa and libqxcb.so). Qt 6.11 links
    # no xinerama or xinput library (it carries its own XInput code).
    ("libx11-xcb1", "Depends", ("libX11-xcb.so.1",), "xcb platform"),
    ("libxcb1", "Depends", ("libxcb.so.1",), "xcb platform"),
    ("libxcb-cursor0", "Depends", ("libxcb-cursor.so.0",), "xcb platform, since Qt 6.5"),
    ("libxcb-icccm4", "Depends", ("libxcb-icccm.so.4",), "xcb platform"),
    ("libxcb-image0", "Depends", ("libxcb-image.so.0",), "xcb platform"),
    ("libxcb-keysyms1", "Depends", ("libxcb-keysyms.so.1",), "xcb platform"),
    ("libxcb-randr0", "Depends", ("libxcb-randr.so.0",), "xcb platform: screens"),
    ("libxcb-render0", "Depends", ("libxcb-render.so.0",), "xcb platform"),
    ("libxcb-render-util0", "Depends", ("libxcb-render-util.so.0",), "xcb platform"),
    ("libxcb-shape0", "Depends", ("libxcb-shape.so.0",), "xcb platform"),
    ("libxcb-shm0", "Depends", ("libxcb-shm.so.0",), "xcb platform"),
    ("libxcb-sync1", "Depends", ("libxcb-sync.so.1",), "xcb platform"),
    ("libxcb-util1", "Depends", ("libxcb-util.so.1",), "xcb platform"),
    ("libxcb-xfixes0", "Depends", ("libxcb-xfixes.so.0",), "xcb platform"),
    ("libxcb-xkb1", "Depends", ("libxcb-xkb.so.1",), "xcb platform: keyboard"),
    ("libxkbcommon-x11-0", "Depends", ("libxkbcommon-x11.so.0",), "xcb platform: keyboard"),
    # The interpreter's own extension modules (hashlib, ctypes, bz2, lzma, uuid, readline).
    ("libssl3", "Depends", ("libssl.so.3", "libcrypto.so.3"), "Python: hashlib, ssl"),
    ("libffi8", "Depends", ("libffi.so.8",), "Python: ctypes"),
    ("libbz2-1.0", "Depends", ("libbz2.so.1.0",), "Python: bz2"),
    ("liblzma5", "Depends", ("liblzma.so.5",), "Python: lzma"),
    ("libuuid1", "Depends", ("libuuid.so.1",), "Python: uuid"),
    ("libreadline8", "Depends", ("libreadline.so.8",), "Python: readline"),
    # Optional plugins.
    ("libcups2", "Recommends", ("libcups.so.2",), "print-support plugin: the system's printers"),
    ("libxcb-glx0", "Recommends", ("libxcb-glx.so.0",), "xcb GLX integration (OpenGL on X11)"),
    ("libwayland-client0", "Recommends", ("libwayland-client.so.0",),
     "Wayland platform; without it Qt uses X11 (XWayland)"),
    ("libwayland-cursor0", "Recommends", ("libwayland-cursor.so.0",), "Wayland platform"),
    ("libgtk-3-0", "Recommends", ("libgtk-3.so.0", "libgdk-3.so.0"),
     "Qt's GTK theme plugin: the desktop's own file dialogs"),
    ("libpango-1.0-0", None, ("libpango-1.0.so.0",), "with libgtk-3-0"),
    ("libpangocairo-1.0-0", None, ("libpangocairo-1.0.so.0",), "with libgtk-3-0"),
    ("libcairo2", None, ("libcairo.so.2",), "with libgtk-3-0"),
    ("libcairo-gobject2", None, ("libcairo-gobject.so.2",), "with libgtk-3-0"),
    ("libatk1.0-0", None, ("libatk-1.0.so.0",), "with libgtk-3-0"),
    ("libgdk-pixbuf-2.0-0", None, ("libgdk_pixbuf-2.0.so.0",), "with libgtk-3-0"),
    ("libharfbuzz0b", None, ("libharfbuzz.so.0",), "with libgtk-3-0"),
]  # fmt: skip
# Which package holds which versioned symbols: its dpkg symbols file gives the least version
# of the package that has the newest symbol version the bundle uses (GLIBCXX_3.4.29 -> 11).
VERSIONED = {"libstdc++6": "libstdc++.so.6", "libgcc-s1": "libgcc_s.so.1"}

DESCRIPTION = """\
offline viewer for a data briefing (数据简报)
 Shows a results report as a briefing: stat cards, growth charts, pictures
 and the source text, checked against the article; presents it full screen
 with a presenter console, and exports charts (PNG, SVG, PDF), the briefing
 (PDF) and its figures (CSV). Needs no network. Bundles its own Python, Qt
 and Chinese font (Noto Sans CJK SC, SIL OFL 1.1)."""


def project() -> dict[str, object]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return dict(data["project"])


def project_version() -> str:
    return str(project()["version"])


def maintainer() -> str:
    for key in ("maintainers", "authors"):
        for person in project().get(key) or []:  # type: ignore[attr-defined]
            if person.get("name") and person.get("email"):
                return f"{person['name']} <{person['email']}>"
    return "briefing developers <briefing@example.invalid>"


def log(message: str) -> None:
    print(f"build_dist: {message}", flush=True)


# --- the bundle ------------------------------------------------------------------------------


def build_bundle(work: Path) -> Path:
    """Run PyInstaller on briefing.spec; return the bundle folder WORK/bundle/briefing-<v>/."""
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(work / "bundle"), "--workpath", str(work / "pyinstaller"),
         str(HERE / "briefing.spec")],
        check=True,
    )  # fmt: skip
    bundle = work / "bundle" / f"briefing-{project_version()}"
    log(f"bundle built in {time.monotonic() - started:.0f} s: {bundle} ({tree_size(bundle)})")
    return bundle


def clean_env(home: Path) -> dict[str, str]:
    """What a freshly logged-in user has, and nothing of this shell: PATH and HOME."""
    return {"PATH": "/usr/bin:/bin", "HOME": str(home)}


def check_bundle(bundle: Path, home: Path) -> None:
    """The frozen program starts and knows its version."""
    home.mkdir(parents=True, exist_ok=True)
    result = subprocess.run(
        [str(bundle / "briefing"), "--version"],
        env=clean_env(home), capture_output=True, text=True, check=False,
    )  # fmt: skip
    expected = f"briefing {project_version()}"
    if result.returncode or result.stdout.strip() != expected:
        raise SystemExit(
            f"build_dist: the bundle does not start: `briefing --version` exited "
            f"{result.returncode}, printed {result.stdout!r} {result.stderr!r}"
        )


def files_of(folder: Path) -> list[Path]:
    """Everything under FOLDER (not FOLDER itself), in a stable order."""
    return sorted(folder.rglob("*"))


def elf_files(folder: Path) -> list[Path]:
    found = []
    for path in files_of(folder):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def dynamic_section(path: Path) -> tuple[set[str], dict[str, set[str]]]:
    """An ELF file's NEEDED libraries, and the symbol versions it requires from each."""
    out = subprocess.run(
        ["objdump", "-p", str(path)], capture_output=True, text=True, check=True
    ).stdout
    needed: set[str] = set()
    versions: dict[str, set[str]] = {}
    library = None
    for line in out.splitlines():
        words = line.split()
        if words[:1] == ["NEEDED"]:
            needed.add(words[1])
        elif line.strip().startswith("required from "):
            library = line.strip().removeprefix("required from ").rstrip(":")
        elif library and len(words) == 4 and words[0].startswith("0x"):
            versions.setdefault(library, set()).add(words[3])
    return needed, versions


def system_needs(bundle: Path) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Libraries the bundle's files need and the bundle lacks: {soname: files needing it},
    and the symbol versions required from each: {soname: {"GLIBC_2.34", ...}}."""
    carried = {path.name for path in files_of(bundle)}
    needs: dict[str, set[str]] = {}
    versions: dict[str, set[str]] = {}
    for path in elf_files(bundle):
        needed, required = dynamic_section(path)
        for soname in needed - carried:
            needs.setdefault(soname, set()).add(str(path.relative_to(bundle)))
        for soname, nodes in required.items():
            if soname not in carried:
                versions.setdefault(soname, set()).update(nodes)
    return needs, versions


def version_key(node: str) -> tuple[int, ...]:
    return tuple(int(part) for part in re.findall(r"\d+", node))


GLIBC_SONAMES = SYSTEM_LIBRARIES[0][2]


def glibc_floor(versions: dict[str, set[str]]) -> str:
    """The newest GLIBC_x.y any bundled file requires (of libc, libm, ...): the glibc floor."""
    nodes = [
        node
        for soname in GLIBC_SONAMES
        for node in versions.get(soname, ())
        if re.fullmatch(r"GLIBC_\d+(\.\d+)+", node)
    ]
    return max(nodes, key=version_key).removeprefix("GLIBC_")


def symbols_floor(package: str, soname: str, nodes: set[str]) -> str | None:
    """The least version of PACKAGE that has every symbol version in NODES, read from this
    machine's dpkg symbols file of it (None without one, e.g. not a Debian system)."""
    files = sorted(Path("/var/lib/dpkg/info").glob(f"{package}:*.symbols"))
    if not files:
        return None
    floors, section = [], None
    for line in files[0].read_text(encoding="utf-8").splitlines():
        if line and line[0] not in " |*#":  # "libstdc++.so.6 libstdc++6 #MINVER#" opens a section
            section = line.split()[0]
        elif section == soname and line.startswith(" "):
            symbol, _, version = line.strip().partition(" ")  # " GLIBCXX_3.4.29@GLIBCXX_3.4.29 11"
            name, _, node = symbol.partition("@")
            if name == node and node in nodes:
                floors.append(version.split()[0])
    return max(floors, key=version_key) if floors else None


def check_system_libraries(needs: dict[str, set[str]]) -> None:
    known = {soname for _, _, sonames, _ in SYSTEM_LIBRARIES for soname in sonames}
    unknown = {soname: sorted(files)[:3] for soname, files in needs.items() if soname not in known}
    if unknown:
        raise SystemExit(
            "build_dist: the bundle needs system libraries no package of SYSTEM_LIBRARIES names "
            f"(add each, with the package that ships it: dpkg -S): {unknown}"
        )


def relations(bundle: Path) -> dict[str, str]:
    """The control file's Depends and Recommends, from what the bundle needs."""
    needs, versions = system_needs(bundle)
    check_system_libraries(needs)
    fields: dict[str, list[str]] = {"Depends": [], "Recommends": []}
    for package, field, sonames, _why in SYSTEM_LIBRARIES:
        if field is None or not any(soname in needs for soname in sonames):
            continue  # e.g. a plugin trimmed away: its libraries are not needed any more
        entry = package
        if package == "libc6":
            entry = f"libc6 (>= {glibc_floor(versions)})"
        elif package in VERSIONED:
            soname = VERSIONED[package]
            floor = symbols_floor(package, soname, versions.get(soname, set()))
            if floor:
                entry = f"{package} (>= {floor})"
        fields[field].append(entry)
    return {field: ", ".join(entries) for field, entries in fields.items() if entries}


# --- the archives ----------------------------------------------------------------------------


def tree_size(folder: Path) -> str:
    total = sum(p.lstat().st_size for p in files_of(folder) if p.is_file() or p.is_symlink())
    return f"{total / 2**20:.0f} MiB"


def source_date() -> int | None:
    value = os.environ.get("SOURCE_DATE_EPOCH")
    return int(value) if value else None


def build_tarball(bundle: Path, out: Path, level: int = 6) -> Path:
    """OUT/briefing-<v>-linux-x86_64.tar.gz holding the folder briefing-<v>/."""
    target = out / f"{bundle.name}-linux-x86_64.tar.gz"
    partial = target.with_suffix(".partial")
    epoch = source_date()

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if epoch is not None:
            info.mtime = min(info.mtime, epoch)
        return info

    # Level 6: 7 s for 77 MB here; level 9 takes three times as long for 0.4 % less.
    with tarfile.open(partial, "w:gz", compresslevel=level) as archive:
        archive.add(bundle, arcname=bundle.name, recursive=False, filter=normalise)
        for path in files_of(bundle):
            name = f"{bundle.name}/{path.relative_to(bundle).as_posix()}"
            archive.add(path, arcname=name, recursive=False, filter=normalise)
    partial.replace(target)
    return target


def copy_tree(source: Path, target: Path) -> None:
    """Copy a folder, hard-linking files where the file system allows (no 180 MB copy)."""

    def link_or_copy(src: str, dst: str) -> None:
        try:
            os.link(src, dst)
        except OSError:
            shutil.copy2(src, dst)

    shutil.copytree(source, target, symlinks=True, copy_function=link_or_copy)


def installed_size(root: Path) -> int:
    """In KiB, as dpkg-gencontrol counts: each file rounded up to a KiB, 1 for anything else."""
    total = 0
    for path in files_of(root):
        if path.relative_to(root).parts[0] == "DEBIAN":
            continue
        if path.is_file() and not path.is_symlink():
            total += math.ceil(path.stat().st_size / 1024)
        else:
            total += 1
    return total


def control_file(bundle: Path, root: Path) -> str:
    fields = {
        "Package": "briefing",
        "Version": project_version(),
        "Architecture": "amd64",
        "Maintainer": maintainer(),
        "Installed-Size": str(installed_size(root)),
        **relations(bundle),
        "Section": "misc",
        "Priority": "optional",
        "Description": DESCRIPTION,
    }
    return "".join(f"{key}: {value}\n" for key, value in fields.items())


def normalise_modes(root: Path) -> None:
    """0755 for folders and executables, 0644 for the rest, whatever the umask was."""
    for path in [root, *files_of(root)]:
        if path.is_symlink():
            continue
        mode = path.stat().st_mode
        executable = path.is_dir() or mode & stat.S_IXUSR
        path.chmod(0o755 if executable else 0o644)


def dpkg_deb_build(root: Path, target: Path, level: int) -> None:
    # --root-owner-group (dpkg 1.19) needs no fakeroot; fall back to fakeroot without it.
    help_text = subprocess.run(
        ["dpkg-deb", "--help"], capture_output=True, text=True, check=False
    ).stdout
    command = ["dpkg-deb", "-Zxz", f"-z{level}", "--build", str(root), str(target)]
    if "--root-owner-group" in help_text:
        command.insert(1, "--root-owner-group")
    elif shutil.which("fakeroot"):
        command.insert(0, "fakeroot")
    else:
        raise SystemExit("build_dist: dpkg-deb has no --root-owner-group and fakeroot is missing")
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def build_deb(bundle: Path, out: Path, work: Path, level: int = 6) -> Path:
    """OUT/briefing_<v>_amd64.deb: /opt/briefing, /usr/bin/briefing, menu entry, icons."""
    root = work / "deb" / f"briefing_{project_version()}_amd64"
    shutil.rmtree(root, ignore_errors=True)
    (root / "DEBIAN").mkdir(parents=True)
    copy_tree(bundle, root / "opt" / "briefing")
    (root / "usr" / "bin").mkdir(parents=True)
    # An absolute link, between two top-level folders as Debian policy asks; the frozen
    # program finds its _internal/ folder through the link.
    (root / "usr" / "bin" / "briefing").symlink_to("/opt/briefing/briefing")
    applications = root / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copy2(HERE / "briefing.desktop", applications / "briefing.desktop")
    hicolor = root / "usr" / "share" / "icons" / "hicolor"
    for size in ICON_SIZES:
        folder = hicolor / f"{size}x{size}" / "apps"
        folder.mkdir(parents=True)
        shutil.copy2(ICONS / f"briefing-{size}.png", folder / "briefing.png")
    (hicolor / "scalable" / "apps").mkdir(parents=True)
    shutil.copy2(ICONS / "briefing.svg", hicolor / "scalable" / "apps" / "briefing.svg")
    # No maintainer scripts: the icon cache and the menu are refreshed by the dpkg triggers of
    # hicolor-icon-theme and desktop-file-utils.
    normalise_modes(root)
    (root / "DEBIAN" / "control").write_text(control_file(bundle, root), encoding="utf-8")
    (root / "DEBIAN" / "control").chmod(0o644)
    target = out / f"{root.name}.deb"
    # xz (what every dpkg reads; zstd only since dpkg 1.21.18). Level 6: 55 MB in about 100 s
    # here; level 1: 62 MB in a third of the time.
    dpkg_deb_build(root, target, level)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the packages go")
    parser.add_argument("--work", type=Path, default=ROOT / "build" / "dist", help="scratch")
    parser.add_argument("--no-tarball", action="store_true", help="skip the .tar.gz")
    parser.add_argument("--no-deb", action="store_true", help="skip the .deb")
    parser.add_argument(
        "--fast",
        action="store_true",
        help="compress little (gzip -1, xz -1): the same files, for tests",
    )
    args = parser.parse_args(argv)
    out, work = args.out.resolve(), args.work.resolve()
    out.mkdir(parents=True, exist_ok=True)
    work.mkdir(parents=True, exist_ok=True)

    bundle = build_bundle(work)
    check_bundle(bundle, work / "home")
    if not args.no_tarball:
        started = time.monotonic()
        tarball = build_tarball(bundle, out, level=1 if args.fast else 6)
        log(f"{tarball} ({tarball.stat().st_size / 2**20:.0f} MiB, "
            f"{time.monotonic() - started:.0f} s)")  # fmt: skip
    if not args.no_deb:
        started = time.monotonic()
        deb = build_deb(bundle, out, work, level=1 if args.fast else 6)
        log(f"{deb} ({deb.stat().st_size / 2**20:.0f} MiB, {time.monotonic() - started:.0f} s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
