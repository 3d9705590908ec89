"""Hostile datasets (issue 14): pictures that would make the renderer read other files, link
loops and special files as pictures, and titles that would make exported file names unsafe.
What the user sees is tested: the message, the files on disk, the window still answering."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from urllib.parse import quote

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize
from PySide6.QtGui import QColor, QImage

from briefing.imaging import ImageLoadError, load_image

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
