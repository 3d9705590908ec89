"""Editing is a loop, not a restart: the window shows what is saved on disk within a second, on
the same tab and at the same scroll position; a dataset saved broken leaves the last valid
briefing on screen and lists its problems, with line and column, until it is fixed."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from briefing import i18n
from briefing.viewer.main_window import MainWindow
from briefing.viewer.problems_panel import LINE_ROLE, ProblemsPanel
from briefing.views.stat_card import StatCard

MakeWindow = Callable[..., MainWindow]
SOON = 3000  # ms: the window reloads within a second; a loaded test machine gets some slack
RANK, RANK_LATER = "第34位", "第35位"  # the lead's card of the city's rank, and an edit of it


@pytest.fixture(autouse=True)
def chinese() -> Iterator[None]:
    """The UI in Chinese, as the app starts (the problems' templates are English until then)."""
    before = i18n.current()
    i18n.install("zh")
    yield
    i18n.install(before)


def card(window: MainWindow, figure_id: str) -> StatCard:
    for page in window.pages:
        for found in page.cards:
            if found.figure.id == figure_id:
                return found
    raise LookupError(figure_id)


def shown(window: MainWindow, figure_id: str) -> str:
    try:
        return card(window, figure_id).shown_value()
    except (LookupError, RuntimeError):  # not built yet, or its page just replaced
        return ""


def save_by_rename(path: Path, text: str) -> None:
    """As most editors save: a new file beside the old one, renamed over it."""
    temporary = path.with_name(f".{path.name}.saving")
    temporary.write_text(text, encoding="utf-8")
    temporary.replace(path)


def edit(path: Path, old: str, new: str, *, rename: bool = True) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    if rename:
        save_by_rename(path, text.replace(old, new))
    else:
        path.write_text(text.replace(old, new), encoding="utf-8")


def change_rank(folder: Path, *, rename: bool) -> None:
    """The lead's rank 34 → 35 in the article and the dataset (its value and its quote)."""
    edit(folder / "article.txt", RANK, RANK_LATER, rename=rename)
    source = folder / "briefing.json"
    edit(source, RANK, RANK_LATER, rename=rename)
    edit(source, '"value": 34,', '"value": 35,', rename=rename)


def scroll_down(window: MainWindow, qtbot: QtBot, tab: int) -> int:
    window.set_tab(tab)
    page = window.tabs.page(tab)
    assert page is not None
    bar = page.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400)
    bar.setValue(400)
    return bar.value()


def place(window: MainWindow) -> tuple[int, int]:
    page = window.tabs.page(window.tabs.currentIndex())
    return window.tabs.currentIndex(), page.verticalScrollBar().value() if page else -1


def panel(window: MainWindow) -> ProblemsPanel | None:
    return window.findChild(ProblemsPanel)


def panel_shown(window: MainWindow) -> bool:
    found = panel(window)
    return found is not None and found.isVisible()


@pytest.mark.parametrize("rename", [True, False], ids=["saved-by-rename", "written-in-place"])
def test_a_value_changed_on_disk_is_shown_on_the_same_tab_and_scroll(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path, rename: bool
) -> None:
    window = make_window(dataset_dir)
    assert shown(window, "lead-attraction-rank") == RANK
    scroll = scroll_down(window, qtbot, 0)
    change_rank(dataset_dir, rename=rename)
    qtbot.waitUntil(lambda: shown(window, "lead-attraction-rank") == RANK_LATER, timeout=SOON)
    qtbot.waitUntil(lambda: place(window) == (0, scroll), timeout=SOON)
    assert not panel_shown(window)
    bar = window.statusBar()
    assert bar.isVisible()
    assert bar.currentMessage() == "已重新载入"
    # a second edit is seen too: every file is watched again after each change
    edit(dataset_dir / "briefing.json", "人才吸引力（全国地级城市）", "吸引力排名", rename=rename)
    qtbot.waitUntil(
        lambda: card(window, "lead-attraction-rank").label.text() == "吸引力排名", timeout=SOON
    )


def test_a_broken_save_lists_its_problems_with_line_and_column_and_keeps_the_cards(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    shown_before = window.dataset
    section = window.dataset.briefing.sections[1].id
    scroll = scroll_down(window, qtbot, 1)
    source = dataset_dir / "briefing.json"
    good = source.read_text(encoding="utf-8")
    lines = good.splitlines()
    assert lines[2].lstrip().startswith('"title"')
    lines[2] = lines[2].rstrip(",")  # the comma after the title forgotten
    save_by_rename(source, "\n".join(lines))

    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    problems = panel(window)
    assert problems is not None
    row = problems.list.topLevelItem(0)
    assert row is not None
    assert row.text(0) == "briefing.json:4:3"  # where JSON stopped: the key after the title
    assert row.text(1) == "$"
    assert "Expecting ',' delimiter" in row.text(2)
    assert row.data(0, LINE_ROLE).startswith(f"{source}:4:3: $: 不是 JSON")
    assert "上次有效" in problems.windowTitle()
    # the last valid briefing stays on screen, where it was
    assert window.dataset is shown_before
    assert shown(window, "lead-attraction-rank") == RANK
    assert place(window) == (1, scroll)

    save_by_rename(source, good)  # fixed: the panel closes, the tab and the scroll are kept
    qtbot.waitUntil(lambda: not panel_shown(window), timeout=SOON)
    assert window.dataset is not shown_before
    qtbot.waitUntil(lambda: place(window) == (1, scroll), timeout=SOON)
    assert window.dataset.briefing.sections[1].id == section


def test_a_problem_of_the_content_names_its_value_and_the_panel_closes_once_fixed(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    source = dataset_dir / "briefing.json"
    good = source.read_text(encoding="utf-8")
    edit(source, '"value": 34,', '"value": "34",')
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    problems = panel(window)
    assert problems is not None
    assert len(problems.problems) == 1
    broken = source.read_text(encoding="utf-8").splitlines()
    line = next(n for n, text in enumerate(broken, 1) if '"value": "34",' in text)
    column = broken[line - 1].index('"34"') + 1  # the value's opening quote, from 1
    row = problems.list.topLevelItem(0)
    assert row is not None
    assert row.text(0) == f"briefing.json:{line}:{column}"
    assert row.text(1) == "$.lead.figures[1].value"
    assert row.text(2) == "实际为字符串 '34'"
    assert row.text(3) == "数字"
    assert shown(window, "lead-attraction-rank") == RANK

    save_by_rename(source, good)
    qtbot.waitUntil(lambda: not panel_shown(window), timeout=SOON)
    assert window.statusBar().currentMessage() == "已重新载入"


def test_the_problems_are_reached_with_f8_and_a_row_is_copied_with_enter(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    edit(dataset_dir / "briefing.json", '"value": 34,', '"value": true,')
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    window.activateWindow()
    window.tabs.setFocus()
    QCoreApplication.processEvents()
    qtbot.keyClick(window, Qt.Key.Key_F8)
    problems = panel(window)
    assert problems is not None
    qtbot.waitUntil(problems.list.hasFocus)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(problems.list, Qt.Key.Key_Return)
    copied = QGuiApplication.clipboard().text()
    assert copied.startswith(f"{dataset_dir / 'briefing.json'}:")
    assert "$.lead.figures[1].value: 实际为 true" in copied
    assert "已复制" in problems.hint.text()


def test_a_save_in_several_writes_is_read_once(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    source = dataset_dir / "briefing.json"
    text = source.read_text(encoding="utf-8").replace("人才吸引力（全国地级城市）", "吸引力")
    shown_count = []
    window.briefing_shown.connect(lambda: shown_count.append(1))
    with source.open("w", encoding="utf-8") as file:  # half, then the rest: one save
        file.write(text[: len(text) // 2])
        file.flush()
        os.fsync(file.fileno())
        file.write(text[len(text) // 2 :])
    qtbot.waitUntil(lambda: bool(shown_count), timeout=SOON)
    assert card(window, "lead-attraction-rank").label.text() == "吸引力"
    with qtbot.assertNotEmitted(window.briefing_shown, wait=600):
        pass
    assert shown_count == [1]
    assert not panel_shown(window)


def test_files_beside_the_dataset_and_unchanged_saves_do_not_reload(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    with qtbot.assertNotEmitted(window.briefing_shown, wait=800):
        (dataset_dir / ".briefing.json.swp").write_bytes(b"an editor's swap file")
        (dataset_dir / "notes.md").write_text("草稿", encoding="utf-8")


def test_a_picture_changed_on_disk_is_read_again(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    picture = dataset_dir / "images" / "lead-1-lab-teaching.svg"
    with qtbot.waitSignal(window.briefing_shown, timeout=SOON):
        save_by_rename(picture, picture.read_text(encoding="utf-8").replace("<svg", "<svg ", 1))
    assert not panel_shown(window)


def test_a_dataset_that_failed_at_start_opens_once_fixed(
    qtbot: QtBot, theme: Any, settings: Any, dataset_dir: Path
) -> None:
    source = dataset_dir / "briefing.json"
    good = source.read_text(encoding="utf-8")
    source.write_text(good.replace('"value": 34,', '"value": "34",'), encoding="utf-8")
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_initial(dataset_dir)
    box = window.message
    assert isinstance(box, QMessageBox)
    qtbot.waitUntil(box.isVisible)
    assert window.dataset is None
    # saved still broken: the panel says so, and that nothing can be shown yet
    two_faults = good.replace('"value": 34,', '"value": [34],', 1)
    two_faults = two_faults.replace('"value": 50,', '"value": "50",', 1)
    save_by_rename(source, two_faults)
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    problems = panel(window)
    assert problems is not None
    assert "无法显示" in problems.windowTitle()
    assert "共 2 处问题" in window.empty.label.text()
    assert len(problems.problems) == 2
    save_by_rename(source, good)
    qtbot.waitUntil(lambda: window.dataset is not None, timeout=SOON)
    assert window.tabs.count() == 3
    assert not box.isVisible()
    assert not panel_shown(window)


def test_the_bundled_briefing_is_not_watched(make_window: MakeWindow) -> None:
    window = make_window()
    assert window.live.watched() == []


def test_the_show_stays_open_on_the_briefing_it_started_with(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    window.present(from_section=False)
    presentation = window.presentation
    assert presentation is not None
    started_with = presentation.dataset
    change_rank(dataset_dir, rename=True)
    qtbot.waitUntil(lambda: shown(window, "lead-attraction-rank") == RANK_LATER, timeout=SOON)
    assert window.presentation is presentation
    assert presentation.show.isVisible()
    assert presentation.dataset is started_with
    presentation.show.end()
    qtbot.waitUntil(lambda: window.presentation is None)


def test_the_panel_speaks_the_language_chosen(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    edit(dataset_dir / "briefing.json", '"value": 34,', '"value": "34",')
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    try:
        window.set_language("en")
        problems = panel(window)
        assert problems is not None

        def row() -> list[str]:
            item = problems.list.topLevelItem(0)
            return [item.text(2), item.text(3)] if item else []

        qtbot.waitUntil(lambda: row() == ["got a string '34'", "a number"])
        assert panel_shown(window)
    finally:
        window.set_language("zh")


def inside(folder: Path, paths: list[str]) -> bool:
    """There are paths, and every one of them is inside the folder."""
    root = folder.resolve()
    return bool(paths) and all(Path(path).resolve().is_relative_to(root) for path in paths)


def test_a_closed_window_watches_nothing_and_reads_nothing(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    assert window.live.watched()
    source = dataset_dir / "briefing.json"
    save_by_rename(source, source.read_text(encoding="utf-8").replace('"value": 34,', '"v": 1,'))
    qtbot.wait(50)  # the save seen, its reading waiting for the debounce
    window.close()
    assert window.live.watched() == []
    assert window.live.watcher is None
    assert not window.live.timer.isActive()
    with qtbot.assertNotEmitted(window.briefing_shown, wait=800):
        edit(source, '"v": 1,', '"value": "35",')
    assert panel(window) is None


def test_opening_another_dataset_in_an_empty_window_watches_that_one_only(
    qtbot: QtBot, theme: Any, settings: Any, dataset_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    shutil.copytree(dataset_dir, other)
    good = (dataset_dir / "briefing.json").read_text(encoding="utf-8")
    broken = good.replace('"value": 34,', '"value": "34",')
    for folder in (dataset_dir, other):
        (folder / "briefing.json").write_text(broken, encoding="utf-8")
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_initial(dataset_dir)
    assert inside(dataset_dir, window.live.watched())
    assert not window.open_path(other)
    assert inside(other, window.live.watched())
    with qtbot.assertNotEmitted(window.briefing_shown, wait=800):
        save_by_rename(dataset_dir / "briefing.json", good)  # the first one: no longer shown
    with qtbot.waitSignal(window.briefing_shown, timeout=SOON):
        save_by_rename(other / "briefing.json", good)
    assert window.dataset is not None
    assert window.dataset.folder == other
    window.close()


def test_an_article_named_anew_is_read_once_it_is_created(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path
) -> None:
    window = make_window(dataset_dir)
    edit(dataset_dir / "briefing.json", '"article": "article.txt"', '"article": "b.txt"')
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    problems = panel(window)
    assert problems is not None
    assert "'b.txt' is missing" in str(problems.problems[0])
    with qtbot.waitSignal(window.briefing_shown, timeout=SOON):
        save_by_rename(dataset_dir / "b.txt", (dataset_dir / "article.txt").read_text("utf-8"))
    assert not panel_shown(window)
    assert window.dataset is not None
    assert window.dataset.briefing.article == "b.txt"


def test_a_dataset_folder_deleted_and_restored_is_read_again(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path, tmp_path: Path
) -> None:
    window = make_window(dataset_dir)
    kept = tmp_path / "kept"
    shutil.copytree(dataset_dir, kept)
    shutil.rmtree(dataset_dir)
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)
    # the folder that held it is watched for its return, and nothing in it is read
    assert window.live.watched() == [str(dataset_dir.parent)]
    shown_before = window.dataset
    change_rank(kept, rename=True)
    shutil.copytree(kept, dataset_dir)
    qtbot.waitUntil(lambda: not panel_shown(window), timeout=SOON)
    qtbot.waitUntil(lambda: shown(window, "lead-attraction-rank") == RANK_LATER, timeout=SOON)
    assert window.dataset is not shown_before
    assert inside(dataset_dir, window.live.watched())


@pytest.mark.parametrize("named", [False, True], ids=["beside-the-dataset", "named-as-article"])
def test_a_link_leading_outside_the_folder_is_never_watched(
    qtbot: QtBot, theme: Any, settings: Any, dataset_dir: Path, tmp_path: Path, named: bool
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    secret = outside / "secret.txt"
    secret.write_text("secret", encoding="utf-8")
    (dataset_dir / "notes.txt").symlink_to(secret)
    source = dataset_dir / "briefing.json"
    broken = source.read_text(encoding="utf-8").replace('"value": 34,', '"value": "34",')
    if named:
        broken = broken.replace('"article": "article.txt"', '"article": "notes.txt"')
    source.write_text(broken, encoding="utf-8")
    window = MainWindow(theme, settings)
    qtbot.addWidget(window)
    window.show()
    window.open_initial(dataset_dir)
    live = window.live
    assert inside(dataset_dir, live.watched())
    assert inside(dataset_dir, list(live.fingerprint))
    assert live.watcher is not None
    with qtbot.assertNotEmitted(live.watcher.fileChanged, wait=600):
        secret.write_text("changed", encoding="utf-8")
    assert not live.timer.isActive()
    save_by_rename(source, broken.replace('"value": "34",', '"value": [34],'))
    qtbot.waitUntil(lambda: panel_shown(window), timeout=SOON)  # after a reading too
    assert inside(dataset_dir, live.watched())
    assert inside(dataset_dir, list(live.fingerprint))
    window.close()


def test_the_panel_lists_the_first_thousand_problems_and_counts_the_rest(qtbot: QtBot) -> None:
    from briefing.model import Message, Problem
    from briefing.viewer.problems_panel import ROWS_LISTED

    problems = [
        Problem("/d/briefing.json", f"$.lead.k{n}", Message.verbatim(f"k{n}"), line=1, column=n)
        for n in range(1, ROWS_LISTED + 6)
    ]
    dock = ProblemsPanel()
    qtbot.addWidget(dock)
    dock.show_problems(Path("/d"), problems, showing_last_valid=True)
    assert dock.list.topLevelItemCount() == ROWS_LISTED + 1
    last = dock.list.topLevelItem(ROWS_LISTED)
    assert last is not None
    assert last.text(2) == "还有 5 处问题未列出：briefing validate 列出全部"
    assert not last.flags() & Qt.ItemFlag.ItemIsSelectable
    listed = dock.list.topLevelItem(ROWS_LISTED - 1)
    assert listed is not None
    assert listed.text(0) == f"briefing.json:1:{ROWS_LISTED}"
    assert f"{ROWS_LISTED + 5} 处问题" in dock.windowTitle()
    dock.list.setCurrentItem(listed)
    dock.show_problems(Path("/d"), problems[:3], showing_last_valid=True)
    assert dock.list.topLevelItemCount() == 3
    assert dock.list.currentItem() is dock.list.topLevelItem(2)


def test_opening_another_dataset_drops_the_last_ones_watch_and_its_waiting_reload(
    make_window: MakeWindow, qtbot: QtBot, dataset_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other"
    shutil.copytree(dataset_dir, other)
    window = make_window(dataset_dir)
    watcher = window.live.watcher
    edit(dataset_dir / "briefing.json", '"value": 34,', '"value": "34",')
    qtbot.waitUntil(window.live.timer.isActive, timeout=SOON)  # its reading waits for more
    assert window.open_path(other)
    assert not window.live.timer.isActive()
    assert window.live.watcher is not watcher
    assert inside(other, window.live.watched())
    with qtbot.assertNotEmitted(window.briefing_shown, wait=800):
        edit(dataset_dir / "briefing.json", '"value": "34",', '"value": 34,')
    assert not panel_shown(window)
