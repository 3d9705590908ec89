"""Problems speak the reader's language: every template the model marks for translation has a
Chinese translation with the same fields, every problem a broken dataset can cause renders in
Chinese with the dataset's own text untouched, and English stays what the command line prints."""

from __future__ import annotations

import ast
import json
import re
import shutil
import string
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Callable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

import briefing.model
from briefing.model import DatasetError, Problem, load_dataset
from briefing.model.problems import CONTEXT, MAX_TEXT, VERBATIM, Message
from briefing.model.schema import MAX_CATEGORIES, Briefing
from briefing.model.validation_problems import _expected
from briefing.resources import bundled_dataset
from tests.conftest import EditDataset
from tests.test_bad_input import CASES, FIGURE, IMAGE, RAW_CASES, set_in

ZH_FILE = Path(__file__).resolve().parents[1] / "resources" / "i18n" / "briefing_zh_CN.ts"


def _problems_in_chinese() -> dict[str, str]:
    """The Chinese of every problem template, as the app's Chinese catalogue holds it."""
    found = {}
    for context in ET.parse(ZH_FILE).getroot().iter("context"):
        if context.findtext("name") == CONTEXT:
            for message in context.iter("message"):
                found[message.findtext("source") or ""] = message.findtext("translation") or ""
    return found


ZH: dict[str, str] = _problems_in_chinese()
LINE = "{file}: {path}: {message}"
WITH_EXPECTED = "{line}; expected {expected}"

# English that stays English in a Chinese problem: key names and literals of the format, file
# formats and units.
KEPT_WORDS = {"id", "quote", "derived", "unit", "change", "null", "true", "false", "briefing"}
KEPT_WORDS |= {"kind", "composition", "total", "since"}
KEPT_WORDS |= {"json", "JSON", "UTF", "NUL", "NaN", "MB"}
KEPT_WORDS |= {"PNG", "JPEG", "WebP", "SVG"}  # the names of picture formats

# Marked templates no broken dataset reaches, and why.
UNREACHABLE = {
    # evaluate() is only called once the formula's names are the inputs; _parse lets no
    # other element through
    "the formula uses {name!r}, which is not an input",
    "unexpected element in formula {formula!r}",
    # every model of the format has keys to list
    "no other keys",
    # Path.resolve() on Linux raises only for a link loop (its own words); this is for the
    # errors other systems may raise (a name too long on Windows)
    "the path cannot be used: {reason}",
    # JSON's NaN and Infinity are refused before validation; these are for Python callers
    "a finite number (not NaN or infinity)",
    "got a value of type {kind}",
    # for constraints the format may gain: every pattern has its own words, every minimum is 1
    "text matching the pattern {pattern}",
    "at least {count} characters",
    "at least {count} items",
    # the bundled briefing has no negative figure to put in a composition; the composition
    # tests of tests/test_report_forms.py have articles of their own
    "a part of {value} is negative",
    "parts of zero or more",
    # the bundled article compares every change with the year before
    "the quote compares {token!r} with {base}, not the year before",
    "since: the year it is compared with, as printed",
    "the quote does not compare {token!r} with {since!r}",
    "the year its clause names (比2020年…)",
    # a table with a unit line, and an article repeating a sentence a thousand times: the
    # bundled article has neither; tests/test_report_forms.py has articles of its own
    "{header!r} is not the unit line of the table the quote is in",
    "the nearest unit line (单位：…) above the quoted row",
    "quote starting {start!r} is printed at over {count} places",
    "a sentence the article prints once or a few times",
    # no list of the format has a fixed length since a heading may be whole or in two halves
    "missing item {index}",
    "a list",
    # the bundled article states no fall and nothing unchanged; tests/test_changes.py reaches
    # these with articles of its own
    "the quote says {token!r} fell, but the stored amount is {amount}",
    "the quote says {token!r} stayed the same, but the stored amount is {amount}",
    # a FIFO, device or socket in the folder: the cases here are edits of the JSON, its bytes or
    # its files, made on every platform; tests/test_bad_input.py makes FIFOs where there are any
    "{file!r} is not a regular file",
}


QUOTED_296, QUOTED_SECRET = '"2.96"', '"../secret.svg"'


def place(source: Path, value: str) -> str:
    """``file:line:column`` of where ``value`` (its first occurrence) starts in the file, counted
    as an editor counts: lines and columns from 1, a column in characters."""
    text = source.read_text(encoding="utf-8")
    offset = text.index(value)
    line = text.count("\n", 0, offset) + 1
    return f"{source}:{line}:{offset - text.rfind(chr(10), 0, offset)}"


def zh(context: str, source: str) -> str:
    """A translate function, as QCoreApplication.translate is with the Chinese translation."""
    assert context == CONTEXT
    return ZH.get(source, source)


def marked_templates() -> list[str]:
    """Every template marked with QT_TRANSLATE_NOOP in the model's source, and the pictures'
    warnings (imaging: decoding them needs Qt), as lupdate reads it."""
    templates: list[str] = []
    model = Path(briefing.model.__file__).parent
    for path in [*sorted(model.glob("*.py")), model.parent / "imaging.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id == "QT_TRANSLATE_NOOP"
            ):
                continue
            where = f"{path.name}:{node.lineno}"
            assert len(node.args) == 2, where
            context, text = node.args
            assert isinstance(context, ast.Constant), f"{where}: lupdate needs a literal context"
            assert isinstance(text, ast.Constant), f"{where}: lupdate cannot read a variable"
            if context.value != CONTEXT:  # the model's other words (Figures: the source line)
                continue
            assert isinstance(text.value, str), where
            if text.value not in templates:
                templates.append(text.value)
    return templates


def fields(template: str) -> Counter[tuple[str, str | None, str]]:
    return Counter(
        (name, conversion, spec or "")
        for _, name, spec, conversion in string.Formatter().parse(template)
        if name is not None
    )


def words(template: str) -> set[str]:
    """The English words a template (or translation) writes itself, not those of its fields."""
    literal = " ".join(text for text, *_ in string.Formatter().parse(template))
    return set(re.findall(r"[A-Za-z]{2,}", literal))


def test_every_marked_template_has_a_translation_with_the_same_fields() -> None:
    templates = marked_templates()
    assert len(templates) > 100
    assert [t for t in templates if t not in ZH] == []
    for template in templates:
        assert fields(ZH[template]) == fields(template), template
    assert sorted(set(ZH) - set(templates)) == [], "translations of templates no longer used"


def test_translations_are_chinese() -> None:
    for template, translation in ZH.items():
        assert words(translation) <= KEPT_WORDS, (template, translation)
        if template != LINE:
            assert re.search(r"[\u4e00-\u9fff]", translation), (template, translation)
        # the bundled font holds GB2312 and the characters the app itself uses
        translation.encode("gb2312")


def test_a_problem_renders_in_chinese_and_quotes_the_dataset_as_written(
    dataset_dir: Path,
) -> None:
    source = dataset_dir / "briefing.json"
    data = json.loads(source.read_text(encoding="utf-8"))
    data["title"] = "is not in the article 标题"  # dataset text that looks like the template
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DatasetError) as raised:
        load_dataset(dataset_dir)
    [problem] = raised.value.problems
    where = place(source, '"is not in the article 标题"')
    assert str(problem) == (
        f"{where}: $.title: 'is not in the article 标题' is not in the article; "
        "expected its exact words"
    )
    assert problem.render(zh) == (
        f"{where}: $.title: 'is not in the article 标题' 不在原文中；应为原文的原话"
    )


def test_english_lines_are_the_ones_the_readme_shows(edit_dataset: EditDataset) -> None:
    folder = edit_dataset(set_in((*FIGURE, "value"), "2.96"))
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    assert [str(p) for p in raised.value.problems] == [
        f"{place(folder / 'briefing.json', QUOTED_296)}: $.sections[0].figures[2].value: "
        "got a string '2.96'; expected a number"
    ]
    assert (
        raised.value.problems[0]
        .render(zh)
        .endswith("$.sections[0].figures[2].value: 实际为字符串 '2.96'；应为数字")
    )
    folder = edit_dataset(
        lambda data: (
            set_in((*FIGURE, "value"), 2.96)(data),
            set_in((*IMAGE, "file"), "../secret.svg")(data),
        )
    )
    with pytest.raises(DatasetError) as raised:
        load_dataset(folder)
    assert [str(p) for p in raised.value.problems] == [
        f"{place(folder / 'briefing.json', QUOTED_SECRET)}: $.lead.images[0].file: "
        "'../secret.svg' leaves the dataset folder with '..'; expected a file inside the dataset "
        "folder"
    ]


Breakage = Callable[[Path], object]


def edited(change: Callable[[dict[str, Any]], object]) -> Breakage:
    def apply(folder: Path) -> None:
        source = folder / "briefing.json"
        data = json.loads(source.read_text(encoding="utf-8"))
        change(data)
        source.write_text(json.dumps(data), encoding="utf-8")  # \ud800 stays an escape

    return apply


def written(content: bytes) -> Breakage:
    return lambda folder: (folder / "briefing.json").write_bytes(content)


def raw_value(path: tuple[str | int, ...], text: str) -> Breakage:
    """A value JSON can hold but Python's json.dumps would not write (1e9999999)."""

    def apply(folder: Path) -> None:
        edited(set_in(path, "@@raw@@"))(folder)
        source = folder / "briefing.json"
        source.write_text(source.read_text(encoding="utf-8").replace('"@@raw@@"', text), "utf-8")

    return apply


def sparse(name: str, size: int) -> Breakage:
    def apply(folder: Path) -> None:
        with (folder / name).open("r+b" if (folder / name).exists() else "wb") as file:
            file.truncate(size)

    return apply


def replaced_by_folder(name: str) -> Breakage:
    def apply(folder: Path) -> None:
        (folder / name).unlink()
        (folder / name).mkdir()

    return apply


def link_loop(name: str) -> Breakage:
    def apply(folder: Path) -> None:
        (folder / name).unlink(missing_ok=True)
        (folder / name).symlink_to(folder / f"{name}.loop")
        (folder / f"{name}.loop").symlink_to(folder / name)

    return apply


def image_leading_outside(folder: Path) -> None:
    edited(set_in((*IMAGE, "file"), "images/link.svg"))(folder)
    (folder / "images" / "link.svg").symlink_to(folder.parent)


DERIVED = ("sections", 0, "figures", 13)  # s1-talent-fund-2023: a / (1 + b / 100)
RANK = ("sections", 1, "figures", 0)  # s2-prefecture-innovation-rank: 第…位, lower is better

# Pydantic's error types the schema can produce (found by giving every field of the bundled
# dataset wrong values of every JSON kind), each with one way to cause it.
PYDANTIC_CASES: list[tuple[str, Callable[[dict[str, Any]], object]]] = [
    ("string_type", set_in(("title",), 5)),
    ("string_unicode", set_in(("title",), "\ud800")),
    ("string_too_short", set_in(("title",), "")),
    ("string_too_long", set_in((*FIGURE, "unit"), "元" * 13)),
    ("string_pattern_mismatch", set_in((*FIGURE, "id"), "Fund")),
    ("string_pattern_mismatch", set_in((*DERIVED, "derived", "inputs"), {"A b": "s1-tech-fund"})),
    ("string_pattern_mismatch", set_in((*DERIVED, "derived", "inputs", "a"), "s1.fund")),
    ("int_type", set_in(("year",), "2024")),
    ("int_parsing_size", set_in(("format_version",), 10**30)),
    ("greater_than_equal", set_in(("year",), 1800)),
    ("less_than_equal", set_in(("year",), 3000)),
    ("bool_type", set_in((*DERIVED, "derived", "approximate"), None)),
    ("bool_parsing", set_in((*DERIVED, "derived", "approximate"), 2)),
    ("literal_error", set_in(("format_version",), 2)),
    ("literal_error", set_in((*FIGURE, "better"), "up")),
    ("list_type", set_in(("sections",), {})),
    ("too_short", set_in(("sections",), [])),
    ("too_short", set_in((*DERIVED, "derived", "inputs"), {})),
    ("too_long", set_in(("sections", 0, "charts", 0, "categories"), ["类"] * (MAX_CATEGORIES + 1))),
    ("too_long", set_in(("sections", 0, "heading"), ["一", "二", "三"])),
    ("list_type", set_in(("sections", 0, "heading"), "一")),
    ("dict_type", set_in((*DERIVED, "derived", "inputs"), ["a"])),
    ("model_type", set_in(("lead",), [])),
    ("model_type", set_in((*FIGURE, "change"), False)),
    ("missing", lambda data: data["sections"][0].pop("heading")),
    ("missing", lambda data: data.pop("title")),
    ("extra_forbidden", set_in(("lead", "colour"), "red")),
    ("value_error", set_in((*FIGURE, "value"), True)),
    ("value_error", set_in((*FIGURE, "value"), [2.96])),
    ("value_error", set_in((*FIGURE, "value"), {"value": 2.96})),
    ("value_error", set_in((*FIGURE, "change", "amount"), False)),
]

# Every other way to break a dataset, so that every template is rendered at least once.
BREAKAGES: dict[str, Breakage] = {
    **{f"bad input: {name}": edited(edit) for name, edit, *_ in CASES},
    **{f"unreadable: {name}": written(content) for name, content, *_ in RAW_CASES},
    **{f"{kind}: {i}": edited(edit) for i, (kind, edit) in enumerate(PYDANTIC_CASES)},
    "title not in the article": edited(set_in(("title",), "别的标题")),
    "heading not in the article": edited(set_in(("sections", 0, "heading", 0), "别的")),
    "paragraph not in the article": edited(set_in(("lead", "paragraphs", 0), "另一段话。")),
    "card twice": edited(set_in(("lead", "cards", 1), "lead-best-ecosystem")),
    "printed is another value": edited(set_in((*FIGURE, "printed"), "三亿元")),
    "quote with a line break": edited(set_in((*FIGURE, "quote"), "一\n二")),
    "both quote and derivation": edited(
        set_in((*FIGURE, "derived"), {"formula": "a", "inputs": {"a": "s1-tech-fund"}})
    ),
    "qualifier with two marks": edited(set_in((*RANK, "qualifier"), "第…位…")),
    "qualifier not ending in the unit": edited(set_in((*RANK, "qualifier"), "第…名")),
    "formula that does not parse": edited(set_in((*DERIVED, "derived", "formula"), "a +")),
    "formula with a string": edited(set_in((*DERIVED, "derived", "formula"), "a + 'b'")),
    "formula and inputs disagree": edited(set_in((*DERIVED, "derived", "formula"), "a + c")),
    "input without a change": edited(
        set_in((*DERIVED, "derived", "inputs", "b"), "s1-leader-projects.change")
    ),
    "formula dividing by zero": edited(set_in((*DERIVED, "derived", "formula"), "a / (b - b)")),
    "formula too large": edited(set_in((*DERIVED, "derived", "formula"), "a * 1e999 + b")),
    "grouped bars of one series": edited(
        lambda data: data["sections"][0]["charts"][0]["series"].pop()
    ),
    "more values than categories": edited(
        lambda data: data["sections"][0]["charts"][1]["series"][0]["values"].append("s1-tech-fund")
    ),
    "chart value of another block": edited(
        set_in(("sections", 0, "charts", 1, "series", 0, "values", 0), "lead-best-ecosystem")
    ),
    "rank chart of a figure that is not a rank": edited(
        set_in(("sections", 1, "figures", 0, "better"), "higher")
    ),
    "a number of too many digits": raw_value((*FIGURE, "value"), "1e9999999"),
    "year given as a fraction": raw_value(("year",), "2024.5"),
    "image missing": edited(set_in((*IMAGE, "file"), "images/nowhere.svg")),
    "image is a folder": edited(set_in((*IMAGE, "file"), "images")),
    "image name too long": edited(set_in((*IMAGE, "file"), "images/" + "长" * 240)),
    "image in a link loop": link_loop("images/lead-1-lab-teaching.svg"),
    "image leading outside": image_leading_outside,
    "image damaged": lambda folder: (folder / "images" / "lead-1-lab-teaching.svg").write_bytes(
        b"<svg"
    ),
    "dataset file too large": sparse("briefing.json", 21 * 1024 * 1024),
    "dataset file missing": lambda folder: (folder / "briefing.json").unlink(),
    "dataset file is a folder": replaced_by_folder("briefing.json"),
    "dataset file in a link loop": link_loop("briefing.json"),
    "article too large": sparse("article.txt", 6 * 1024 * 1024),
    "article not UTF-8": lambda folder: (folder / "article.txt").write_bytes(
        "聚才".encode("gb18030")
    ),
    "article is a folder": replaced_by_folder("article.txt"),
}


def problems_of(folder: Path) -> Iterator[Problem]:
    """The problems and the warnings of the dataset in the folder, with those of its pictures
    that cannot be shown (as `briefing validate` gives them)."""
    from briefing.imaging import picture_warnings

    try:
        dataset = load_dataset(folder)
    except DatasetError as error:
        yield from error.problems
        yield from error.warnings
    else:
        yield from dataset.with_warnings(picture_warnings(dataset)).warnings


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Problem]]:
    found: dict[str, list[Problem]] = {}
    for name, breakage in BREAKAGES.items():
        folder = tmp_path_factory.mktemp("broken") / "dataset"
        shutil.copytree(bundled_dataset(), folder)
        for path in [folder, *folder.rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)
        breakage(folder)
        found[name] = list(problems_of(folder))
    return found


def messages(problem: Problem) -> list[Message]:
    return [problem.message] + ([problem.expected] if problem.expected else [])


def is_quoted_value(message: Message) -> bool:
    """An untranslated message may only be a value of the format, such as 1 or 'bars'."""
    return re.fullmatch(r"'[^']*'|[0-9]+", str(message)) is not None


def test_every_problem_a_broken_dataset_causes_renders_in_chinese(
    outcomes: dict[str, list[Problem]],
) -> None:
    for name, problems in outcomes.items():
        assert problems, f"{name}: no problem and no warning"
        for problem in problems:
            where = f"{name}: {problem}"
            chinese = problem.render(zh)
            assert chinese != str(problem), where
            for message in messages(problem):
                if message.template == VERBATIM:
                    assert is_quoted_value(message), where
                    continue
                assert message.template in ZH, where
                assert message.render(zh) != str(message), where
            # What is left in English is the file, the JSON path and what the dataset says.
            template_words = words(LINE) | words(WITH_EXPECTED)
            quoted = [problem.file, problem.path]
            for message in messages(problem):
                template_words |= words(message.template)
                quoted += [text for _, value in message.args for text in (repr(value), value)]
            for text in sorted(quoted, key=len, reverse=True):
                chinese = chinese.replace(text, " ")
            english = set(re.findall(r"[A-Za-z]{2,}", chinese)) & template_words
            assert english <= KEPT_WORDS, f"{where}\n{problem.render(zh)}\nstill English: {english}"


def test_the_broken_datasets_reach_every_template(outcomes: dict[str, list[Problem]]) -> None:
    reached = {LINE, WITH_EXPECTED}
    for problems in outcomes.values():
        reached |= {message.template for problem in problems for message in messages(problem)}
    marked = set(marked_templates())
    assert marked >= UNREACHABLE
    assert sorted(marked - reached) == sorted(UNREACHABLE)


@pytest.mark.parametrize(
    ("kind", "edit"),
    PYDANTIC_CASES,
    ids=[f"{kind}-{i}" for i, (kind, _) in enumerate(PYDANTIC_CASES)],
)
def test_each_pydantic_error_type_is_the_one_its_case_causes(
    kind: str, edit: Callable[[dict[str, Any]], object]
) -> None:
    data = json.loads((bundled_dataset() / "briefing.json").read_text("utf-8"), parse_float=Decimal)
    edit(data)
    with pytest.raises(ValidationError) as raised:
        Briefing.model_validate(data)
    assert kind in {item["type"] for item in raised.value.errors()}


def test_an_unknown_pydantic_error_is_shown_in_pydantic_s_english() -> None:
    message = _expected("a_type_of_a_later_pydantic", {}, ("title",), "Input should be shiny")
    assert message.template == VERBATIM
    assert message.render(zh) == "shiny"


def test_a_faulty_translation_falls_back_to_english() -> None:
    message = Message("{passage!r} is not in the article", passage="聚才")
    for faulty in ("{nope} 不在原文中", "{passage!r 不在原文中", "{0}", ""):

        def translate(_context: str, _source: str, translation: str = faulty) -> str:
            return translation

        assert message.render(translate) == str(message)


def test_messages_are_values_and_are_clipped() -> None:
    long = Message("quote starting {start!r} is not in the article", start="长" * 5000)
    assert len(str(long)) <= MAX_TEXT
    assert len(long.render(zh)) <= MAX_TEXT
    assert all(len(value) <= MAX_TEXT for _, value in long.args)
    problem = Problem("f.json", "$." + "a" * 1000, Message("got null"), Message("a number"))
    assert len(problem.path) <= MAX_TEXT
    same = Problem("f.json", "$." + "a" * 1000, Message("got null"), Message("a number"))
    assert problem == same
    assert len({problem, same}) == 1


def test_qt_finds_the_translations_under_the_context_the_model_passes(qapp: Any) -> None:
    """The app's compiled Chinese catalogue, looked up through Qt with the model's context."""
    from PySide6.QtCore import QCoreApplication

    from briefing import i18n

    i18n.install("zh")
    try:
        problem = Problem(
            "briefing.json",
            "$.sections[0].figures[2].qualifier",
            Message(
                "unknown qualifier {qualifier!r}; expected one of {known} or a form like 第…位",
                qualifier="大约",
                known="余, 多",
            ),
            Message("a qualifier as printed"),
        )
        assert problem.render(QCoreApplication.translate) == (
            "briefing.json: $.sections[0].figures[2].qualifier: 未知的修饰词 '大约'；应为 余, 多 "
            "之一，或“第…位”这样的形式；应为与原文一致的修饰词"
        )
    finally:
        i18n.install("en")
    assert problem.render(QCoreApplication.translate) == str(problem)
    i18n.install("zh")
