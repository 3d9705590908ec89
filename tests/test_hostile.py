"""Hostile pictures (issue 14): SVGs that would make the renderer read other files or draw for
minutes, and link loops, devices, FIFOs and folders as pictures (file names from titles:
tests/test_hostile_names.py). What the user sees is tested: the message, the files on disk,
the window still answering."""

from __future__ import annotations

import base64
import os
import stat
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from briefing.imaging import ImageLoadError, load_image
from briefing.model import load_dataset
from briefing.render.everything import export_all
from briefing.render.files import ImageOptions

fifo_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")

EXTERNAL = "SVG 引用了外部文件或网址，为安全起见不予显示"
ENTITIES = "SVG 声明了外部或嵌套的实体，为安全起见不予显示"


def svg(body: str, head: str = "") -> str:
    return (
        f'{head}<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"'
        f' width="40" height="40">{body}<rect width="10" height="10" fill="teal"/></svg>'
    )


def image(href: str) -> str:
    return f'<image width="40" height="40" xlink:href="{href}"/>'


def b64(text: str | bytes) -> str:
    return base64.b64encode(text.encode() if isinstance(text, str) else text).decode()


def png_bytes() -> bytes:
    picture = QImage(8, 8, QImage.Format.Format_RGB32)
    picture.fill(QColor("teal"))
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(array.data())


def hostile_svgs(outside: Path) -> dict[str, tuple[bytes, str]]:
    """Each way an SVG could make Qt open ``outside``: the SVG's bytes and the reason shown."""
    inner = svg(image(str(outside)))

    def nested(levels: int) -> str:
        text = inner
        for _ in range(levels):
            text = svg(image("data:image/svg+xml;base64," + b64(text)))
        return text

    cases = {
        "image href": svg(image(outside.as_uri())),
        "data: base64 svg": nested(1),
        "data: svg as image/png": svg(image("data:image/png;base64," + b64(inner))),
        "data: nested three levels": nested(3),
        "data: percent-encoded": svg(image("data:image/svg+xml," + quote(inner))),
        "data: in a css url()": svg(
            f'<rect width="5" height="5" style="fill:url(data:image/svg+xml;base64,{b64(inner)})"/>'
        ),
        "data: not a picture": svg(image("data:text/plain;base64," + b64("nothing"))),
        "character references": svg(image("".join(f"&#{ord(c)};" for c in str(outside)))),
        "entity holding the path": svg(
            image("&p;"), f'<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY p "{outside}">]>'
        ),
        "use": svg(f'<use xlink:href="{outside}#a"/>'),
        "feImage": svg(f'<filter id="f"><feImage href="{outside}"/></filter>'),
        "style @import": svg(f'<style>@import url("{outside}");</style>'),
        "css url() to a file": svg(f'<rect width="5" height="5" fill="url({outside}#g)"/>'),
        "xml-stylesheet": svg("", f'<?xml-stylesheet type="text/css" href="{outside}"?>'),
        "XInclude": svg(
            f'<xi:include xmlns:xi="http://www.w3.org/2001/XInclude" href="{outside}"/>'
        ),
        "image href a fragment": svg(image("#x")),
        "DATA: in capitals": svg(image("DATA:image/png;base64," + b64(png_bytes()))),
        "data: xml that is no picture": svg(image("data:text/xml;base64," + b64("<a/>"))),
    }
    found = {name: (text.encode(), EXTERNAL) for name, text in cases.items()}
    found["utf-16"] = (svg(image(str(outside))).encode("utf-16"), EXTERNAL)
    entity_cases = {
        "external entity": f'<!DOCTYPE svg [<!ENTITY x SYSTEM "{outside.as_uri()}">]>',
        "billion laughs": '<!DOCTYPE svg [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>',
        "parameter entity": f'<!DOCTYPE svg [<!ENTITY % x SYSTEM "{outside.as_uri()}"> %x;]>',
        "entity holding markup": "<!DOCTYPE svg [<!ENTITY x \"&#60;image href='/x'/&#62;\">]>",
    }
    for name, head in entity_cases.items():
        found[name] = (svg("<text>&b;</text>" if "laughs" in name else "", head).encode(), ENTITIES)
    return found


CASE_NAMES = list(hostile_svgs(Path("/outside.png")))


@pytest.mark.parametrize("case", CASE_NAMES)
def test_an_svg_that_would_open_another_file_is_refused_with_the_reason(
    qapp: object, tmp_path: Path, case: str
) -> None:
    outside = tmp_path / "outside.png"
    outside.write_bytes(png_bytes())
    content, reason = hostile_svgs(outside)[case]
    picture = tmp_path / "dataset" / "picture.svg"
    picture.parent.mkdir()
    picture.write_bytes(content)
    with pytest.raises(ImageLoadError) as raised:
        load_image(picture, QSize(100, 100))
    assert raised.value.reason == reason


@pytest.mark.parametrize("suffix", [".png", ".jpg", ".pdf", ".tiff", ".webp", ""])
def test_an_svg_named_as_another_format_is_checked_all_the_same(
    qapp: object, tmp_path: Path, suffix: str
) -> None:
    """With a format named, Qt falls back to the SVG decoder and said the named format: an SVG
    named .pdf was drawn unchecked."""
    outside = tmp_path / "outside.png"
    outside.write_bytes(png_bytes())
    picture = tmp_path / f"picture{suffix}"
    picture.write_bytes(hostile_svgs(outside)["image href"][0])
    with pytest.raises(ImageLoadError, match=EXTERNAL):
        load_image(picture, QSize(100, 100))


@fifo_only
def test_no_hostile_svg_opens_the_file_outside(tmp_path: Path) -> None:
    """The file outside is a FIFO: opening it would wait for a writer, so a renderer that
    opens it hangs the child process (Qt holds the interpreter while it waits)."""
    outside = tmp_path / "outside.png"
    os.mkfifo(outside)
    folder = tmp_path / "dataset"
    folder.mkdir()
    for i, (content, _reason) in enumerate(hostile_svgs(outside).values()):
        (folder / f"{i}.svg").write_bytes(content)
    script = textwrap.dedent(
        """
        import sys
        from pathlib import Path
        from PySide6.QtCore import QSize
        from PySide6.QtGui import QGuiApplication
        from briefing.imaging import ImageLoadError, load_image
        app = QGuiApplication([])
        for path in sorted(Path(sys.argv[1]).glob("*.svg")):
            try:
                load_image(path, QSize(50, 50))
                print(path.name, "shown")
            except ImageLoadError as error:
                print(path.name, error.reason)
        """
    )
    try:
        result = subprocess.run(
            [sys.executable, "-c", script, str(folder)],
            capture_output=True,
            text=True,
            timeout=120,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            check=False,
        )
    except subprocess.TimeoutExpired:
        os.close(os.open(outside, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("a picture made the renderer open the file outside the dataset")
    lines = result.stdout.splitlines()
    assert len(lines) == len(CASE_NAMES), result.stderr
    assert not [line for line in lines if line.endswith("shown")]


@pytest.mark.parametrize(
    "body",
    [
        image("data:image/png;base64," + b64(png_bytes())),
        image("data:image/svg+xml;base64," + b64(svg(""))),
        image("data:image/svg+xml," + quote(svg(""))),
        image(
            "data:image/svg+xml;base64,"
            + b64(svg(image("data:image/png;base64," + b64(png_bytes()))))
        ),
        '<defs><linearGradient id="g"><stop offset="0" stop-color="red"/></linearGradient></defs>'
        '<rect width="9" height="9" fill=" url( \'#g\' )"/>',
        '<a href="#top"><text>&ns_svg;</text></a>',
    ],
    ids=[
        "png",
        "svg",
        "percent-encoded svg",
        "svg holding a png",
        "gradient",
        "illustrator entities",
    ],
)
def test_a_self_contained_svg_with_embedded_pictures_still_shows(
    qapp: object, tmp_path: Path, body: str
) -> None:
    # As Illustrator writes it: an external DTD (never fetched) and namespaces as entities.
    head = (
        '<?xml version="1.0"?><!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"'
        ' "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd"'
        ' [<!ENTITY ns_svg "http://www.w3.org/2000/svg">]>'
    )
    picture = tmp_path / "ok.svg"
    picture.write_text(svg(body, head), encoding="utf-8")
    assert not load_image(picture, QSize(100, 100)).isNull()


def test_an_svg_nested_too_deeply_is_refused(qapp: object, tmp_path: Path) -> None:
    text = svg("")
    for _ in range(5):
        text = svg(image("data:image/svg+xml;base64," + b64(text)))
    picture = tmp_path / "deep.svg"
    picture.write_text(text, encoding="utf-8")
    with pytest.raises(ImageLoadError, match="SVG 内嵌的图片层数过多"):
        load_image(picture, QSize(100, 100))


# --- pictures that are link loops, devices, FIFOs or folders (cases 3, 7 and 10) --------------

LEAD = "images/lead-1-lab-teaching.svg"
EVERY_FORMAT = ["pdf", "handout", "png", "jpg", "svg", "csv", "xlsx", "pptx"]


def make_special(path: Path, kind: str) -> None:
    """Put a file of ``kind`` at ``path``: a link loop, a device, a FIFO, a folder."""
    path.unlink(missing_ok=True)
    if kind == "link loop":
        path.symlink_to(path.with_name("loop"))
        path.with_name("loop").symlink_to(path.name)
    elif kind == "device":  # /dev/zero's own numbers: reading it would never end
        try:
            os.mknod(path, 0o644 | stat.S_IFCHR, os.makedev(1, 5))
        except (PermissionError, AttributeError):
            pytest.skip("no permission to make a device here")
    elif kind == "fifo":
        if not hasattr(os, "mkfifo"):
            pytest.skip("no FIFOs on this platform")
        os.mkfifo(path)
    else:
        path.mkdir()


SPECIAL = ["link loop", "device", "fifo", "folder"]


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_picture_that_is_no_regular_file_is_a_placeholder_in_every_export(
    qapp: object, dataset_dir: Path, tmp_path: Path, kind: str
) -> None:
    make_special(dataset_dir / LEAD, kind)
    dataset = load_dataset(dataset_dir)
    [warning] = dataset.warnings
    assert warning.path == "$.lead.images[0].file"
    path, _kind = dataset.image_file(dataset.briefing.lead.images[0])
    with pytest.raises(ImageLoadError):
        load_image(path, QSize(100, 100))  # refused at once, never read
    out = tmp_path / "out"
    # Every format once; the pictured ones (slides, handout, slide deck) for each kind.
    formats = EVERY_FORMAT if kind == "link loop" else ["pdf", "handout", "pptx"]
    written = export_all(dataset, out, formats, ImageOptions(320, 180))
    assert sorted(p for p in out.rglob("*") if p.is_file()) == sorted(written)
    assert {p.suffix.lstrip(".") for p in written} == {
        {"handout": "pdf", "jpg": "jpg"}.get(f, f) for f in formats
    }


@pytest.mark.parametrize("kind", SPECIAL)
def test_a_broken_photograph_beside_an_illustration_leaves_the_illustration(
    qapp: object, dataset_dir: Path, tmp_path: Path, kind: str
) -> None:
    make_special(dataset_dir / LEAD.replace(".svg", ".jpg"), kind)
    dataset = load_dataset(dataset_dir)
    assert dataset.warnings == ()
    path, shown_as = dataset.image_file(dataset.briefing.lead.images[0])
    assert (path.name, shown_as) == ("lead-1-lab-teaching.svg", "illustration")
    written = export_all(dataset, tmp_path / "out", ["handout", "pptx"], ImageOptions(320, 180))
    assert len(written) == 2


def test_pictures_as_links_to_devices_outside_are_refused(
    dataset_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from briefing.cli import main

    for name in ("/dev/zero", "/dev/random"):
        if not Path(name).exists():
            pytest.skip(f"no {name} here")
    picture = dataset_dir / LEAD
    picture.unlink()
    picture.symlink_to("/dev/zero")
    (dataset_dir / "briefing.json").rename(dataset_dir / "real.json")
    (dataset_dir / "briefing.json").symlink_to("/dev/random")
    assert main(["validate", "--lang", "en", str(dataset_dir)]) == 1
    [line, *_] = capsys.readouterr().out.splitlines()
    assert "'briefing.json' is not a regular file" in line
    (dataset_dir / "briefing.json").unlink()
    (dataset_dir / "real.json").rename(dataset_dir / "briefing.json")
    assert main(["validate", "--lang", "en", str(dataset_dir)]) == 1
    [line, *_] = capsys.readouterr().out.splitlines()
    assert "$.lead.images[0].file: 'images/lead-1-lab-teaching.svg' leads outside" in line


HOSTILE_PICTURES = [*SPECIAL, "svg opening a file outside"]


@pytest.mark.parametrize("kind", HOSTILE_PICTURES)
def test_the_viewer_lists_a_hostile_picture_and_stays_usable(
    qtbot: Any, theme: Any, settings: Any, dataset_dir: Path, tmp_path: Path, kind: str
) -> None:
    from PySide6.QtWidgets import QLabel

    from briefing.viewer.main_window import MainWindow
    from briefing.views.image_panel import ImagePanel

    picture = dataset_dir / LEAD
    if kind in SPECIAL:
        make_special(picture, kind)
    else:
        outside = tmp_path / "outside.png"
        outside.write_bytes(png_bytes())
        picture.write_bytes(hostile_svgs(outside)["data: nested three levels"][0])
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.open_initial(dataset_dir)  # as the app opens the dataset it was started with
    qtbot.waitUntil(lambda: window.dataset is not None, timeout=20000)

    def placeholder() -> str:
        for panel in window.findChildren(ImagePanel):
            if panel.is_placeholder() and "lead-1-lab-teaching.svg" in panel.placeholder_text():
                return panel.placeholder_text()
        return ""

    qtbot.waitUntil(lambda: bool(placeholder()), timeout=20000)
    text = placeholder()
    if kind in SPECIAL:
        warnings = window.findChild(QLabel, "dataset-warnings")
        assert warnings is not None
        assert warnings.isVisible()
        assert "占位图" in warnings.text()
    else:
        assert EXTERNAL in text
    # Still answering: the next section opens.
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window.tabs.currentIndex() == 1)


@fifo_only
def test_an_export_never_opens_the_file_an_embedded_svg_names(
    dataset_dir: Path, tmp_path: Path
) -> None:
    """The slides, the handout and the slide deck all draw the picture: none opens the FIFO
    outside (opening it would hang the export, so it runs in a process of its own)."""
    outside = tmp_path / "outside.png"
    os.mkfifo(outside)
    (dataset_dir / LEAD).write_bytes(hostile_svgs(outside)["data: nested three levels"][0])
    out = tmp_path / "out"
    command = [sys.executable, "-m", "briefing", "export", "--lang", "en", "--out", str(out)]
    command += ["--format", "pdf,handout,pptx", "--width", "320", "--height", "180"]
    try:
        result = subprocess.run(
            [*command, str(dataset_dir)],
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
    except subprocess.TimeoutExpired:
        os.close(os.open(outside, os.O_WRONLY | os.O_NONBLOCK))
        pytest.fail("the export opened the file outside the dataset")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    # The three files written, after the warning that names the picture (shown as its
    # placeholder) and why.
    warning, *written = result.stdout.splitlines()
    assert warning.startswith("warning: "), result.stdout
    assert "refers to outside files" in warning, result.stdout
    assert len(written) == 3, result.stdout


def use_bomb(levels: int) -> str:
    """Each level ten <use> of the level below: 10**levels rectangles in about 200 bytes a
    level."""
    defs = ['<rect id="g0" width="1" height="1"/>']
    for level in range(1, levels + 1):
        defs.append(f'<g id="g{level}">' + f'<use href="#g{level - 1}"/>' * 10 + "</g>")
    return f'<defs>{"".join(defs)}</defs><use href="#g{levels}"/>'


BLUR = '<filter id="f"><feGaussianBlur stdDeviation="500"/></filter>'


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('<rect width="2" height="2"/>' * 60_000, False),  # 10**6 of them: 20 s and 1 GB
        (use_bomb(7), False),  # 1.4 KB: 10**7 rectangles, 20 s
        (use_bomb(3), True),
        (BLUR + '<rect width="9" height="9" filter="url(#f)"/>' * 200, False),  # 14 s for 1000
        (BLUR + '<rect width="9" height="9" filter="url(#f)"/>' * 5, True),
        ('<g id="a"><use href="#a"/></g>', False),  # a <use> of itself
    ],
    ids=["60000 elements", "use bomb", "three levels of use", "200 blurs", "5 blurs", "use loop"],
)
def test_an_svg_too_costly_to_draw_is_refused_before_drawing(
    qapp: object, tmp_path: Path, body: str, shown: bool
) -> None:
    picture = tmp_path / "costly.svg"
    picture.write_text(svg(body), encoding="utf-8")
    if shown:
        assert not load_image(picture, QSize(100, 100)).isNull()
    else:
        with pytest.raises(ImageLoadError, match="SVG 过于复杂"):
            load_image(picture, QSize(100, 100))


def test_a_picture_file_too_large_is_refused_before_it_is_read(
    qapp: object, tmp_path: Path
) -> None:
    picture = tmp_path / "huge.jpg"
    with picture.open("wb") as file:
        file.truncate(201 * 1024 * 1024)  # sparse: nothing written
    with pytest.raises(ImageLoadError, match=r"文件过大（201 MB，最多 200 MB）"):
        load_image(picture, QSize(100, 100))


def test_a_picture_that_cannot_be_read_says_why_in_the_readers_words(
    dataset_dir: Path, qapp: Any
) -> None:
    """Found in review: the system's English (Too many levels of symbolic links) reached the
    Chinese placeholder."""
    from PySide6.QtCore import QSize

    from briefing.imaging import ImageLoadError, load_image

    picture = dataset_dir / "images" / "loop.svg"
    picture.symlink_to(picture.with_name("other.svg"))
    picture.with_name("other.svg").symlink_to(picture.name)
    with pytest.raises(ImageLoadError) as raised:
        load_image(picture, QSize(100, 100))
    assert str(raised.value) == "无法读取文件（符号链接循环）"
