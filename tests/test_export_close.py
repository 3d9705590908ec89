"""Closing the window while File > 导出… is writing: the app asks first. 停止导出并关闭 stops
the export, removes what it had written and closes the window; 继续导出 lets it finish."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QAbstractButton, QMessageBox
from pytestqt.qtbot import QtBot

from briefing.viewer.main_window import MainWindow

MakeWindow = Callable[..., MainWindow]


def button(box: QMessageBox, name: str) -> QAbstractButton:
    found = [b for b in box.buttons() if b.objectName() == name]
    assert len(found) == 1
    return found[0]


def open_export(window: MainWindow, qtbot: QtBot, folder: Path, kinds: set[str]) -> Any:
    """File > 导出… opened, ``kinds`` ticked (no others) and ``folder`` chosen: the dialog,
    ready to be accepted (the export runs in ``accept``)."""
    window.export_briefing()
    dialog: Any = window.export_dialog
    qtbot.waitUntil(dialog.isVisible)
    for kind, box in dialog.kinds.items():
        box.setChecked(kind in kinds)
    dialog.folder.setText(str(folder))
    return dialog


def export_closing_midway(
    window: MainWindow, qtbot: QtBot, folder: Path, answer: str, grab: Path | None = None
) -> list[str]:
    """Export PNG, CSV and PDF into ``folder``; once the first file is being written, close
    the window and answer the question with the button named ``answer``. The question's
    texts, as the user saw them."""
    dialog = open_export(window, qtbot, folder, {"png", "csv", "pdf"})
    seen: list[str] = []
    flow = window.exports

    def step() -> None:
        progress = flow.progress
        question = flow.message_box
        if question is not None and question.objectName() == "export-close-question":
            if question.isVisible() and not seen:
                seen.extend([question.windowTitle(), question.text() + question.informativeText()])
                seen.extend(b.text() for b in question.buttons())
                if grab is not None:
                    question.grab().save(str(grab))
                button(question, answer).click()
                timer.stop()
            return
        if progress is not None and progress.isVisible() and progress.value() >= 1:
            window.close()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(step)
    timer.start()
    dialog.accept()  # the export runs here, the timer firing inside its progress reports
    timer.stop()
    return seen


def test_stop_and_close_removes_what_was_written_and_closes(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    out = tmp_path / "out"
    out.mkdir()
    (out / "kept.txt").write_text("a file that was there before")
    seen = export_closing_midway(
        window, qtbot, out, "stop-and-close", grab=tmp_path / "question.png"
    )
    assert seen[0] == "正在导出"
    assert "要停止导出并关闭窗口吗" in seen[1]
    assert "已写入的文件会被删除" in seen[1]
    assert set(seen[2:]) == {"停止导出并关闭", "继续导出"}
    assert not window.isVisible()
    assert [p.name for p in out.iterdir()] == ["kept.txt"]
    # Nothing is said after the window has gone (no 已取消 box over the desktop).
    box = window.message_box
    assert box is None or not box.isVisible()


def test_continue_lets_the_export_finish_and_the_window_stays(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    window = make_window()
    seen = export_closing_midway(window, qtbot, tmp_path, "continue-export")
    assert seen, "the question was asked"
    assert window.isVisible()
    assert any(p.suffix == ".pdf" for p in tmp_path.rglob("*"))
    assert any(p.suffix == ".png" for p in tmp_path.rglob("*"))
    box = window.message_box
    assert box is not None
    assert box.isVisible()
    assert box.windowTitle() == "已导出"
    # The window closes as usual once the export is done.
    window.close()
    assert not window.isVisible()


def test_a_second_export_waits_for_the_first(
    make_window: MakeWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    """File > 导出… while an export is writing opens no second one (whose end would let the
    window close without asking while the first still writes): the progress is shown."""
    window = make_window()
    dialog = open_export(window, qtbot, tmp_path, {"png", "pdf"})
    asked: list[object] = []

    def step() -> None:
        progress = window.exports.progress
        if not asked and progress is not None and progress.isVisible() and progress.value() >= 1:
            window.export_briefing()
            asked.append(window.export_dialog)
            timer.stop()

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(step)
    timer.start()
    dialog.accept()
    timer.stop()
    assert asked == [dialog], "no second export dialog was opened"
    box = window.message_box
    assert box is not None
    assert box.windowTitle() == "已导出"


def test_a_box_closed_goes_when_the_next_is_shown(make_window: MakeWindow, qtbot: QtBot) -> None:
    """What the export says is one box at a time: one closed is deleted when the next opens
    (a window used all day does not keep every box it showed)."""
    import shiboken6
    from PySide6.QtCore import QCoreApplication, QEvent

    window = make_window()
    flow = window.exports
    flow._tell("已导出", "图表已保存")
    first = window.message_box
    assert first is not None
    first.close()
    flow._tell("导出失败", "无法写入")
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not shiboken6.isValid(first)
    second = window.message_box
    assert second is not None
    assert second.isVisible()
    assert second.text() == "无法写入"
