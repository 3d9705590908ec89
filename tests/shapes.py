"""Valid briefings of a chosen shape, written as dataset folders: how many sections, cards,
images and charts, of which kind, with how many categories and series, long labels or derived
values. No Qt: the article is written from the figures (every quote is a whole sentence of it
printing its number and change), the images are PNG files made with zlib.

    folder = write_shape(tmp_path, Shape.uniform(7, cards=4, charts=(ChartShape("bars", 5),)))
    load_dataset(folder)  # loads without a problem
"""

from __future__ import annotations

import json
import shutil
import struct
import zlib
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from briefing.model.formatting import format_value
from briefing.resources import bundled_dataset

TITLE = "某市2024年人才发展统计公报"
SUBTITLE = "——人才发展成就系列报道"
PUBLISHER = "某市统计局"
CARDS = [
    ("人才总量", "万人"), ("高层次人才", "人"), ("高新技术企业", "家"), ("科技型中小企业", "家"),
    ("人才专项资金投入", "亿元"), ("院士专家工作站", "个"), ("博士后科研工作站", "个"),
    ("新增高技能人才", "人"), ("人才公寓", "套"), ("科技特派员", "名"), ("引进硕博研究生", "人"),
    ("研发投入", "亿元"),
]  # fmt: skip
LONG_LABEL = "通过“英才兴蒙”高层次人才分类认定并享受配套政策支持的各类人才"
CATEGORIES = [
    "人才专项资金", "科技专项资金", "奖补经费", "人才贷", "人才险", "院士", "国家级人才",
    "专家学者", "企业家", "技能人才", "青年人才", "乡村人才",
]  # fmt: skip
LONG_CATEGORY = "自治区级以上人才科创载体平台和企业研发中心"
UNITS = ["人", "家", "亿元", "万元", "项", "个"]
HEADINGS = [
    ("强化首位战略设计", "破解人才困局"), ("耦合首抓成果链条", "打开科创格局"),
    ("深化首创服务理念", "厚植人才沃土"), ("做强平台载体建设", "集聚创新资源"),
    ("优化人才发展环境", "释放创新活力"), ("推进校地企业合作", "共育产业人才"),
    ("完善人才评价机制", "激发人才动能"),
]  # fmt: skip


@dataclass(frozen=True)
class ChartShape:
    """One chart: ``kind`` (bars, grouped_bars, horizontal_bars, rank_change, composition,
    time_series), ``categories`` and ``series`` (grouped bars and ranks have at least two;
    a time series has one, its categories the years up to 2024); with ``derived`` the first
    series is the year before, computed from each figure's change (推算), as the bundled
    briefing's. A composition's parts are shares in % adding up to 100 in every series."""

    kind: str = "bars"
    categories: int = 3
    series: int = 1
    long_labels: bool = False
    derived: bool = False
    note: bool = True


@dataclass(frozen=True)
class SectionShape:
    cards: int = 4
    images: int = 1
    charts: tuple[ChartShape, ...] = (ChartShape(),)
    long_labels: bool = False  # the cards' labels: 30 characters


@dataclass(frozen=True)
class Shape:
    sections: tuple[SectionShape, ...] = (SectionShape(),)
    lead_cards: int = 2
    lead_images: int = 0

    @classmethod
    def uniform(cls, count: int, **section: Any) -> Shape:
        """``count`` sections alike."""
        return cls(sections=tuple(SectionShape(**section) for _ in range(count)), lead_cards=0)


@dataclass
class _Writer:
    """The article's lines and the image files, as the blocks are made."""

    folder: Path
    lines: list[str] = field(default_factory=list)
    pending: list[str] = field(default_factory=list)  # sentences of the paragraph being written
    count: int = 0

    def new_id(self, kind: str) -> str:
        self.count += 1
        return f"{kind}-{self.count}"

    def number(self, *, places: int = 0) -> Decimal:
        """A varied but repeatable number: 120 to 8,919 (1.20 to 89.19 with two ``places``)."""
        self.count += 1
        whole = 120 + (self.count * 7919) % 8800
        return Decimal(whole).scaleb(-places) if places else Decimal(whole)

    def sentence(self, text: str) -> str:
        self.pending.append(text)
        return text

    def paragraph(self) -> list[str]:
        """The sentences written since the last paragraph, as one line of the article."""
        text, self.pending = "".join(self.pending), []
        if text:
            self.lines.append(text)
        return [text] if text else []

    def stated(self, label: str, unit: str, *, change: Decimal | None = None) -> dict[str, Any]:
        """A figure with the sentence that states it (and its growth)."""
        value = self.number(places=2 if unit in {"亿元", "万人"} else 0)
        figure: dict[str, Any] = {
            "id": self.new_id("fig"),
            "label": label,
            "value": value,
            "unit": unit,
        }
        text = f"全年{label}达到{format_value(value, unit, None)}"
        if change is not None:
            figure["change"] = {"kind": "percent", "amount": change}
            text += f"，比上年增长{change}%"
        figure["quote"] = self.sentence(text + "。")
        return figure

    def share(self, label: str, value: Decimal) -> dict[str, Any]:
        """A part of a whole, in %, with the sentence that states it."""
        figure: dict[str, Any] = {
            "id": self.new_id("share"),
            "label": label,
            "value": value,
            "unit": "%",
        }
        figure["quote"] = self.sentence(f"{label}占{format_value(value, '%', None)}。")
        return figure

    def rank(self, label: str, *, moved: int | None = None) -> dict[str, Any]:
        rank = Decimal(5 + self.count * 13 % 90)
        self.count += 1
        figure: dict[str, Any] = {
            "id": self.new_id("rank"),
            "label": label,
            "value": rank,
            "unit": "位",
            "qualifier": "第…位",
            "better": "lower",
        }
        text = f"{label}位列全国第{rank}位"
        if moved is not None:
            figure["change"] = {"kind": "places", "amount": Decimal(-moved), "unit": "位"}
            text += f"，较上年提升{moved}位"
        figure["quote"] = self.sentence(text + "。")
        return figure

    def before(self, source: dict[str, Any], label: str) -> dict[str, Any]:
        """The year before a stated figure, computed from its change."""
        value, change = source["value"], source["change"]
        if change["kind"] == "places":
            formula, result = "a - b", value - change["amount"]
        else:
            formula = "a / (1 + b / 100)"
            # As many decimals as the figure it comes from: 约841人, 约4.81亿元.
            result = (value / (1 + change["amount"] / Decimal(100))).quantize(
                Decimal(1).scaleb(min(0, value.as_tuple().exponent)), rounding=ROUND_HALF_UP
            )
        figure = {
            "id": self.new_id("derived"),
            "label": label,
            "value": result,
            "unit": source["unit"],
            "better": source.get("better", "higher"),
            "derived": {
                "formula": formula,
                "inputs": {"a": source["id"], "b": f"{source['id']}.change"},
                "approximate": formula != "a - b",
            },
        }
        if "qualifier" in source:
            figure["qualifier"] = source["qualifier"]
        return figure

    def image(self, index: int) -> dict[str, Any]:
        image_id = self.new_id("image")
        illustration = index % 2 == 0
        if illustration:
            svg = sorted((bundled_dataset() / "images").glob("*.svg"))[index // 2 % 5]
            name = f"images/{image_id}.svg"
            (self.folder / "images").mkdir(exist_ok=True)
            shutil.copyfile(svg, self.folder / name)
        else:
            name = f"images/{image_id}.png"
            write_png(self.folder / name, 1600, 900, index)
        caption = f"第{index + 1}幅图：人才科创中心的工作场景{image_id}。"
        self.lines.append(caption)
        return {
            "id": image_id,
            "file": name,
            "caption": caption,
            "credit": "图/某摄影师",
            "alt": "示意图：人才科创中心里的工作场景。",
            "kind": "illustration" if illustration else "photograph",
        }


def shares(parts: int, seed: int) -> list[Decimal]:
    """``parts`` shares of 100 with one decimal, unequal and adding up to exactly 100."""
    weights = [3 + (seed + 5 * k) % 11 for k in range(parts)]
    tenths = [1000 * w // sum(weights) for w in weights]
    tenths[-1] += 1000 - sum(tenths)
    return [Decimal(t).scaleb(-1) for t in tenths]


def _categories(shape: ChartShape) -> list[str]:
    if shape.kind == "time_series":  # the years, the earliest first
        return [f"{2024 - shape.categories + 1 + c}年" for c in range(shape.categories)]
    categories = []
    for c in range(shape.categories):
        name = CATEGORIES[c % len(CATEGORIES)] + (str(c // len(CATEGORIES) + 1) * (c >= 12))
        categories.append(f"{LONG_CATEGORY}{c + 1}" if shape.long_labels else name)
    return categories


def _composition(writer: _Writer, shape: ChartShape) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """Parts of one whole per series (a year), in %, adding up to 100."""
    categories = _categories(shape)
    names = [f"{2024 - shape.series + 1 + s}年" for s in range(shape.series)]
    figures: list[dict[str, Any]] = []
    values: list[list[str]] = []
    for s, name in enumerate(names):
        parts = shares(len(categories), writer.count + s)
        row = [writer.share(f"{name}{c}", v) for c, v in zip(categories, parts, strict=True)]
        figures += row
        values.append([figure["id"] for figure in row])
    chart = {
        "id": writer.new_id("chart"),
        "kind": "composition",
        "title": f"{categories[0][:12]}等{shape.categories}项构成",
        "unit": "%",
        "categories": categories,
        "series": [{"name": n, "values": v} for n, v in zip(names, values, strict=True)],
    }
    if shape.note:
        chart["note"] = "各部分占比之和为100%。"
    return chart, figures


def _chart(writer: _Writer, shape: ChartShape) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    """A chart of ``shape`` and the figures it shows (stated, then derived)."""
    if shape.kind == "composition":
        return _composition(writer, shape)
    rank = shape.kind == "rank_change"
    series = max(shape.series, 2 if shape.kind in {"grouped_bars", "rank_change"} else 1)
    if shape.kind == "time_series":
        series = 1
    unit = "位" if rank else UNITS[writer.count % len(UNITS)]
    names = [f"{2024 - series + 1 + s}年" for s in range(series)]
    if shape.kind == "time_series":
        names = ["全市合计"]
    if shape.derived:
        names[0] = "上年（推算）" if rank else f"{2024 - series + 1}年（推算）"
    categories = _categories(shape)
    values: list[list[str]] = [[] for _ in range(series)]
    figures: list[dict[str, Any]] = []
    derived: list[dict[str, Any]] = []
    for c, category in enumerate(categories):
        for s in range(series):
            if s == 0 and shape.derived:
                continue
            label = f"{category}（{names[s]}）"
            grows = shape.derived and s == 1
            if rank:
                figure = writer.rank(label, moved=3 + c if grows else None)
            else:
                figure = writer.stated(label, unit, change=Decimal(12 + 7 * c) if grows else None)
            figures.append(figure)
            values[s].append(figure["id"])
            if grows:
                before = writer.before(figure, f"{category}（{names[0]}）")
                derived.append(before)
                values[0].append(before["id"])
    title = f"{categories[0][:12]}等{shape.categories}项指标"
    if shape.kind == "time_series":
        title = f"{categories[0]}至{categories[-1]}{names[0]}"
    chart = {
        "id": writer.new_id("chart"),
        "kind": shape.kind,
        "title": title,
        "unit": unit,
        "categories": categories,
        "series": [{"name": n, "values": v} for n, v in zip(names, values, strict=True)],
    }
    if shape.note:
        chart["note"] = (
            "上年数值由本年数值和增幅推算，为近似值。" if shape.derived else "数据来自原文。"
        )
    return chart, figures + derived


def _block(
    writer: _Writer,
    cards: int,
    images: int,
    charts: tuple[ChartShape, ...],
    *,
    long_labels: bool = False,
) -> dict[str, Any]:
    figures = []
    for index in range(cards):
        label, unit = CARDS[index % len(CARDS)]
        if index >= len(CARDS):
            label += str(index // len(CARDS) + 1)
        if long_labels:
            label = f"{LONG_LABEL}{index + 1}"
        change = Decimal(5 + index % 9) if index % 3 == 0 else None
        figures.append(writer.stated(label, unit, change=change))
    block: dict[str, Any] = {
        "paragraphs": writer.paragraph(),
        "figures": figures,
        "cards": [figure["id"] for figure in figures],
        "charts": [],
        "images": [writer.image(index) for index in range(images)],
    }
    for shape in charts:
        chart, shown = _chart(writer, shape)
        block["charts"].append(chart)
        block["figures"].extend(shown)
    block["paragraphs"] += writer.paragraph()
    return block


def briefing_json(folder: Path, shape: Shape) -> tuple[dict[str, Any], str]:
    """The briefing's data and its article's text (writing its images into ``folder``)."""
    writer = _Writer(folder)
    writer.lines += [TITLE, SUBTITLE, PUBLISHER]
    lead = _block(writer, shape.lead_cards, shape.lead_images, ())
    sections = []
    for index, section in enumerate(shape.sections):
        heading = HEADINGS[index % len(HEADINGS)]
        if index >= len(HEADINGS):
            heading = (heading[0] + str(index), heading[1])
        writer.lines.append("　".join(heading))
        body = _block(
            writer, section.cards, section.images, section.charts, long_labels=section.long_labels
        )
        sections.append(
            {"id": f"section-{index + 1}", "heading": list(heading), "summary": heading[1], **body}
        )
    data = {
        "format_version": 1,
        "title": TITLE,
        "subtitle": SUBTITLE,
        "publisher_line": PUBLISHER,
        "author": "某记者",
        "photographer": "某摄影师",
        "year": 2024,
        "article": "article.txt",
        "lead": lead,
        "sections": sections,
    }
    return data, "\n\n".join(writer.lines) + "\n"


def write_shape(folder: Path, shape: Shape) -> Path:
    """Write a dataset of ``shape`` into ``folder`` (made if needed); returns the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    data, article = briefing_json(folder, shape)
    (folder / "article.txt").write_text(article, encoding="utf-8")
    (folder / "briefing.json").write_text(_emit(data), encoding="utf-8")
    return folder


def _emit(value: Any) -> str:
    """JSON with numbers as their exact digits (Decimal 1.50 stays 1.50)."""
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_emit(str(k))}: {_emit(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_emit(item) for item in value) + "]"
    return json.dumps(value, ensure_ascii=False)


def write_png(path: Path, width: int, height: int, seed: int) -> None:
    """A PNG of two soft bands of colour, a horizon: enough to see where a picture sits."""
    path.parent.mkdir(parents=True, exist_ok=True)
    sky = bytes((120 + seed * 40 % 100, 160, 210))
    ground = bytes((90, 140 - seed * 20 % 60, 90))
    rows = b"".join(b"\x00" + (sky if y < height * 0.6 else ground) * width for y in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 6))
        + chunk(b"IEND", b"")
    )


# The shapes the viewer and the show must look finished with (issue: fits any briefing).
SHAPES: dict[str, Shape] = {
    "one-section": Shape(
        sections=(SectionShape(cards=4, images=1, charts=(ChartShape("grouped_bars", 3, 2),)),)
    ),
    "seven-sections": Shape.uniform(7, cards=3, images=1, charts=(ChartShape("bars", 4),)),
    "no-images": Shape(
        sections=(
            SectionShape(cards=5, images=0, charts=(ChartShape("horizontal_bars", 4),)),
            SectionShape(cards=3, images=0, charts=(ChartShape("rank_change", 3, derived=True),)),
        )
    ),
    "thirty-cards": Shape(
        sections=(
            SectionShape(cards=30, images=0, charts=()),
            SectionShape(cards=30, images=0, charts=(), long_labels=True),
        )
    ),
    "twelve-categories": Shape(
        sections=(
            SectionShape(
                cards=2,
                images=0,
                charts=(ChartShape("bars", 12), ChartShape("horizontal_bars", 12)),
            ),
            SectionShape(
                cards=0, images=0, charts=(ChartShape("grouped_bars", 12, 2, derived=True),)
            ),
        )
    ),
    "twelve-ranks": Shape(
        sections=(
            SectionShape(
                cards=2,
                images=0,
                charts=(
                    ChartShape("rank_change", 12, derived=True),
                    ChartShape("rank_change", 10, long_labels=True, derived=True),
                ),
            ),
            SectionShape(cards=0, images=0, charts=(ChartShape("rank_change", 11),)),
        )
    ),
    "parts-and-years": Shape(
        sections=(
            SectionShape(
                cards=2,
                images=0,
                charts=(
                    ChartShape("composition", 3),
                    ChartShape("composition", 6, 3, long_labels=True),
                ),
            ),
            SectionShape(
                cards=0,
                images=0,
                charts=(ChartShape("time_series", 10), ChartShape("time_series", 5)),
            ),
        )
    ),
    "five-grouped": Shape(
        sections=(
            SectionShape(
                cards=4,
                images=1,
                charts=(
                    ChartShape("grouped_bars", 5, 2, derived=True),
                    ChartShape("grouped_bars", 5, 3, long_labels=True),
                ),
            ),
        )
    ),
}
