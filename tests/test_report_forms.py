"""What real communiqués print can be stated: 百分点, a rate with no level, a unit in a table's
header, unitless charts, one-part headings, no series line, author or pictures, a title the
author supplied, quotes that differ from the article only in white space and punctuation width.
What cannot be shown honestly is refused: a chart whose bars have different units. Each case has
a small article of its own, in the style of a 统计公报."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from briefing.model import DatasetError, load_dataset
from briefing.model.formatting import (
    change_text,
    figure_parts,
    format_shown,
    plotted_value,
    source_line,
)

TITLE = "某县2024年国民经济和社会发展统计公报"
PUBLISHER = "某县统计局"


def write_report(
    folder: Path,
    lines: list[str],
    sections: list[dict[str, Any]],
    **briefing: Any,
) -> Path:
    """A dataset whose article is ``lines`` (one paragraph or heading a line) and whose
    sections are ``sections``; ``briefing`` overrides the top-level keys."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "article.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    data: dict[str, Any] = {
        "format_version": 1,
        "title": TITLE,
        "publisher_line": PUBLISHER,
        "year": 2024,
        "article": "article.txt",
        "lead": {},
        "sections": sections,
        **briefing,
    }
    (folder / "briefing.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def section(
    heading: list[str], paragraphs: list[str], figures: list[dict[str, Any]], **more: Any
) -> dict[str, Any]:
    return {
        "id": more.pop("id", "overview"),
        "heading": heading,
        "summary": "主要指标",
        "paragraphs": paragraphs,
        "figures": figures,
        "cards": more.pop("cards", [f["id"] for f in figures]),
        **more,
    }


def problems(folder: Path) -> list[str]:
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    return [str(problem) for problem in raised.value.problems]


# -- 百分点 ----------------------------------------------------------------------------------

JOBLESS = "全年城镇调查失业率为5.1%，比上年下降0.2个百分点。"
PULL = "规模以上工业拉动经济增长0.9个百分点。"


def test_percentage_points_are_stated_and_shown_as_such(tmp_path: Path) -> None:
    figures = [
        {
            "id": "jobless", "label": "城镇调查失业率", "value": 5.1, "unit": "%",
            "better": "lower", "quote": JOBLESS,
            "change": {"kind": "absolute", "amount": -0.2, "unit": "个百分点"},
        },
        {
            "id": "pull", "label": "规模以上工业拉动经济增长", "value": None, "unit": "",
            "quote": PULL, "change": {"kind": "absolute", "amount": 0.9, "unit": "个百分点"},
        },
    ]  # fmt: skip
    folder = write_report(
        tmp_path, [TITLE, PUBLISHER, "一、综合", JOBLESS + PULL],
        [section(["一、综合"], [JOBLESS + PULL], figures)],
    )  # fmt: skip
    found = load_dataset(folder).briefing.figures()
    assert change_text(found["jobless"]) == ("↓0.2个百分点", True), "a fall, and good news"
    assert figure_parts(found["pull"]) == ("↑", "0.9", "个百分点")
    assert format_shown(found["pull"]) == "0.9个百分点"


def test_percentage_points_with_the_wrong_sign_are_refused(tmp_path: Path) -> None:
    wrong = {
        "id": "pull", "label": "工业拉动", "unit": "", "quote": PULL,
        "change": {"kind": "absolute", "amount": -0.9, "unit": "个百分点"},
    }  # fmt: skip
    folder = write_report(tmp_path, [TITLE, "一、综合", PULL], [section(["一、综合"], [], [wrong])])
    lines = problems(folder)
    assert len(lines) == 1
    assert "'0.9个百分点' rose, but the stored amount is -0.9" in lines[0]


# -- a rate printed on its own is a change -----------------------------------------------------

GDP = "全年地区生产总值比上年增长3.6%。"
FARM = "农业增加值比上年增长4.1%。"
INDUSTRY = "工业增加值比上年下降2.3%。"
LEVEL = "全年社会消费品零售总额120亿元，比上年增长5.0%。"


def rate(figure_id: str, label: str, quote: str, amount: float) -> dict[str, Any]:
    return {
        "id": figure_id, "label": label, "unit": "", "quote": quote,
        "change": {"kind": "percent", "amount": amount},
    }  # fmt: skip


def growth_report(folder: Path, chart: dict[str, Any]) -> Path:
    text = GDP + FARM + INDUSTRY + LEVEL
    figures = [
        rate("gdp", "地区生产总值", GDP, 3.6),
        rate("farm", "农业增加值", FARM, 4.1),
        rate("industry", "工业增加值", INDUSTRY, -2.3),
        {
            "id": "retail", "label": "社会消费品零售总额", "value": 120, "unit": "亿元",
            "quote": LEVEL, "change": {"kind": "percent", "amount": 5.0},
        },
    ]  # fmt: skip
    return write_report(
        folder, [TITLE, "一、综合", text], [section(["一、综合"], [text], figures, charts=[chart])]
    )


def growth_chart(values: list[str], unit: str | None = "%") -> dict[str, Any]:
    return {
        "id": "growth", "kind": "bars", "title": "主要指标增速", "unit": unit,
        "categories": values, "series": [{"name": "2024年", "values": values}],
    }  # fmt: skip


def test_a_rate_with_no_level_is_a_stated_change(tmp_path: Path, qtbot: QtBot) -> None:
    folder = growth_report(tmp_path, growth_chart(["gdp", "farm", "industry"]))
    dataset = load_dataset(folder)
    gdp, industry = dataset.briefing.figure("gdp"), dataset.briefing.figure("industry")
    assert gdp.value is None
    assert gdp.derived is None, "stated, not 推算"
    assert figure_parts(gdp) == ("↑", "3.6", "%")
    assert figure_parts(industry) == ("↓", "2.3", "%")
    assert change_text(industry) == ("↓2.3%", False)
    assert format_shown(industry) == "−2.3%", "a chart labels the bar with its signed amount"
    assert [float(plotted_value(f)) for f in (gdp, industry)] == [3.6, -2.3]

    from briefing.theme import Appearance
    from briefing.views.chart import ChartPanel
    from briefing.views.stat_card import StatCard

    figures = dataset.briefing.figures()
    card = StatCard(gdp, figures, Appearance())
    qtbot.addWidget(card)
    assert card.shown_value() == "↑3.6%"
    assert card.change is None, "the change is the headline: not written twice"
    assert card.compared is not None
    assert card.compared.text() == "较上年"
    panel = ChartPanel(dataset.briefing.chart("growth"), figures, Appearance())
    qtbot.addWidget(panel)
    assert panel.legend_labels() == [] or "推算" not in panel.legend_labels()
    assert "−2.3%" in panel.value_labels()


def test_a_chart_of_rates_and_levels_is_refused(tmp_path: Path) -> None:
    lines = problems(growth_report(tmp_path, growth_chart(["gdp", "retail"], unit=None)))
    assert any("one axis cannot compare figures in '%', '亿元'" in line for line in lines), lines


def test_a_figure_with_no_value_and_no_change_is_refused(tmp_path: Path) -> None:
    figure = {"id": "gdp", "label": "地区生产总值", "unit": "亿元", "quote": GDP}
    folder = write_report(tmp_path, [TITLE, "一、综合", GDP], [section(["一、综合"], [], [figure])])
    assert any("has no value" in line for line in problems(folder))


# -- charts share one unit, or none ---------------------------------------------------------

ENCLAVE = "全县入驻企业56家，引进人才51人，在研项目32项。"


def enclave_report(folder: Path, unit: str | None, ids: list[str]) -> Path:
    figures = [
        {"id": "firms", "label": "入驻企业", "value": 56, "unit": "家", "quote": ENCLAVE},
        {"id": "people", "label": "引进人才", "value": 51, "unit": "人", "quote": ENCLAVE},
        {"id": "projects", "label": "在研项目", "value": 32, "unit": "项", "quote": ENCLAVE},
    ]
    chart = {
        "id": "enclave", "kind": "horizontal_bars", "title": "成果", "unit": unit,
        "categories": ids, "series": [{"name": "2024年", "values": ids}],
    }  # fmt: skip
    body = section(["一、综合"], [ENCLAVE], figures, charts=[chart])
    return write_report(folder, [TITLE, "一、综合", ENCLAVE], [body])


def test_a_chart_mixing_units_is_refused_with_what_to_do(tmp_path: Path) -> None:
    lines = problems(enclave_report(tmp_path, None, ["firms", "people", "projects"]))
    assert len(lines) == 1, lines
    assert "$.sections[0].charts[0].unit" in lines[0]
    assert "one axis cannot compare figures in '家', '人', '项'" in lines[0]
    assert "split it by unit, or show them as cards" in lines[0]


def test_a_chart_in_another_unit_than_its_figures_is_refused(tmp_path: Path) -> None:
    lines = problems(enclave_report(tmp_path, "人", ["firms"]))
    assert any("'firms' is in '家', the chart in '人'" in line for line in lines), lines


RATIO = "三次产业结构为1.8:14.8:83.4。"


def test_a_unitless_chart_has_no_unit_line(tmp_path: Path, qtbot: QtBot) -> None:
    figures = [
        {"id": f"part-{i}", "label": label, "value": value, "unit": "", "quote": RATIO}
        for i, (label, value) in enumerate(
            [("第一产业", 1.8), ("第二产业", 14.8), ("第三产业", 83.4)]
        )
    ]
    ids = [f["id"] for f in figures]
    chart = {
        "id": "structure", "kind": "bars", "title": "三次产业结构", "unit": None,
        "categories": ["第一产业", "第二产业", "第三产业"],
        "series": [{"name": "2024年", "values": ids}],
    }  # fmt: skip
    body = section(["一、综合"], [RATIO], figures, charts=[chart])
    dataset = load_dataset(write_report(tmp_path, [TITLE, "一、综合", RATIO], [body]))

    from PySide6.QtWidgets import QLabel

    from briefing.theme import Appearance
    from briefing.views.chart import ChartPanel

    panel = ChartPanel(
        dataset.briefing.chart("structure"), dataset.briefing.figures(), Appearance()
    )
    qtbot.addWidget(panel)
    texts = [label.text() for label in panel.findChildren(QLabel)]
    assert not any(text.startswith("单位") for text in texts), texts


# -- a unit printed in a table's header -----------------------------------------------------

TABLE = ["表1　2024年主要农产品产量", "单位：万吨", "粮食　41,541", "油料　12.3"]


def test_a_figure_may_take_its_unit_from_the_table_header(tmp_path: Path) -> None:
    figures = [
        {
            "id": "grain", "label": "粮食产量", "value": 41541, "unit": "万吨",
            "unit_printed_in": "单位：万吨", "quote": "粮食　41,541",
        },
        {
            "id": "oil", "label": "油料产量", "value": 12.3, "unit": "万吨",
            "unit_printed_in": "单位：万吨", "quote": "油料　12.3",
        },
    ]  # fmt: skip
    body = section(["一、农业"], [], figures)
    dataset = load_dataset(write_report(tmp_path, [TITLE, "一、农业", *TABLE], [body]))
    grain = dataset.briefing.figure("grain")
    assert format_shown(grain) == "41541", "the quote needs only the number"
    assert figure_parts(grain) == ("", "41541", "万吨"), "the card still shows the unit"


def test_a_header_must_be_printed_and_must_print_the_unit(tmp_path: Path) -> None:
    figure = {
        "id": "oil", "label": "油料产量", "value": 12.3, "unit": "万吨",
        "unit_printed_in": "单位：万吨", "quote": "油料　12.3",
    }  # fmt: skip
    body = section(["一、农业"], [], [figure])
    other = [TITLE, "一、农业", "单位：吨", "油料　12.3"]
    lines = problems(write_report(tmp_path / "a", other, [body]))
    assert any("'单位：万吨' is not in the article" in line for line in lines), lines
    wrong_unit = {**figure, "unit": "万公顷"}
    lines = problems(
        write_report(
            tmp_path / "b", [TITLE, "一、农业", *TABLE], [{**body, "figures": [wrong_unit]}]
        )
    )
    assert any("the header '单位：万吨' does not print '万公顷'" in line for line in lines), lines


# -- sections, headings and credits as reports print them -----------------------------------

SECTIONS = [
    ("一、综合", "全年地区生产总值比上年增长3.6%。"),
    ("二、农业", "全年粮食产量120万吨。"),
]


def plain_report(folder: Path) -> Path:
    lines = [TITLE, PUBLISHER, "全县经济运行总体平稳。"]
    sections = []
    for index, (heading, text) in enumerate(SECTIONS):
        lines += [heading, text]
        figure = (
            rate(f"f{index}", "地区生产总值", text, 3.6)
            if index == 0
            else {"id": "f1", "label": "粮食产量", "value": 120, "unit": "万吨", "quote": text}
        )
        sections.append(section([heading], [text], [figure], id=f"s{index}"))
    lead = {"paragraphs": ["全县经济运行总体平稳。"]}
    return write_report(folder, lines, sections, lead=lead)


def test_one_part_headings_no_series_line_no_author_no_pictures(tmp_path: Path) -> None:
    dataset = load_dataset(plain_report(tmp_path))
    briefing = dataset.briefing
    assert [s.heading for s in briefing.sections] == [["一、综合"], ["二、农业"]]
    assert (briefing.subtitle, briefing.author, briefing.photographer) == (None, None, None)
    assert not briefing.lead.figures, "a lead without figures"
    assert source_line(briefing) == f"数据来源：《{TITLE}》，{PUBLISHER}"


def test_a_heading_not_in_the_article_is_refused(tmp_path: Path) -> None:
    folder = plain_report(tmp_path)
    data = json.loads((folder / "briefing.json").read_text("utf-8"))
    data["sections"][1]["heading"] = ["二、工业"]
    (folder / "briefing.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    assert any("'二、工业' is not a heading of the article" in line for line in problems(folder))


def test_a_title_not_printed_is_allowed_only_when_marked_supplied(tmp_path: Path) -> None:
    supplied = "某县经济运行简报"
    lines = problems(_retitled(tmp_path / "a", supplied, False))
    assert any(f"'{supplied}' is not in the article" in line for line in lines), lines
    dataset = load_dataset(_retitled(tmp_path / "b", supplied, True))
    assert dataset.briefing.title == supplied
    assert source_line(dataset.briefing) == f"数据来源：{PUBLISHER}", "never 《a title it lacks》"


def _retitled(folder: Path, title: str, supplied: bool) -> Path:
    folder = plain_report(folder)
    data = json.loads((folder / "briefing.json").read_text("utf-8"))
    data["title"], data["title_supplied"] = title, supplied
    (folder / "briefing.json").write_text(json.dumps(data, ensure_ascii=False), "utf-8")
    return folder


def test_a_briefing_without_series_line_opens_and_shows(tmp_path: Path, make_window: Any) -> None:
    window = make_window(plain_report(tmp_path))
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())][-2:] == ["一、综合", "二、农业"]
    assert window.header.subtitle.text() == ""
    header = window.header
    assert header.credits.geometry().top() < header.title.geometry().bottom(), (
        "no series line: the byline stands beside the title, not alone on a row of its own"
    )


# -- quotes compare without regard to white space and punctuation width ---------------------

PRINTED = "全年农林牧渔业总产值41,541万元，比上年增长3.6%（按可比价格计算）。"


@pytest.mark.parametrize(
    "quote",
    [
        "全年农林牧渔业总产值41，541万元,比上年增长3.6%(按可比价格计算)。",
        "全年农林牧渔业总产值 41,541 万元，比上年增长 3.6%（按可比价格计算）。",
    ],
)
def test_a_quote_may_differ_in_white_space_and_punctuation_width(
    tmp_path: Path, quote: str
) -> None:
    figure = {
        "id": "farm", "label": "农林牧渔业总产值", "value": 41541, "unit": "万元",
        "quote": quote, "change": {"kind": "percent", "amount": 3.6},
    }  # fmt: skip
    folder = write_report(
        tmp_path, [TITLE, "一、综合", PRINTED], [section(["一、综合"], [PRINTED], [figure])]
    )
    assert load_dataset(folder).briefing.figure("farm").quote == quote


@pytest.mark.parametrize(
    "quote",
    [
        "全年农林牧渔业总产值41,541万元，比上年增长３.６%（按可比价格计算）。",  # wide digits
        "全年农林牧渔业总产值41,541万元，比上年增长3.6％（按可比价格计算）。",  # wide per cent
        "全年农林牧渔业总产值41,541千元，比上年增长3.6%（按可比价格计算）。",  # another unit
        "全年农林牧渔业总产值41,5 41万元，比上年增长3.6%（按可比价格计算）。",  # a space in it
    ],
)
def test_digits_and_units_are_never_loosened(tmp_path: Path, quote: str) -> None:
    figure = {
        "id": "farm", "label": "农林牧渔业总产值", "value": 41541, "unit": "万元",
        "quote": quote, "change": {"kind": "percent", "amount": 3.6},
    }  # fmt: skip
    folder = write_report(
        tmp_path, [TITLE, "一、综合", PRINTED], [section(["一、综合"], [PRINTED], [figure])]
    )
    assert any("is not in the article" in line for line in problems(folder))


# -- composition: the parts of one whole ---------------------------------------------------

STRUCTURE = "三次产业结构为1.8:14.8:83.4。"
SHARES = "第一产业增加值占地区生产总值的比重为10.2%，第二产业为35.5%。"
LEVELS = (
    "全年地区生产总值4500亿元。"
    "其中，第一产业增加值500亿元，第二产业增加值1500亿元，第三产业增加值2500亿元。"
)


def part(figure_id: str, label: str, value: float, unit: str, quote: str) -> dict[str, Any]:
    return {"id": figure_id, "label": label, "value": value, "unit": unit, "quote": quote}


def composition_report(
    folder: Path, figures: list[dict[str, Any]], chart: dict[str, Any], text: str
) -> Path:
    body = section(["一、综合"], [text], figures, charts=[chart])
    return write_report(folder, [TITLE, "一、综合", text], [body])


def composition(ids: list[str], names: list[str], unit: str | None, **more: Any) -> dict[str, Any]:
    return {
        "id": "structure", "kind": "composition", "title": "三次产业结构", "unit": unit,
        "categories": names, "series": [{"name": "2024年", "values": ids}], **more,
    }  # fmt: skip


def structure_figures(third: float = 83.4) -> list[dict[str, Any]]:
    return [
        part("primary", "第一产业", 1.8, "", STRUCTURE),
        part("secondary", "第二产业", 14.8, "", STRUCTURE),
        part("tertiary", "第三产业", third, "", STRUCTURE),
    ]


def test_a_structure_whose_parts_add_to_100_is_a_composition(tmp_path: Path, qtbot: QtBot) -> None:
    names = ["第一产业", "第二产业", "第三产业"]
    chart = composition(["primary", "secondary", "tertiary"], names, None)
    dataset = load_dataset(composition_report(tmp_path, structure_figures(), chart, STRUCTURE))

    from briefing.theme import Appearance
    from briefing.views.chart import ChartPanel

    panel = ChartPanel(
        dataset.briefing.chart("structure"), dataset.briefing.figures(), Appearance()
    )
    qtbot.addWidget(panel)
    panel.resize(900, 360)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.legend_labels() == names, "the legend names the parts"
    assert panel.value_labels() == ["1.8", "14.8", "83.4"]
    assert panel.category_labels() == [""], "one whole: its bar needs no name beside it"


def test_parts_that_do_not_add_up_are_refused(tmp_path: Path) -> None:
    names = ["第一产业", "第二产业", "第三产业"]
    chart = composition(["primary", "secondary", "tertiary"], names, None)
    wrong = STRUCTURE.replace("83.4", "73.4")
    figures = [{**f, "quote": wrong} for f in structure_figures(73.4)]
    lines = problems(composition_report(tmp_path, figures, chart, wrong))
    assert any("the parts add up to 90.0, but the whole is 100" in line for line in lines), lines
    assert any("derived figure (其他)" in line for line in lines), lines


def test_a_rest_the_article_does_not_state_is_a_derived_other(tmp_path: Path) -> None:
    figures = [
        part("primary", "第一产业占比", 10.2, "%", SHARES),
        part("secondary", "第二产业占比", 35.5, "%", SHARES),
        {
            "id": "other", "label": "第三产业占比", "value": 54.3, "unit": "%",
            "derived": {"formula": "100 - a - b", "inputs": {"a": "primary", "b": "secondary"}},
        },
    ]  # fmt: skip
    names = ["第一产业", "第二产业", "其他"]
    chart = composition(["primary", "secondary", "other"], names, "%")
    dataset = load_dataset(composition_report(tmp_path, figures, chart, SHARES))
    assert dataset.briefing.figure("other").derived is not None
    missing = composition(["primary", "secondary"], names[:2], "%")
    lines = problems(composition_report(tmp_path / "b", figures, missing, SHARES))
    assert any("add up to 45.7, but the whole is 100" in line for line in lines), lines


def test_parts_of_a_stated_total_add_up_to_it(tmp_path: Path) -> None:
    figures = [
        part("gdp", "地区生产总值", 4500, "亿元", LEVELS),
        part("primary", "第一产业增加值", 500, "亿元", LEVELS),
        part("secondary", "第二产业增加值", 1500, "亿元", LEVELS),
        part("tertiary", "第三产业增加值", 2500, "亿元", LEVELS),
    ]
    names = ["第一产业", "第二产业", "第三产业"]
    chart = composition(["primary", "secondary", "tertiary"], names, "亿元", total="gdp")
    load_dataset(composition_report(tmp_path / "a", figures, chart, LEVELS))
    chart = composition(["primary", "secondary"], names[:2], "亿元", total="gdp")
    lines = problems(composition_report(tmp_path / "b", figures, chart, LEVELS))
    assert any("add up to 2000, but the whole is 4500" in line for line in lines), lines
    chart = composition(["primary"], names[:1], "亿元")
    lines = problems(composition_report(tmp_path / "c", figures, chart, LEVELS))
    assert any("parts in '亿元' with no total" in line for line in lines), lines


# -- a time series: one figure over years --------------------------------------------------

YEARS = "2020年至2024年，全县地区生产总值分别为350亿元、362亿元、371亿元、380亿元和396亿元。"


def series_report(folder: Path, categories: list[str]) -> Path:
    figures = [
        part(f"gdp-{i}", f"{category}地区生产总值", value, "亿元", YEARS)
        for i, (category, value) in enumerate(
            zip(categories, [350, 362, 371, 380, 396], strict=True)
        )
    ]
    chart = {
        "id": "gdp-years", "kind": "time_series", "title": "地区生产总值", "unit": "亿元",
        "categories": categories,
        "series": [{"name": "地区生产总值", "values": [f["id"] for f in figures]}],
    }  # fmt: skip
    body = section(["一、综合"], [YEARS], figures, charts=[chart], cards=[])
    return write_report(folder, [TITLE, "一、综合", YEARS], [body])


def test_five_years_of_a_figure_are_a_time_series(tmp_path: Path, qtbot: QtBot) -> None:
    years = ["2020年", "2021年", "2022年", "2023年", "2024年"]
    dataset = load_dataset(series_report(tmp_path, years))

    from briefing.theme import Appearance
    from briefing.views.chart import ChartPanel

    panel = ChartPanel(
        dataset.briefing.chart("gdp-years"), dataset.briefing.figures(), Appearance()
    )
    qtbot.addWidget(panel)
    panel.resize(900, 400)
    panel.show()
    qtbot.waitExposed(panel)
    assert panel.category_labels() == years
    assert panel.value_labels() == ["350亿元", "362亿元", "371亿元", "380亿元", "396亿元"]


def test_a_time_series_needs_its_years_in_order(tmp_path: Path) -> None:
    lines = problems(
        series_report(tmp_path / "a", ["2020年", "2022年", "2021年", "2023年", "2024年"])
    )
    assert any("the years are not in order" in line for line in lines), lines
    lines = problems(
        series_report(tmp_path / "b", ["2020年", "2021年", "去年", "2023年", "2024年"])
    )
    assert any("'去年' does not name one year" in line for line in lines), lines


def test_white_space_between_digits_or_letters_is_kept() -> None:
    from briefing.model.article import find_passage, normal_form

    assert normal_form("增长 3.6% ，（按可比价格）") == "增长3.6%,(按可比价格)"
    assert normal_form("2 024年") == "2 024年", "a space inside a number is never dropped"
    assert normal_form("5G 网络") == "5G网络"
    assert find_passage("前文。农林牧渔业 总产值。后", "农林牧渔业总产值。") == (3, 13)


# -- what must never validate: a number, sign or unit the sentence does not say -------------


def one_figure(folder: Path, lines: list[str], figure: dict[str, Any], **more: Any) -> Path:
    figure = {"id": "f", "label": "指标", "unit": "", **figure}
    return write_report(
        folder, [TITLE, "一、综合", *lines], [section(["一、综合"], [], [figure], **more)]
    )


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a minus sign is part of the number
        ("全年最低气温−5℃。", {"value": 5, "unit": "℃"}),
        ("全年最低气温-5℃。", {"value": 5, "unit": "℃", "printed": "5℃"}),
        ("全年工业增加值比上年增长-3.5%。", {"change": {"kind": "percent", "amount": 3.5}}),
        ("全年工业增加值同比负增长3.5%。", {"change": {"kind": "percent", "amount": 3.5}}),
        # a space or a point inside a number does not end it
        ("全年粮食产量41 541万吨。", {"value": 541, "unit": "万吨"}),
        ("全年粮食产量41 541万吨。", {"value": 41, "unit": ""}),
        ("三次产业结构为3.5∶49.2∶47.3。", {"value": 3}),
        # an absolute change is in a unit: the figure's own when it has none
        (
            "全县高新技术企业400家，比上年增长36%。",
            {"value": 400, "unit": "家", "change": {"kind": "absolute", "amount": 36}},
        ),
        (
            "城镇调查失业率5.1%，比上年下降0.2个百分点。",
            {"value": 5.1, "unit": "%", "change": {"kind": "absolute", "amount": -0.2}},
        ),
        # rose or fell *to* is the level reached, not the change
        ("全市排名提升至第5位。", {"change": {"kind": "places", "amount": -5, "unit": "位"}}),
        ("城镇调查失业率下降至3.5%。", {"change": {"kind": "percent", "amount": -3.5}}),
        # a Chinese numeral that runs past 万
        ("全年新增就业三万五千人。", {"value": 3, "unit": "万人", "printed": "三万五千人"}),
    ],
)
def test_a_wrong_number_sign_or_unit_is_refused(
    tmp_path: Path, sentence: str, figure: dict[str, Any]
) -> None:
    problems(one_figure(tmp_path, [sentence], {"quote": sentence, **figure}))


def test_a_signed_number_is_stated_with_its_sign(tmp_path: Path) -> None:
    cold = "全年最低气温−5℃。"
    dataset = load_dataset(
        one_figure(tmp_path / "a", [cold], {"quote": cold, "value": -5, "unit": "℃"})
    )
    assert format_shown(dataset.briefing.figure("f")) == "−5℃"
    fall = "全年工业增加值比上年增长-3.5%。"
    change = {"kind": "percent", "amount": -3.5}
    dataset = load_dataset(one_figure(tmp_path / "b", [fall], {"quote": fall, "change": change}))
    assert change_text(dataset.briefing.figure("f")) == ("↓3.5%", False), "增长-3.5% is a fall"


@pytest.mark.parametrize("unit", ["吨", "元"])
def test_a_header_unit_is_the_whole_unit(tmp_path: Path, unit: str) -> None:
    header = "单位：万吨" if unit == "吨" else "单位：亿元"
    figure = {"value": 41541, "unit": unit, "unit_printed_in": header, "quote": "粮食　41541"}
    lines = problems(one_figure(tmp_path, [header, "粮食　41541"], figure))
    assert any(f"does not print '{unit}'" in line for line in lines), lines


def test_a_header_is_the_one_above_its_row(tmp_path: Path) -> None:
    rows = ["单位：万吨", "粮食　41541", "单位：万头", "生猪　120"]
    figure = {"value": 120, "unit": "万吨", "unit_printed_in": "单位：万吨", "quote": "生猪　120"}
    lines = problems(one_figure(tmp_path, rows, figure))
    assert any("is not the unit line of the table the quote is in" in line for line in lines)


def test_changes_alone_are_not_drawn_as_levels_ranks_or_parts(tmp_path: Path) -> None:
    double = "招商引资额比上年翻了一番。"
    level = "全年固定资产投资50亿元。"
    figures = [
        {"id": "double", "label": "招商引资额", "unit": "亿元", "quote": double,
         "change": {"kind": "multiple", "amount": 2, "printed": "翻了一番"}},
        {"id": "invest", "label": "固定资产投资", "value": 50, "unit": "亿元", "quote": level},
    ]  # fmt: skip
    chart = {
        "id": "c", "kind": "bars", "title": "投资", "unit": "亿元", "categories": ["a", "b"],
        "series": [{"name": "2024年", "values": ["double", "invest"]}],
    }  # fmt: skip
    body = section(["一、综合"], [], figures, charts=[chart])
    lines = problems(write_report(tmp_path, [TITLE, "一、综合", double + level], [body]))
    assert any("'double' is only a change, which a bars chart cannot draw" in x for x in lines)
    assert any("compares a change ('double') with a level ('invest')" in x for x in lines)


def test_parts_written_with_an_exponent_get_no_wider_slack(tmp_path: Path) -> None:
    text = "全县常住人口100万人，其中城镇人口100万人，乡村人口50万人。"
    figures = [
        part("all", "常住人口", 100, "万人", text),
        {**part("town", "城镇人口", 100, "万人", text), "value": "__E__"},
        part("village", "乡村人口", 50, "万人", text),
    ]
    chart = composition(["town", "village"], ["城镇", "乡村"], "万人", total="all")
    folder = composition_report(tmp_path, figures, chart, text)
    source = folder / "briefing.json"
    source.write_text(source.read_text("utf-8").replace('"__E__"', "1E+2"), "utf-8")
    lines = problems(folder)
    assert any("add up to 150, but the whole is 100" in line for line in lines), lines


def test_a_quote_repeated_everywhere_is_refused_quickly(tmp_path: Path) -> None:
    quote = "，" * 4000
    lines = problems(one_figure(tmp_path, ["，" * 1_700_000 + "。"], {"value": 1, "quote": quote}))
    assert any("is printed at over 1000 places" in line for line in lines), lines


# -- a change against another year than the one before ---------------------------------------

SINCE = "全县工业总产值600亿元，比2020年增长50%；税收收入同比增长3%。"


def since_report(folder: Path, since: str | None) -> Path:
    change: dict[str, Any] = {"kind": "percent", "amount": 50}
    if since is not None:
        change["since"] = since
    return one_figure(
        folder, [SINCE], {"value": 600, "unit": "亿元", "quote": SINCE, "change": change}
    )


def test_a_change_against_another_year_says_so(tmp_path: Path, qtbot: QtBot) -> None:
    lines = problems(since_report(tmp_path / "a", None))
    assert any("compares '50%' with 2020年, not the year before" in line for line in lines)
    lines = problems(since_report(tmp_path / "b", "2019年"))
    assert any("does not compare '50%' with '2019年'" in line for line in lines), lines
    dataset = load_dataset(since_report(tmp_path / "c", "2020年"))

    from briefing.model.facts import fact_rows
    from briefing.theme import Appearance
    from briefing.views.stat_card import StatCard

    figures = dataset.briefing.figures()
    card = StatCard(figures["f"], figures, Appearance())
    qtbot.addWidget(card)
    assert card.compared is not None
    assert card.compared.text() == "较2020年", "never 较上年 for a change since 2020"
    assert fact_rows(dataset.briefing)[0]["change"] == "+50%（较2020年）"


def test_the_year_before_needs_no_since(tmp_path: Path) -> None:
    last = "全县工业总产值600亿元，比2023年增长5%。"
    change = {"kind": "percent", "amount": 5}
    load_dataset(
        one_figure(
            tmp_path, [last], {"value": 600, "unit": "亿元", "quote": last, "change": change}
        )
    )


def test_a_figure_stands_under_the_year_its_sentence_names(tmp_path: Path) -> None:
    lines = [f"{year}年全县地区生产总值{value}亿元。" for year, value in ((2023, 380), (2024, 396))]
    figures = [
        part(f"y{year}", f"{year}年地区生产总值", value, "亿元", line)
        for (year, value), line in zip(((2023, 380), (2024, 396)), lines, strict=True)
    ]
    chart = {
        "id": "years", "kind": "time_series", "title": "地区生产总值", "unit": "亿元",
        "categories": ["2023年", "2024年"],
        "series": [{"name": "地区生产总值", "values": ["y2024", "y2023"]}],
    }  # fmt: skip
    body = section(["一、综合"], [], figures, charts=[chart], cards=[])
    found = problems(write_report(tmp_path, [TITLE, "一、综合", *lines], [body]))
    assert any("'y2024' is a figure of 2024, under '2023年'" in line for line in found), found


def test_a_heading_that_numbers_itself_gets_no_second_number(tmp_path: Path, qtbot: QtBot) -> None:
    from briefing.model.slides import build_slides
    from briefing.theme import Appearance
    from briefing.views.slides import SlideView

    dataset = load_dataset(plain_report(tmp_path))
    divider = next(s for s in build_slides(dataset.briefing) if s.kind == "section")
    view = SlideView(divider, dataset, Appearance())
    qtbot.addWidget(view)
    view.resize(1280, 720)
    assert "一、综合" in view.texts()
    assert not any(text.startswith("第一部分") for text in view.texts()), "一、 numbers it already"
