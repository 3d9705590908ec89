"""An SVG from a dataset is rendered only when it can make the renderer read nothing else.

A dataset is untrusted and nothing outside its folder may be read. Qt's SVG renderer opens the
file an ``<image>`` names (a path, a ``file:`` URL, or a ``data:`` URI that does not decode to a
picture, which it then tries as a file name), and an embedded picture that is itself an SVG is
rendered in turn, with the same powers. So the SVG is parsed here (expat: no DTD or external
entity is ever fetched) and every reference is looked at after the parser has expanded
character and entity references, which a look at the raw bytes cannot see (nor can it read a
UTF-16 file). Allowed: an ``<a>``'s link (Qt draws its content and opens nothing), fragments
(``#id``) and ``data:`` URIs whose payload Qt reads as a
picture; an embedded SVG is checked the same way, at most ``MAX_NESTING`` levels deep and
``SVG_MAX_BYTES`` in all. Refused: any other reference (href, url(), @import, xml-stylesheet),
XInclude, external or parameter entities, and entities whose value holds markup or other
entities (billion laughs).
"""

from __future__ import annotations

import re
import zlib
from xml.parsers import expat

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice
from PySide6.QtGui import QImageReader

SVG_MAX_BYTES = 50 * 1024 * 1024  # the SVG and all it embeds, unpacked
MAX_NESTING = 4  # an SVG embedding an SVG embedding ...: levels in all
# Elements in all (a drawn illustration has hundreds): 10^6 small ones, 40 MB, took 20 s and
# 1 GB to render; 50,000 take about a second.
MAX_ELEMENTS = 50_000
# What is drawn, counting each <use> and pattern, mask or marker as all it refers to: seven
# levels of ten <use> of the level below, in 1.4 KB, draw 10^7 rectangles (20 s). A filter
# costs as much as ~FILTER_COST elements (a blur: ~10 ms at the size shown).
MAX_DRAWN = 200_000
FILTER_COST = 2_000
_DRAWN_THROUGH = frozenset({"pattern", "mask", "marker", "clippath", "filter"})
VECTOR_FORMATS = frozenset({"svg", "svgz"})
_GZIP = b"\x1f\x8b"
_XINCLUDE = "http://www.w3.org/2001/XInclude"
_URL = re.compile(r"url\(\s*(['\"]?)\s*", re.IGNORECASE)
_FRAGMENT = re.compile(r"url\(\s*['\"]?\s*#([^'\")\s]+)", re.IGNORECASE)


class UnsafeSvgError(Exception):
    """An SVG that is not rendered; ``reason`` says why, in words for the reader."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _too_complex() -> UnsafeSvgError:
    return UnsafeSvgError(
        QCoreApplication.translate("ImagePanel", "SVG 过于复杂（超过 {count} 个元素）").format(
            count=MAX_ELEMENTS
        )
    )


def _external() -> UnsafeSvgError:
    return UnsafeSvgError(
        QCoreApplication.translate("ImagePanel", "SVG 引用了外部文件或网址，为安全起见不予显示")
    )


def _too_large() -> UnsafeSvgError:
    return UnsafeSvgError(QCoreApplication.translate("ImagePanel", "SVG 文件过大"))


def check_svg(data: bytes) -> None:
    """Raise UnsafeSvgError unless the SVG in ``data`` (plain or gzip-compressed) is
    self-contained, everything it embeds included."""
    _Checker().check(data, 1)


class _Checker:
    """One SVG and all it embeds: the bytes unpacked so far count against SVG_MAX_BYTES."""

    def __init__(self) -> None:
        self.budget = SVG_MAX_BYTES
        self.elements = MAX_ELEMENTS

    def check(self, data: bytes, level: int) -> None:
        if level > MAX_NESTING:
            raise UnsafeSvgError(QCoreApplication.translate("ImagePanel", "SVG 内嵌的图片层数过多"))
        if data[:2] == _GZIP:
            data = self._unpack(data)
        self._spend(len(data))
        _Document(self, level).parse(data)

    def _spend(self, size: int) -> None:
        self.budget -= size
        if self.budget < 0:
            raise _too_large()

    def _unpack(self, data: bytes) -> bytes:
        # Bounded: a small compressed file must not unpack into gigabytes.
        unpacker = zlib.decompressobj(16 + zlib.MAX_WBITS)
        try:
            unpacked = unpacker.decompress(data, max(self.budget, 0) + 1)
        except zlib.error:
            raise UnsafeSvgError(
                QCoreApplication.translate("ImagePanel", "图片已损坏（压缩数据无效）")
            ) from None
        if unpacker.unconsumed_tail or len(unpacked) > self.budget:
            raise _too_large()
        return unpacked

    def check_data_uri(self, uri: str, level: int) -> None:
        """A ``data:`` URI must hold a picture Qt reads (else Qt tries the URI as a file name);
        an SVG in it is checked in turn. Each way Qt has decoded such a URI is tried."""
        payloads = _payloads(uri)
        if not payloads:
            raise _external()
        for payload in payloads:
            self._spend(len(payload))
            kind = _picture_format(payload)
            if kind in VECTOR_FORMATS or payload.lstrip()[:1] == b"<":
                self.check(payload, level + 1)
            if not kind:
                raise _external()


def _payloads(uri: str) -> list[bytes]:
    """The bytes of a data: URI as Qt's SVG renderer may decode them: by RFC 2397 (percent
    decoding, then base64 if the header says so) and, as earlier Qt 6 releases did, as the base64
    after the last ``base64,``."""
    found = []
    header, comma, body = uri[5:].partition(",")
    if comma:
        raw = bytes(QByteArray.fromPercentEncoding(QByteArray(body.encode())).data())
        if header.strip().lower().endswith(";base64"):
            raw = _base64(raw)
        found.append(raw)
    at = uri.rfind("base64,")
    if at != -1:
        found.append(_base64(uri[at + 7 :].encode("latin-1", "replace")))
    return list(dict.fromkeys(found))


def _base64(text: bytes) -> bytes:
    return bytes(QByteArray.fromBase64(QByteArray(text)).data())  # Qt's own, lenient decoding


def _picture_format(payload: bytes) -> str:
    """The format Qt finds in ``payload`` (as QImage.fromData would), or "" for none."""
    array = QByteArray(payload)
    buffer = QBuffer(array)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    if not reader.canRead():
        return ""
    return bytes(reader.format().data()).decode("ascii", "replace").lower()


class _Document:
    """One expat pass over an SVG, refusing at the first reference that leads out of it."""

    def __init__(self, checker: _Checker, level: int) -> None:
        self.checker = checker
        self.level = level
        self.style: list[str] | None = None  # the text of the <style> being read
        self.tree = _Tree()

    def parse(self, data: bytes) -> None:
        parser = expat.ParserCreate()
        parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.buffer_text = True  # the text of a <style> in one piece, not one call a line
        self.parser = parser
        parser.EntityDeclHandler = self.entity
        parser.UnparsedEntityDeclHandler = self.unparsed
        parser.ProcessingInstructionHandler = self.instruction
        parser.ExternalEntityRefHandler = self.external_entity
        try:
            parser.Parse(data, True)
            if self.tree.drawn() > MAX_DRAWN:
                raise _too_complex()
        except expat.ExpatError as error:
            # Where, not expat's English words ("no element found"), in the reader's language.
            raise UnsafeSvgError(
                QCoreApplication.translate(
                    "ImagePanel", "图片已损坏（SVG 第 {line} 行不是格式正确的 XML）"
                ).format(line=error.lineno)
            ) from None

    def start(self, name: str, attributes: dict[str, str]) -> None:
        self.checker.elements -= 1
        if self.checker.elements < 0:
            raise _too_complex()
        local = name.rpartition(":")[2].lower()
        if local == "include":
            raise _external()
        ident = None
        refs: list[str] = []
        for key, value in attributes.items():
            short = key.rpartition(":")[2].lower()
            if short == "id":
                ident = value.strip()
            elif short in ("href", "src") and local != "a":  # a link: never followed
                self.reference(value, image=local == "image")
                if value.strip().startswith("#"):
                    refs.append(value.strip()[1:])
            # url( and @import need these: most values (numbers, colours) have neither.
            if "(" in value or "@" in value:
                self.css(value)
                refs += _FRAGMENT.findall(value)
            elif value == _XINCLUDE:
                raise _external()
        self.tree.add(local, ident, refs)
        if local == "style":
            self.style = []
            self.parser.CharacterDataHandler = self.text  # only a style's text is looked at

    def end(self, name: str) -> None:
        self.tree.open.pop()
        if self.style is not None and name.rpartition(":")[2].lower() == "style":
            self.parser.CharacterDataHandler = None
            text, self.style = "".join(self.style), None
            self.css(text)

    def text(self, data: str) -> None:
        if self.style is not None:
            self.style.append(data)

    def reference(self, value: str, *, image: bool) -> None:
        # Only XML's own spaces are trimmed, and "data:" is matched exactly as Qt matches it:
        # whatever else Qt would take for a file name.
        target = value.strip(" \t\r\n")
        if target.startswith("#") and not image:  # Qt opens an <image href="#x"> as a file
            return
        if target.startswith("data:"):
            self.checker.check_data_uri(target, self.level)
            return
        raise _external()

    def css(self, text: str) -> None:
        if "@import" in text.lower():
            raise _external()
        for match in _URL.finditer(text):
            rest = text[match.end() :]
            if rest.startswith("#"):
                continue
            if rest[:5].lower() == "data:":
                end = re.search(r"""['")]""", rest)
                self.checker.check_data_uri(rest[: end.start() if end else None], self.level)
                continue
            raise _external()

    def entity(
        self,
        _name: str,
        parameter: bool,
        value: str | None,
        _base: str | None,
        system: str | None,
        public: str | None,
        notation: str | None,
    ) -> None:
        # Only a plain text constant (Illustrator declares its namespaces so): no file, no
        # entity within an entity (billion laughs), no markup brought in by a reference.
        # Where the value is used, it is checked as expanded (an href, a style).
        if parameter or system or public or notation or value is None:
            raise _entities()
        if "&" in value or "<" in value:
            raise _entities()

    def unparsed(self, *_args: object) -> None:
        raise _entities()

    def instruction(self, target: str, _data: str) -> None:
        if target.lower() == "xml-stylesheet":  # Qt reads the CSS file it names
            raise _external()

    def external_entity(self, *_args: object) -> int:
        raise _entities()


def _entities() -> UnsafeSvgError:
    return UnsafeSvgError(
        QCoreApplication.translate("ImagePanel", "SVG 声明了外部或嵌套的实体，为安全起见不予显示")
    )


class _Tree:
    """The elements of an SVG as far as the cost of drawing it goes: each one's parent, name,
    and the ids it draws through (href="#id", url(#id))."""

    def __init__(self) -> None:
        self.parents: list[int] = []
        self.names: list[str] = []
        self.refs: list[list[str]] = []
        self.ids: dict[str, int] = {}
        self.open: list[int] = []

    def add(self, local: str, ident: str | None, refs: list[str]) -> None:
        index = len(self.parents)
        self.parents.append(self.open[-1] if self.open else -1)
        self.names.append(local)
        self.open.append(index)
        if ident is not None:
            self.ids.setdefault(ident, index)
        self.refs.append(refs)

    def drawn(self) -> int:
        """What drawing the SVG costs, in elements, up to just over MAX_DRAWN; a loop of
        references counts as too much."""
        count = len(self.parents)
        children: list[list[int]] = [[] for _ in range(count)]
        for index, parent in enumerate(self.parents):
            if parent >= 0:
                children[parent].append(index)
        weight = [-1] * count  # -1: not reached yet; -2: being added up
        total = 0
        for root in range(count):
            if self.parents[root] == -1:
                total += self._weigh(root, children, weight)
        return total

    def _weigh(self, root: int, children: list[list[int]], weight: list[int]) -> int:
        stack = [root]
        while stack:
            index = stack[-1]
            if weight[index] == -1:
                weight[index] = -2
                stack += [i for i in self._through(index, children) if weight[i] == -1]
                continue
            stack.pop()
            if weight[index] != -2:
                continue
            parts = [weight[i] for i in self._through(index, children)]
            if -2 in parts:
                return MAX_DRAWN + 1  # a <use> inside what it uses
            own = FILTER_COST if self.names[index] in ("filter",) else 1
            weight[index] = min(own + sum(parts), MAX_DRAWN + 1)
        return weight[root]

    def _through(self, index: int, children: list[list[int]]) -> list[int]:
        """The elements that drawing ``index`` draws: its children, and what it refers to (a
        <use> draws its target; a pattern, mask, marker or filter is drawn where it is used)."""
        found = list(children[index])
        for ref in self.refs[index]:
            target = self.ids.get(ref)
            if target is None:
                continue
            if self.names[index] == "use" or self.names[target] in _DRAWN_THROUGH:
                found.append(target)
        return found
