"""The pieces of the main window: its header, the empty state with its ways out, where the
window goes on a screen, and Enter on a focused button."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QMargins, QObject, QRect, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QKeyEvent, QScreen
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMenuBar,
    QPushButton,
    QStatusBar,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from briefing.resources import bundled_dataset
from briefing.views.labels import plain_label, plain_tooltip

if TYPE_CHECKING:
    from briefing.model import Dataset


def fit_window(window: QRect, available: QRect, frame: QMargins) -> QRect:
    """Where a window goes so that it and its frame lie inside ``available``: shrunk to fit,
    then moved in if it sticks out (a remembered place on a screen that is gone, or a 1280×800
    default on a 1280×720 laptop)."""
    inner = available.marginsRemoved(frame)
    width = min(window.width(), inner.width())
    height = min(window.height(), inner.height())
    left = min(max(window.left(), inner.left()), inner.right() + 1 - width)
    top = min(max(window.top(), inner.top()), inner.bottom() + 1 - height)
    return QRect(left, top, width, height)


class EnterPressesButtons(QObject):
    """Return and Enter press the focused push button outside dialogs too, as Space does."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            and isinstance(watched, QAbstractButton)
            and watched.hasFocus()
            and watched.isEnabled()
            and not isinstance(watched.window(), QDialog)  # dialogs have default buttons
        ):
            watched.animateClick()
            return True
        return False


class FirstPaint(QObject):
    """Runs ``then`` once, after ``window`` has painted for the first time."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.then = then

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            self.deleteLater()
            QTimer.singleShot(0, self.then)
        return False


def is_bundled(path: Path) -> bool:
    bundled = bundled_dataset().resolve()
    return path.resolve() in {bundled, bundled / "briefing.json"}


class EmptyState(QWidget):
    """What the window shows while no briefing is open: opening, or why it could not be, with
    the ways out (the bundled briefing, another one)."""

    def __init__(
        self, choose: Callable[[], None], bundled: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("empty-state")
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        self.label = plain_label("", "summary")
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.label)
        row = QHBoxLayout()
        row.addStretch(1)
        self.bundled = QPushButton()
        self.bundled.setObjectName("open-bundled")
        self.bundled.clicked.connect(bundled)
        self.other = QPushButton()
        self.other.setObjectName("open-other")
        self.other.clicked.connect(choose)
        row.addWidget(self.bundled)
        row.addWidget(self.other)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addStretch(2)
        self.failed: tuple[Path, int] | None = None
        self.retranslate()

    def show_failure(self, path: Path, count: int) -> None:
        self.failed = (path, count)
        self.retranslate()

    def retranslate(self) -> None:
        self.bundled.setText(self.tr("打开内置简报"))
        self.other.setText(self.tr("打开其他简报…"))
        if self.failed is None:
            self.label.setText(self.tr("正在打开简报…"))
        else:
            path, count = self.failed
            self.label.setText(self.tr("无法打开简报“{0}”：共 {1} 处问题。").format(path, count))
        self.other.setVisible(self.failed is not None)
        # The bundled briefing cannot be the way out of a bundled briefing that fails.
        self.bundled.setVisible(self.failed is not None and not is_bundled(self.failed[0]))


class Header(QWidget):
    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("header")
        briefing = dataset.briefing
        self.box = QVBoxLayout(self)
        self.box.setContentsMargins(28, 14, 28, 12)
        self.box.setSpacing(2)
        self.title = plain_label(briefing.title, "title")
        self.subtitle = plain_label(
            f"——{briefing.subtitle}" if briefing.subtitle else "", "subtitle"
        )
        self.credits = plain_label(briefing.publisher_line, "credit")
        self.row = QHBoxLayout()
        self.has_subtitle = bool(briefing.subtitle)
        if self.has_subtitle:  # the title, then the series line with the byline beside it
            self.box.addWidget(self.title)
            self.row.addWidget(self.subtitle, 1)
        else:  # no series line (a 统计公报): the byline beside the title, no empty band under it
            self.row.addWidget(self.title, 1)
            self.subtitle.hide()
        self.row.addWidget(self.credits, 0, Qt.AlignmentFlag.AlignBottom)
        self.box.addLayout(self.row)
        self.compact = False

    def set_compact(self, compact: bool) -> None:
        """One line, in smaller type (a short screen), or the title over the series line."""
        if compact == self.compact:
            return
        self.compact = compact
        if self.has_subtitle:
            if compact:
                self.box.removeWidget(self.title)
                self.row.insertWidget(0, self.title)
            else:
                self.row.removeWidget(self.title)
                self.box.insertWidget(0, self.title)
        self.row.setAlignment(
            self.credits, Qt.AlignmentFlag.AlignVCenter if compact else Qt.AlignmentFlag.AlignBottom
        )
        self.row.setSpacing(16 if compact else -1)
        self.box.setContentsMargins(*((28, 5, 28, 5) if compact else (28, 14, 28, 12)))
        self.title.setProperty("role", "title-compact" if compact else "title")
        repolish(self.title)


COMPACT_BELOW = 860  # a window less tall than this gets the compact chrome (a 1280×720 laptop)


def repolish(widget: QWidget) -> None:
    """Apply the style sheet again after a property its rules select on has changed."""
    style = widget.style()
    style.unpolish(widget)
    style.polish(widget)
    # What a new style sheet sends: a tab bar measures its tabs again only then.
    QCoreApplication.sendEvent(widget, QEvent(QEvent.Type.StyleChange))
    widget.updateGeometry()


def set_compact_chrome(
    height: int, header: Header | None, toolbar: QToolBar, tab_bar: QWidget, menu_bar: QMenuBar
) -> None:
    """In a short window: the header on one line, the tab bar tighter, and the toolbar's
    button moved to the menu bar's corner, so the page keeps most of the height; the full
    chrome otherwise."""
    compact = height < COMPACT_BELOW
    if header is not None:
        header.set_compact(compact)
    if tab_bar.property("compact") != compact:
        tab_bar.setProperty("compact", compact)
        repolish(tab_bar)
    toolbar.setVisible(not compact)
    corner = menu_bar.cornerWidget()
    if not compact:
        if corner is not None:  # gone, not hidden: a hidden one still makes the bar taller
            menu_bar.setCornerWidget(None)  # type: ignore[arg-type]  # Qt takes nullptr
            corner.deleteLater()
        return
    if not isinstance(corner, QToolButton):
        corner = QToolButton(menu_bar)  # a parent: setCornerWidget does not keep it alive
        corner.setObjectName("corner-present")
        corner.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        corner.setAutoRaise(True)
        menu_bar.setCornerWidget(corner)
    actions = toolbar.actions()  # made anew with every briefing and language
    if actions and corner.defaultAction() is not actions[0]:
        corner.setDefaultAction(actions[0])
    corner.show()


def keep_on_screen(window: QWidget) -> None:
    """Fit a window and its frame into the available area of the screen it overlaps most (or
    its own, when it overlaps none)."""
    screens = QGuiApplication.screens()
    if not screens:
        return
    frame, inner = window.frameGeometry(), window.geometry()

    def overlap(screen: QScreen) -> int:
        shared = screen.availableGeometry().intersected(frame)
        return shared.width() * shared.height()

    chosen = max(screens, key=overlap)
    if overlap(chosen) == 0:
        chosen = window.screen() or screens[0]
    margins = QMargins(
        inner.left() - frame.left(),
        inner.top() - frame.top(),
        frame.right() - inner.right(),
        frame.bottom() - inner.bottom(),
    )
    placed = fit_window(inner, chosen.availableGeometry(), margins)
    if placed != inner:
        window.setGeometry(placed)


class DatasetWarnings(QLabel):
    """What the open briefing lacks (a picture file), on the status bar: it opened anyway, each
    missing picture is a placeholder on its page, and whoever made it should hear of it.

    A widget of the bar, not a message: a message is cleared by the first menu item the
    pointer passes over."""

    def __init__(self, bar: QStatusBar) -> None:
        super().__init__()
        self._bar = bar
        bar.setObjectName("status-bar")
        self.setObjectName("dataset-warnings")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setProperty("role", "muted")
        bar.addWidget(self, 1)

    def say(self, dataset: Dataset) -> None:
        if not dataset.warnings:
            self.clear()
            self._bar.hide()
            return
        lines = [warning.render(QCoreApplication.translate) for warning in dataset.warnings]
        self.setText(
            self.tr("本简报有 {0} 处缺失，已用占位图代替：{1}").format(len(lines), lines[0])
        )
        self.setToolTip(plain_tooltip("\n".join(lines)))
        self._bar.show()
