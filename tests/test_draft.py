"""`briefing draft`: a report's plain text to a dataset that validates with no edits, every
number of it a figure or listed, in any of the encodings reports come in."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections import Counter
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefing.authoring import (
    NOTES_FILE,
    Draft,
    DraftError,
    decode_article,
    draft_text,
    numbers,
    write_draft,
)
from briefing.authoring import folder as draft_folder
from briefing.authoring.headings import heading_level
from briefing.authoring.words import NAME, YEAR
from briefing.cli import main
from briefing.model import Dataset, load_dataset
from briefing.model.formatting import change_token, format_figure
from briefing.resources import bundled_dataset

DIGITS = re.compile(r"[0-9]+(?:[,，][0-9]{3})*(?:\.[0-9]+)?")

# 统计公报: one-part headings, declines, 百分点, thousands separators, Chinese numerals, notes.
BULLETIN = """某市2024年国民经济和社会发展统计公报

某市统计局

2025年3月18日

一、综合

初步核算，全年全市地区生产总值6,123.5亿元，按不变价格计算，比上年增长5.8%。其中，第一产业增加值215.3亿元，增长4.1%；第二产业增加值3,012.6亿元，增长6.9%；第三产业增加值2,895.6亿元，增长4.7%。三次产业结构为3.5∶49.2∶47.3。

年末全市常住人口321.5万人，比上年末减少0.8万人。其中，城镇常住人口235.6万人，占常住人口比重为73.3%，比上年末提高0.6个百分点。全年出生人口2.1万人，出生率为6.5‰。

全年城镇新增就业4.6万人。年末城镇登记失业率为3.2%，比上年下降0.3个百分点。全年居民消费价格比上年上涨0.4%。

二、农业

全年粮食种植面积512.3万亩，比上年增加3.2万亩。粮食总产量41,541万公斤，增长2.6%。其中，夏粮产量12,345万公斤，下降1.8%；秋粮产量29,196万公斤，增长4.5%。

全年猪牛羊禽肉产量18.6万吨，下降53.4%。规模养殖比重超过三成。

三、工业和建筑业

全年规模以上工业增加值比上年增长7.2%。规模以上工业企业实现利润总额412.8亿元，下降12.5%。全市拥有规模以上工业企业1,208家，比上年增加36家。

全年建筑业总产值两千三百亿元，增长两倍。

四、固定资产投资

全年固定资产投资比上年下降3.6%。其中，工业投资增长8.9%，基础设施投资下降11.2%。全年新开工项目十二个，施工项目是上年的两倍。

五、人民生活

全年全体居民人均可支配收入41,541元，比上年增长5.1%。城镇居民人均可支配收入52,310元，增长4.3%；农村居民人均可支配收入23,456元，增长6.8%。年末全市共有养老机构86个，床位1.2万张。

注：1.公报中部分数据为初步统计数。2.地区生产总值按现价计算，增长速度按不变价格计算。
"""

# 政府工作报告: a subtitle line, numbered headings over （一） paragraphs, targets, a document
# number and a plan period.
WORK_REPORT = """政府工作报告

——2025年1月15日在某市第十届人民代表大会第五次会议上

市长  张三

各位代表：

现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出意见。

一、2024年工作回顾

过去一年，全市经济运行稳中有进。地区生产总值突破3000亿元，增长6.2%，增速居全省第2位。一般公共预算收入完成218.6亿元，同比增长9.1%。城乡居民收入增长快于经济增长。

（一）坚持项目为王，有效投资持续扩大。实施重点项目326个，完成投资1,560亿元。新增“四上”企业312家。

（二）坚持创新驱动，发展动能加快转换。高新技术企业达到580家，比上年增长22%。研发经费投入强度提高到2.8%。全市科技创新指数排名跃升至全省第三位，较上年前进2位。

二、2025年工作安排

今年经济社会发展的主要预期目标是：地区生产总值增长6%左右，城镇新增就业5万人以上，城镇调查失业率控制在5.5%以内，居民消费价格涨幅3%左右。

重点抓好以下工作：

（一）扩大有效需求。全年实施重点项目350个以上，完成投资1,600亿元。

（二）深化改革开放。落实“十四五”规划收官任务，推进国发〔2024〕12号文件落地见效。
"""

# A news report: plain one-part headings, no blank lines, 近/超过/突破, ranks up and 前十名.
NEWS = """高新区2024年发展成就报告
□记者 李四
这一年，高新区交出了一份亮眼的成绩单。
科技创新
全区研发经费投入12.6亿元，较上年增长18.5%，研发投入强度达到4.2%，比上年提高0.3个百分点。
新增国家级专精特新“小巨人”企业5家，高新技术企业超过600家，科技型中小企业近900家。
在全国高新区综合排名中位列第28位，比上年上升3位；营商环境评价位居全省前十名。
开放合作
全年实际利用外资1.8亿美元，下降6.2%。进出口总额突破百亿元，达到105.3亿元。
新开通国际货运航线两条，中欧班列开行320列。
民生保障
城镇新增就业1.1万人，新建保障性住房2,400套。新改扩建中小学十二所，新增学位8,600个。
全区森林覆盖率为35.2 %，城镇化率达到百分之六十。
"""

ARTICLES = {"bulletin": BULLETIN, "work-report": WORK_REPORT, "news": NEWS}


def written(text: str, folder: Path, name: str = "article") -> tuple[Draft, Dataset]:
    draft = draft_text(text, name=name)
    return draft, write_draft(draft, folder)


def stated(dataset: Dataset) -> list[Any]:
    return [f for f in dataset.briefing.figures().values() if f.quote is not None]


def figure_with(dataset: Dataset, printed: str) -> Any:
    """The figure whose sentence prints it as ``printed`` (2.96亿元, 十二个)."""
    (found,) = [f for f in stated(dataset) if format_figure(f) == printed]
    return found


# The bundled article against the hand-made dataset


def test_the_bundled_article_drafts_every_figure_of_the_hand_made_dataset(tmp_path: Path) -> None:
    folder = bundled_dataset()
    hand = json.loads((folder / "briefing.json").read_text("utf-8"), parse_float=Decimal)
    text = decode_article((folder / "article.txt").read_bytes())
    _, dataset = written(text, tmp_path / "draft")
    drafted = stated(dataset)
    hand_blocks = [hand["lead"], *hand["sections"]]
    expected = [f for block in hand_blocks for f in block["figures"] if "derived" not in f]
    assert len(expected) == 63
    for figure in expected:
        matches = [d for d in drafted if d.quote == figure["quote"] and _same(d, figure)]
        assert matches, f"{figure['id']}: {figure['value']}{figure['unit']} not drafted"
    assert [list(s.heading) for s in dataset.briefing.sections] == [
        s["heading"] for s in hand["sections"]
    ]
    for block, (_, mine) in zip(hand_blocks, dataset.briefing.blocks(), strict=True):
        assert set(block["paragraphs"]) <= set(mine.paragraphs)


def _same(drafted: Any, figure: dict[str, Any]) -> bool:
    """Value, unit, qualifier and change as the hand-made dataset has them; its rate stated
    with no level (硕博研究生引进数量增长40%: value 40, unit %) is, in the draft, a figure
    that is only its change."""
    value = Decimal(figure["value"])
    if drafted.value is None and drafted.change is not None:
        change = drafted.change
        return figure["unit"] == "%" and change.kind == "percent" and change.amount == value
    if drafted.value != value or drafted.unit != figure["unit"]:
        return False
    if drafted.qualifier != figure.get("qualifier"):
        return False
    change = figure.get("change")
    if change is None:
        return drafted.change is None
    return drafted.change is not None and (drafted.change.kind, drafted.change.amount) == (
        change["kind"],
        Decimal(change["amount"]),
    )


def test_the_bundled_article_charts_what_the_text_supports(tmp_path: Path) -> None:
    text = decode_article((bundled_dataset() / "article.txt").read_bytes())
    draft, dataset = written(text, tmp_path / "draft")
    charts = {chart.kind for chart in dataset.briefing.charts()}
    assert {"grouped_bars", "rank_change"} <= charts
    derived = [f for f in dataset.briefing.figures().values() if f.derived]
    assert derived
    assert all("推算" in f.label for f in derived)
    for _, block in dataset.briefing.blocks():
        assert len(block.cards) <= 8
    assert dataset.briefing.lead.cards  # 前50强 and 第34位
    reasons = Counter(item.reason for item in draft.skipped)
    assert reasons[YEAR] >= 10
    assert reasons[NAME] >= 3
    assert not [item for item in draft.skipped if item.unread]


# Reports written here, in the styles of 统计公报, 政府工作报告 and a news report


@pytest.mark.parametrize("name", ARTICLES)
def test_every_number_is_a_figure_or_listed(name: str, tmp_path: Path) -> None:
    """Each number printed in digits is, exactly once, a figure's value or change, or on the
    list of what was skipped (and why) or is left for the author to read."""
    text = ARTICLES[name]
    draft, dataset = written(text, tmp_path / name, name)
    accounted: Counter[str] = Counter()
    for figure in stated(dataset):
        if figure.value is not None:
            accounted.update(DIGITS.findall(format_figure(figure)))
        if figure.change is not None:
            accounted.update(DIGITS.findall(change_token(figure.change)))
    for item in draft.skipped:
        accounted.update(DIGITS.findall(item.number))
    assert accounted == Counter(DIGITS.findall(text))
    assert all(item.reason for item in draft.skipped)
    assert load_dataset(tmp_path / name).briefing == dataset.briefing


def test_a_bulletin_reads_declines_points_separators_and_chinese_numerals(tmp_path: Path) -> None:
    draft, dataset = written(BULLETIN, tmp_path / "bulletin")
    assert [tuple(s.heading) for s in dataset.briefing.sections][:2] == [
        ("一、综合",),
        ("二、农业",),
    ]
    assert dataset.briefing.title == "某市2024年国民经济和社会发展统计公报"
    assert dataset.briefing.year == 2024
    pork = figure_with(dataset, "18.6万吨")
    assert pork.change.amount == Decimal("-53.4")
    unemployment = figure_with(dataset, "3.2%")
    assert (unemployment.better, unemployment.change.amount, unemployment.change.unit) == (
        "lower",
        Decimal("-0.3"),
        "个百分点",
    )
    grain = figure_with(dataset, "41,541万公斤")
    assert grain.value == 41541
    assert figure_with(dataset, "十二个").value == 12
    assert figure_with(dataset, "两倍").value == 2
    assert figure_with(dataset, "两千三百亿元").value == 2300
    share = figure_with(dataset, "超过三成")
    assert (share.value, share.unit, share.qualifier) == (3, "成", "超过")
    population = figure_with(dataset, "321.5万人")
    assert (population.change.kind, population.change.amount) == ("absolute", Decimal("-0.8"))
    # A rate with no level is a figure that is only its change.
    (investment,) = [f for f in stated(dataset) if f.label == "固定资产投资"]
    assert investment.value is None
    assert investment.change.amount == Decimal("-3.6")
    unread = [item for item in draft.skipped if item.unread]
    assert [item.sentence for item in unread] == ["全年建筑业总产值两千三百亿元，增长两倍。"]
    assert not any(image for _, block in dataset.briefing.blocks() for image in block.images)


def test_a_bulletin_charts_growth_and_parts_of_a_whole(tmp_path: Path) -> None:
    _, dataset = written(BULLETIN, tmp_path / "bulletin")
    kinds = Counter(chart.kind for chart in dataset.briefing.charts())
    assert kinds["grouped_bars"]
    assert kinds["horizontal_bars"]  # 常住人口, 其中城镇常住人口: a part, not all of them
    compositions = {c.title: c.total for c in dataset.briefing.charts() if c.kind == "composition"}
    gdp = figure_with(dataset, "6,123.5亿元")
    assert compositions["全市地区生产总值"] == gdp.id  # 215.3 + 3,012.6 + 2,895.6
    assert compositions["三次产业结构"] is None  # 3.5∶49.2∶47.3, adding up to 100
    structure = next(c for c in dataset.briefing.charts() if c.title == "三次产业结构")
    assert structure.categories == ["第一产业", "第二产业", "第三产业"]
    section = next(s for s in dataset.briefing.sections if structure in s.charts)
    assert not set(structure.series[0].values) & set(section.cards), "a bare 3.5 is no card"
    figures = dataset.briefing.figures()
    for chart in dataset.briefing.charts():
        units = {figures[v].unit for series in chart.series for v in series.values}
        assert units == {chart.unit}
        drawn = [figures[v] for series in chart.series for v in series.values]
        assert all(f.quote or f.derived for f in drawn)  # never a number of its own


def test_a_work_report_reads_ranks_targets_and_skips_names(tmp_path: Path) -> None:
    draft, dataset = written(WORK_REPORT, tmp_path / "report")
    briefing = dataset.briefing
    assert briefing.subtitle == "2025年1月15日在某市第十届人民代表大会第五次会议上"
    assert briefing.publisher_line == "市长 张三"
    assert [tuple(s.heading) for s in briefing.sections] == [
        ("一、2024年工作回顾",),
        ("二、2025年工作安排",),
    ]
    rank = figure_with(dataset, "第三位")
    assert (rank.value, rank.better, rank.change.kind, rank.change.amount) == (
        3, "lower", "places", -2,
    )  # fmt: skip
    assert figure_with(dataset, "突破3000亿元").change.amount == Decimal("6.2")
    skipped = {item.number: item.reason for item in draft.skipped}
    assert skipped["十四五"] == "a plan period (十四五)"
    assert skipped["12"] == "a document number"
    assert any(chart.kind == "rank_change" for chart in briefing.charts())


def test_a_news_report_has_plain_headings_and_qualifiers(tmp_path: Path) -> None:
    draft, dataset = written(NEWS, tmp_path / "news")
    assert [tuple(s.heading) for s in dataset.briefing.sections] == [
        ("科技创新",),
        ("开放合作",),
        ("民生保障",),
    ]
    assert figure_with(dataset, "近900家").qualifier == "近"
    assert figure_with(dataset, "突破百亿元").value == 100
    assert figure_with(dataset, "前十名").qualifier == "前…名"
    assert figure_with(dataset, "第28位").change.amount == -3
    assert figure_with(dataset, "35.2%").label == "全区森林覆盖率"  # printed 35.2 %
    (unread,) = [item for item in draft.skipped if item.unread]
    assert (unread.number, unread.reason) == ("百分之六十", "a percentage in words (百分之…)")


def test_a_report_without_a_title_is_named_by_its_file(tmp_path: Path) -> None:
    text = NEWS.split("\n", 1)[1]  # from the byline on
    _, dataset = written(text, tmp_path / "draft", "高新区报告")
    briefing = dataset.briefing
    assert (briefing.title, briefing.title_supplied) == ("高新区报告", True)
    assert briefing.publisher_line == "记者 李四"
    assert briefing.lead.paragraphs == ["这一年，高新区交出了一份亮眼的成绩单。"]


def test_heading_levels() -> None:
    assert heading_level("一、综合") == 1
    assert heading_level("（二）农业") == 2
    assert heading_level("强化“首位战略”设计 破解人才困局") == 3
    assert heading_level("（一）坚持项目为王，有效投资持续扩大。实施重点项目326个。") is None
    assert heading_level("2025年3月18日") is None
    assert heading_level("全年城镇新增就业4.6万人。") is None


# Encodings and line ends


@pytest.mark.parametrize(
    "encode",
    [
        lambda text: text.encode("gb18030"),
        lambda text: "\ufeff".encode() + text.encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("utf-8"),
        lambda text: text.replace("\n", "\r\n").encode("gb18030"),
    ],
    ids=["gb18030", "utf-8 bom", "crlf", "gb18030 crlf"],
)
def test_encodings_and_line_ends_draft_alike(encode: Any, tmp_path: Path) -> None:
    text = decode_article(encode(NEWS))
    assert text == NEWS
    draft, _ = written(text, tmp_path / "draft")
    assert draft.document == draft_text(NEWS).document
    assert (tmp_path / "draft" / "article.txt").read_bytes() == NEWS.encode("utf-8")


def test_the_command_reads_gb18030_and_writes_utf8(tmp_path: Path) -> None:
    source = tmp_path / "report.txt"
    source.write_bytes(BULLETIN.replace("\n", "\r\n").encode("gb18030"))
    assert main(["draft", str(source), "--out", str(tmp_path / "out"), "--lang", "en"]) == 0
    assert load_dataset(tmp_path / "out").article.raw == BULLETIN


# The command


def test_draft_command_end_to_end(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "briefing", "draft", str(bundled_dataset() / "article.txt"),
         "--out", str(out), "--lang", "en"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    first = result.stdout.splitlines()[0]
    assert re.fullmatch(
        rf"drafted: {re.escape(str(out))}: 3 sections, \d+ figures \(\d+ derived\), "
        r"\d+ cards, \d+ charts; \d+ numbers skipped, 0 to check",
        first,
    ), first
    assert "skipped: 0477 in: " in result.stdout
    assert sorted(p.name for p in out.iterdir()) == ["article.txt", "briefing.json", NOTES_FILE]
    notes = (out / NOTES_FILE).read_text("utf-8")
    assert "(a code (it starts with 0))" in notes
    validated = subprocess.run(
        [sys.executable, "-m", "briefing", "validate", str(out), "--lang", "en"],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert validated.returncode == 0, validated.stdout


def test_draft_refuses_a_folder_that_is_not_empty_unless_forced(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "report.txt"
    source.write_text(NEWS, "utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("mine", "utf-8")
    assert main(["draft", str(source), "--out", str(out), "--lang", "en"]) == 1
    assert "is not empty; nothing written (--force writes into it)" in capsys.readouterr().err
    assert [p.name for p in out.iterdir()] == ["keep.txt"]
    assert main(["draft", str(source), "--out", str(out), "--lang", "en", "--force"]) == 0
    assert (out / "keep.txt").read_text("utf-8") == "mine"
    load_dataset(out)
    empty = tmp_path / "empty"
    empty.mkdir()
    assert main(["draft", str(source), "--out", str(empty), "--lang", "en"]) == 0


def test_draft_says_why_it_cannot_read(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    missing = tmp_path / "missing.txt"
    assert main(["draft", str(missing), "--out", str(tmp_path / "out"), "--lang", "en"]) == 1
    assert "briefing draft: cannot read" in capsys.readouterr().err
    garbage = tmp_path / "garbage.txt"
    garbage.write_bytes(b"\xff\xfe\xff\x00\x81")
    assert main(["draft", str(garbage), "--out", str(tmp_path / "out"), "--lang", "en"]) == 1
    assert "is neither UTF-8 nor GB18030 text" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_an_empty_article_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "empty.txt"
    source.write_bytes(b"\xef\xbb\xbf\r\n \r\n")
    assert main(["draft", str(source), "--out", str(tmp_path / "out"), "--lang", "en"]) == 1
    assert capsys.readouterr().err == "briefing draft: the article has no text\n"
    assert not (tmp_path / "out").exists()


# Written whole or not at all, checked by the loader


def test_nothing_is_left_when_writing_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = []

    def failing(path: Path, data: bytes) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        path.write_bytes(data)

    monkeypatch.setattr(draft_folder, "_write", failing)
    with pytest.raises(DraftError) as raised:
        write_draft(draft_text(NEWS), tmp_path / "out")
    assert raised.value.template == draft_folder.CANNOT_WRITE
    assert list(tmp_path.iterdir()) == []


def test_a_figure_the_validator_refuses_is_taken_out_and_listed(tmp_path: Path) -> None:
    draft = draft_text(NEWS)
    section = draft.document["sections"][0]
    wrong = section["figures"][0]
    wrong["value"] = Decimal("99.9")  # the sentence prints 12.6亿元
    dataset = write_draft(draft, tmp_path / "out")
    assert wrong["id"] not in dataset.briefing.figures()
    assert wrong["id"] not in dataset.briefing.sections[0].cards
    refused = [item for item in draft.skipped if item.reason == draft_folder.REFUSED]
    assert [item.number for item in refused] == ["99.9亿元"]
    assert refused[0].unread
    assert refused[0].problem is not None
    assert draft.counts()["figures"] == len(dataset.briefing.figures())


def test_a_draft_that_cannot_be_made_valid_writes_nothing(tmp_path: Path) -> None:
    draft = draft_text(NEWS)
    draft.document["sections"][0]["heading"] = ["这不是原文的标题"]
    with pytest.raises(DraftError):
        write_draft(draft, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


_LINES = [line for text in ARTICLES.values() for line in text.splitlines()]
_CHARACTERS = (
    "0123456789,.，。、；：%％‰第前余多超近约突破增长下降提升位名家个百分点翻了一番两三十百千万亿元"
    "“”《》〔〕()（）—+ 　年月日号其中比上年较分别"
)


@pytest.mark.fuzz
@settings(
    max_examples=40, deadline=None, database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)  # fmt: skip
@given(
    st.lists(
        st.one_of(st.sampled_from(_LINES), st.text(alphabet=_CHARACTERS, max_size=80)),
        min_size=1,
        max_size=30,
    )
)
def test_any_text_drafts_a_valid_dataset(tmp_path: Path, lines: list[str]) -> None:
    """Lines of reports in any order, and any mixture of digits, units and direction words:
    the draft validates (the loader's check is the last step of writing) or, with no text at
    all, is refused."""
    text = "\n".join(lines)
    out = Path(tempfile.mkdtemp(dir=tmp_path)) / "out"  # a folder of its own for each example
    if not text.strip():
        with pytest.raises(DraftError):
            draft_text(text)
        return
    draft = draft_text(text)
    dataset = write_draft(draft, out)
    assert draft.counts()["figures"] == len(dataset.briefing.figures())


# What a reviewer found drafted wrong: each number is drafted as printed, or listed to check


def _one_section(*sentences: str) -> str:
    return "标题\n一、综合\n" + "\n".join(sentences) + "\n"


def _unread(draft: Draft) -> dict[str, str]:
    return {item.number: item.reason for item in draft.skipped if item.unread}


def test_a_minus_sign_is_part_of_its_number(tmp_path: Path) -> None:
    text = _one_section(
        "全年地区生产总值6,123.5亿元，比上年增长-2.3%。",
        "全年净利润-3.2亿元。",
        "全年最低气温−5℃。",
        "全市企业120家，比上年减少-5家。",
    )
    draft, dataset = written(text, tmp_path / "out")
    figures = stated(dataset)
    gdp = figure_with(dataset, "6,123.5亿元")
    assert gdp.change is None  # never ↑2.3%, nor a 上年 value derived from it
    assert not [f for f in dataset.briefing.figures().values() if f.derived]
    assert _unread(draft)["-2.3%"] == numbers.UNREAD_SIGNED
    assert _unread(draft)["-5"] == numbers.UNREAD_SIGNED  # 减少-5家: as unclear
    assert figure_with(dataset, "120家").change is None
    profit = next(f for f in figures if f.value == Decimal("-3.2"))
    assert (profit.unit, profit.label) == ("亿元", "净利润")
    cold = next(f for f in figures if f.unit == "℃")
    assert cold.value == -5


def test_a_number_with_a_space_inside_is_listed_whole(tmp_path: Path) -> None:
    text = _one_section("全年粮食产量41 541万吨。", "全年发电量1 234.5亿千瓦时。")
    draft, dataset = written(text, tmp_path / "out")
    assert not stated(dataset)  # never 541万吨 or 234.5亿千瓦时
    assert _unread(draft) == {"41 541": numbers.UNREAD_SPACED, "1 234.5": numbers.UNREAD_SPACED}


def test_a_chinese_numeral_past_wan_is_never_split(tmp_path: Path) -> None:
    text = _one_section(
        "全年新增就业三万五千人。", "新增城镇就业一万二千人。", "新增岗位十二万三千个。"
    )
    draft, dataset = written(text, tmp_path / "out")
    for figure in stated(dataset):  # read whole (35000人) if the format can say it, else listed
        assert format_figure(figure) in {"三万五千人", "一万二千人", "十二万三千个"}
        assert figure.value in {35000, 12000, 123000}
    listed = {
        number for number, reason in _unread(draft).items() if reason == numbers.UNREAD_COMPOUND
    }
    assert listed | {format_figure(f)[:-1] for f in stated(dataset)} == {
        "三万五千",
        "一万二千",
        "十二万三千",
    }


@pytest.mark.parametrize(
    ("sentence", "listed"),
    [
        ("城镇新增就业3万人以上。", "3万人以上"),
        ("城镇调查失业率控制在5.5%以内。", "5.5%以内"),
        ("地区生产总值增长5.5%以上。", "5.5%以上"),
        ("全年规模以上工业企业利润总额下降30%以上。", "30%以上"),
        ("地区生产总值增长6.5%左右。", "6.5%左右"),
    ],
)
def test_a_bound_is_listed_not_drafted_bare(sentence: str, listed: str, tmp_path: Path) -> None:
    draft, dataset = written(_one_section(sentence), tmp_path / "out")
    assert not stated(dataset)
    assert _unread(draft) == {listed: numbers.UNREAD_BOUND}


def test_a_change_belongs_to_a_figure_of_its_own_clause(tmp_path: Path) -> None:
    draft, dataset = written(
        _one_section("外贸进出口总额增长两成，实际使用外资翻两番。"), tmp_path / "o"
    )
    (capital,) = stated(dataset)
    assert (capital.label, capital.value, capital.change.printed) == (
        "实际使用外资",
        None,
        "翻两番",
    )
    assert not [f for f in dataset.briefing.figures().values() if f.derived]
    assert _unread(draft) == {"两成": numbers.UNREAD_CHANGE_WORDS}  # 增长两成 is a change


def test_labels_hold_no_other_figure(tmp_path: Path) -> None:
    text = _one_section(
        "城乡居民收入分别增长5.5%、7.2%，分别达到4.3万元、2.2万元。",
        "全年旅客运输量下降12.3%，其中铁路下降5.6%、公路下降15.1%。",
        "推进3—5个百亿级项目。",
        "全年PM2.5平均浓度下降12.5%。",
    )
    _, dataset = written(text, tmp_path / "out")
    figures = stated(dataset)
    for figure in figures:  # PM2.5 names a pollutant: it is no figure
        assert not re.search(r"[0-9]", figure.label.replace("PM2.5", "")), figure.label
    urban, rural = figure_with(dataset, "4.3万元"), figure_with(dataset, "2.2万元")
    assert (urban.label, urban.change.amount) == ("城乡居民收入", Decimal("5.5"))
    assert (rural.label, rural.change.amount) == ("城乡居民收入", Decimal("7.2"))
    road = next(f for f in figures if f.change and f.change.amount == Decimal("-15.1"))
    assert road.label == "公路"
    assert not [f for f in figures if f.unit == "亿"]  # 百亿级 names the projects
    pm = next(f for f in figures if "浓度" in f.label)
    assert pm.better == "lower"


def test_the_base_of_a_change_is_its_own_clause(tmp_path: Path) -> None:
    text = _one_section(
        "全县工业总产值600亿元，比2020年增长50%；税收收入同比增长3%。",
        "全年居民人均可支配收入3.6万元，比上年增长5.3%；其中城镇居民4.8万元，增长4.9%。",
        "全县粮食播种面积120万亩，下降0.4%。",
        "全县人口80万人，同2020年相比增加5万人；常住人口65万人，同2020年相比增长3%。",
    )
    draft, dataset = written(text, tmp_path / "out")
    output = figure_with(dataset, "600亿元")
    # Against 2020 (shown 较2020年, never 较上年), and no value of the year before derived.
    assert (output.change.amount, output.change.since) == (Decimal(50), "2020年")
    derived = [f for f in dataset.briefing.figures().values() if f.derived]
    assert not [f for f in derived if f.derived.inputs["a"] == output.id]
    (tax,) = [f for f in stated(dataset) if f.label == "税收收入"]
    assert (tax.change.amount, tax.change.since) == (Decimal(3), None)
    befores = {f.derived.inputs["a"]: f.label for f in derived}
    # A clause that names no base has the base of the change before it in the sentence.
    assert "（上年，推算）" in befores[figure_with(dataset, "3.6万元").id]
    assert "（上年，推算）" in befores[figure_with(dataset, "4.8万元").id]
    assert "（变化前，推算）" in befores[figure_with(dataset, "120万亩").id]
    # 同2020年相比: a base the format cannot state is listed.
    assert _unread(draft) == {"5万人": numbers.UNREAD_OTHER_YEAR, "3%": numbers.UNREAD_OTHER_YEAR}
    assert figure_with(dataset, "80万人").change is None
    assert figure_with(dataset, "65万人").change is None


def test_a_long_sentence_drafts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """4,000 clauses in one sentence draft (their cost grows with the text, not its square:
    bench/bench_draft.py measures it), and the list shows each number with the words around
    it, not the whole sentence 4,000 times."""
    text = _one_section("全年增长3.5%，" * 4000 + "全年新增就业3.6万人。")
    draft = draft_text(text)
    assert draft.counts()["skipped"] == 4000
    assert draft.counts()["figures"] == 1  # 3.6万人, refused when written: too long a quote
    source = tmp_path / "long.txt"
    source.write_text(text, "utf-8")
    assert main(["draft", str(source), "--out", str(tmp_path / "out"), "--lang", "en"]) == 0
    notes = (tmp_path / "out" / NOTES_FILE).read_text("utf-8").splitlines()
    skipped = [line for line in notes if line.startswith("skipped: ")]
    assert len(skipped) == 4000
    assert all("3.5%" in line.partition(" in: ")[2] for line in skipped)  # in its excerpt
    assert max(len(line) for line in notes) < 500
    assert max(len(line) for line in capsys.readouterr().out.splitlines()) < 300


def test_a_draft_too_large_to_load_is_refused_in_the_ui_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "long.txt"
    source.write_text(_one_section("全年新增就业3.6万人" * 3000), "utf-8")  # 3,000 quotes of it
    assert main(["draft", str(source), "--out", str(tmp_path / "out"), "--lang", "zh"]) == 1
    error = capsys.readouterr().err
    assert "MB" in error
    message = error.removeprefix("briefing draft").replace("MB", "")  # the command's name
    assert not re.search(r"[A-Za-z]{2,}", message), error  # no English in it
    assert not (tmp_path / "out").exists()


def test_figures_sharing_a_joined_label_take_one_name_each(tmp_path: Path) -> None:
    text = "某市人才发展报告\n\n一、总量\n全市人才总量和高层次人才分别达到51.3万人、5.5万人。\n"
    _, dataset = written(text, tmp_path / "joined")
    labels = {format_figure(f): f.label for f in stated(dataset)}
    assert labels["51.3万人"] == "全市人才总量"
    assert labels["5.5万人"] == "高层次人才"
