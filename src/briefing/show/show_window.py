"""The full-screen show: slides built ahead, the keys presenters know, blank screens, the grid,
the key list, a counter and progress bar, and a cursor that hides when still."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QPoint,
    QPointF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPixmap,
    QRegion,
    QScreen,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from briefing.actions import SHOW_CTRL_KEYS, SHOW_KEYS, ZOOM_KEYS, ShowCommand, ZoomCommand
from briefing.model.slides import Slide
from briefing.show import speech
from briefing.show.end_slide import EndSlide
from briefing.show.overlays import GridOverlay, Hud, KeyList, Overlay
from briefing.show.tool_layer import ToolLayer
from briefing.show.tools import Tool
from briefing.theme import (
    STAGE,
    Appearance,
)

CURSOR_HIDE_MS = 2000
K = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
# Keys that are only a modifier held: they do not leave the end slide.
MODIFIER_KEYS = {K.Key_Shift, K.Key_Control, K.Key_Alt, K.Key_Meta, K.Key_AltGr, K.Key_CapsLock}
# An arrow pans a zoomed slide by this share of what is on screen.
PAN_STEP = 0.25
PANS = {
    ZoomCommand.PAN_RIGHT: (PAN_STEP, 0.0),
    ZoomCommand.PAN_LEFT: (-PAN_STEP, 0.0),
    ZoomCommand.PAN_DOWN: (0.0, PAN_STEP),
    ZoomCommand.PAN_UP: (0.0, -PAN_STEP),
}


class ShowWindow(QWidget):
    """One full-screen window showing one slide at a time.

    ``make_view(index)`` builds the widget of a slide; slides are built ahead (the ones around the
    current first, then all the others, one per turn of the event loop) so a key press only
    switches to a widget that already exists.
    """

    slide_changed = Signal(int)
    end_shown = Signal()  # the black 放映结束 slide after the last
    finished = Signal(int)  # the index of the slide on screen when the show ended
    console_requested = Signal()

    def __init__(
        self,
        slides: list[Slide],
        make_view: Callable[[int], QWidget],
        appearance: Appearance,
        start: int = 0,
    ) -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setObjectName("show")
        self.setWindowTitle(QCoreApplication.translate("Show", "放映"))
        self.slides = slides
        self.make_view = make_view
        self.appearance = appearance
        self.index = max(0, min(start, len(slides) - 1))
        self.typed = ""  # digits typed before Enter, to jump
        self.blank: str | None = None
        self.ended = False
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.stack = QStackedWidget()
        self.holders: list[QWidget] = []
        self.views: dict[int, QWidget] = {}
        for _ in slides:
            holder = QWidget()
            holder_layout = QVBoxLayout(holder)
            holder_layout.setContentsMargins(0, 0, 0, 0)
            self.holders.append(holder)
            self.stack.addWidget(holder)
        layout.addWidget(self.stack)

        theme = appearance.theme
        self.tools = ToolLayer(self, self.zoomed_picture)
        self.end_slide = EndSlide(self)
        self.hud = Hud(self)
        self.hud.colour = QColor(theme.accent)
        self.hud.ink = QColor(theme.muted)
        self.black = Overlay(self, STAGE.black)
        self.white = Overlay(self, STAGE.white)
        self.help = self._help_overlay()
        self.grid = GridOverlay(self, slides, self.render_slide)
        self.grid.forward = self.handle_key
        self.grid.picked.connect(self._pick_from_grid)

        self.cursor_timer = QTimer(self)
        self.cursor_timer.setSingleShot(True)
        self.cursor_timer.setInterval(CURSOR_HIDE_MS)
        self.cursor_timer.timeout.connect(self._hide_cursor)
        self.cursor_hidden = False
        self._watcher = _MouseWatcher(self)
        QApplication.instance().installEventFilter(self._watcher)  # type: ignore[union-attr]

        self._ensure(self.index)
        self.stack.setCurrentIndex(self.index)
        self.hud.set_position(self.index, len(slides))
        speech.announce_slide(self, self.index)
        self._pending = [self.index + 1, self.index - 1] + [
            i for i in range(len(slides)) if abs(i - self.index) > 1
        ]
        QTimer.singleShot(0, self._build_next)

    # -- slides -----------------------------------------------------------------------------

    def _ensure(self, index: int) -> QWidget:
        view = self.views.get(index)
        if view is None:
            view = self.make_view(index)
            layout = self.holders[index].layout()
            assert layout is not None
            layout.addWidget(view)
            self.views[index] = view
        return view

    def _build_next(self) -> None:
        if self.ended:  # the show may be gone before the queued build runs
            return
        while self._pending:
            index = self._pending.pop(0)
            if 0 <= index < len(self.slides) and index not in self.views:
                self._ensure(index)
                break
        if self._pending and not self.ended:
            QTimer.singleShot(0, self._build_next)

    def all_built(self) -> bool:
        return len(self.views) == len(self.slides)

    def render_slide(self, index: int, size: QSize) -> QPixmap:
        """A picture of a slide at the show's size, scaled to ``size`` (for the console)."""
        view = self._ensure(index)
        if view.size() != self.stack.size() and not view.isVisible():
            # A page the stack does not show keeps its first size (640×480), and its layout
            # would put the view back to that: both take the show's size.
            self.holders[index].resize(self.stack.size())
            view.resize(self.stack.size())
        return view.grab().scaled(
            size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
        )

    def zoomed_picture(self, factor: float, origin: QPointF) -> QPixmap:
        """The current slide as the zoom shows it, drawn again at that scale (its text and
        charts are vectors: they stay sharp at 3×), the size of the show."""
        view = self._ensure(self.index)
        ratio = self.devicePixelRatioF()
        pixmap = QPixmap(self.size() * ratio)
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor(self.appearance.theme.surface))
        painter = QPainter(pixmap)
        painter.scale(factor, factor)
        painter.translate(-origin)
        flags = QWidget.RenderFlag.DrawWindowBackground | QWidget.RenderFlag.DrawChildren
        view.render(painter, QPoint(), QRegion(), flags)
        painter.end()
        return pixmap

    def go(self, index: int) -> None:
        if index >= len(self.slides) and not self.at_end:
            self.show_end_slide()
            return
        index = max(0, min(index, len(self.slides) - 1))
        if self.at_end:
            self.end_slide.hide()
        elif index == self.index and self.stack.currentIndex() == index:
            return
        self._ensure(index)
        self.index = index
        self.stack.setCurrentIndex(index)
        self.tools.set_slide(index)
        self.hud.set_position(index, len(self.slides))
        self.slide_changed.emit(index)
        speech.announce_slide(self, index)

    @property
    def at_end(self) -> bool:
        return self.end_slide.isVisible()

    def show_end_slide(self) -> None:
        """After the last slide, the black 放映结束 slide (as PowerPoint): then any key ends."""
        self.tools.set_tool(Tool.ARROW)
        self.tools.zoom_reset()
        self.end_slide.cover()
        self.end_shown.emit()

    # -- keys and mouse ---------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self.handle_key(event)

    def handle_key(self, event: QKeyEvent) -> None:
        """Act on a key pressed in the show or in the console."""
        event.accept()
        key = Qt.Key(event.key())
        if self._layer_key(key, event.text()):
            return
        if event.modifiers() & CTRL and key in SHOW_CTRL_KEYS:
            self.run(SHOW_CTRL_KEYS[key])
        elif not self._tool_key(key):
            self._slide_key(event)

    def _layer_key(self, key: Qt.Key, text: str) -> bool:
        """A key for what covers the slides (a blank screen, the key list, the grid, the end
        slide); whether one took it."""
        if self.blank is not None:  # any key returns from a blank screen
            self.set_blank(None)
        elif self.help.isVisible():
            if key in (K.Key_Escape, K.Key_F1, K.Key_Question) or text == "?":
                self.help.hide()
        elif self.grid.isVisible():
            self.grid.handle_key(key)
        elif self.at_end:
            self._key_at_end(key)
        else:
            return False
        return True

    def _slide_key(self, event: QKeyEvent) -> None:
        key = Qt.Key(event.key())
        text = event.text()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if text.isdigit():
            self.typed += text
            return
        command = SHOW_KEYS.get(key)
        if text == "?":
            command = ShowCommand.HELP
        elif key == K.Key_F5 and (shift or event.isAutoRepeat()):
            command = None  # Shift+F5 asks for the show that is already on; F5 held from the start
        if command is None:
            return
        typed, self.typed = self.typed, ""
        if command == ShowCommand.ENTER:
            last = len(self.slides) - 1  # a number past the end jumps to the last slide
            self.go(min(int(typed) - 1, last) if typed else self.index + 1)
        else:
            self.run(command)

    def run(self, command: ShowCommand) -> None:
        actions: dict[ShowCommand, Callable[[], None]] = {
            ShowCommand.NEXT: lambda: self.go(self.index + 1),
            ShowCommand.PREVIOUS: lambda: self.go(self.index - 1),
            ShowCommand.FIRST: lambda: self.go(0),
            ShowCommand.STOP: self.end,
            ShowCommand.LAST: lambda: self.go(len(self.slides) - 1),
            ShowCommand.BLACK: lambda: self.set_blank("black"),
            ShowCommand.WHITE: lambda: self.set_blank("white"),
            ShowCommand.GRID: self.open_grid,
            ShowCommand.HELP: self.help.cover,
            ShowCommand.HUD: lambda: self.hud.setVisible(not self.hud.isVisible()),
            ShowCommand.CONSOLE: self.console_requested.emit,
            ShowCommand.ESCAPE: self.end,
            ShowCommand.POINTER: lambda: self.tools.toggle(Tool.POINTER),
            ShowCommand.PEN: lambda: self.tools.set_tool(Tool.PEN),
            ShowCommand.ARROW: lambda: self.tools.set_tool(Tool.ARROW),
            ShowCommand.ERASE: self.tools.erase,
            ShowCommand.ZOOM_IN: lambda: self.tools.zoom_step(1),
            ShowCommand.DATA_TABLE: lambda: speech.toggle_slide_table(self),
        }
        actions[command]()

    def _key_at_end(self, key: Qt.Key) -> None:
        """On the end slide the previous-slide keys go back to the last slide; any other key
        (not a modifier held alone) ends the show."""
        if SHOW_KEYS.get(key) == ShowCommand.PREVIOUS:
            self.go(len(self.slides) - 1)
        elif key not in MODIFIER_KEYS:
            self.end()

    def _tool_key(self, key: Qt.Key) -> bool:
        """The zoom's own keys while zoomed (arrows pan, Esc or 0 back to 1×, - a step out), and
        Esc that puts the pen or the pointer away before it ends the show; whether the key was
        used."""
        if self.typed and key == K.Key_0:
            return False  # the 0 of a slide number being typed (10, then Enter)
        if self.tools.zoom.zoomed and key in ZOOM_KEYS:
            command = ZOOM_KEYS[key]
            if command == ZoomCommand.RESET:
                self.tools.zoom_reset()
            elif command == ZoomCommand.OUT:
                self.tools.zoom_step(-1)
            else:
                self.tools.pan(*PANS[command])
            self.typed = ""
            return True
        if key == K.Key_Escape and self.tools.tool != Tool.ARROW:
            self.tools.set_tool(Tool.ARROW)
            return True
        return False

    def event(self, event: QEvent) -> bool:
        # Ctrl+P, Ctrl+A and Ctrl+L belong to the show while it is on: no shortcut of the main
        # window (print, select all) takes them.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.modifiers() & CTRL
            and Qt.Key(event.key()) in SHOW_CTRL_KEYS
        ):
            event.accept()
            return True
        return super().event(event)

    def set_blank(self, colour: str | None) -> None:
        self.blank = colour
        for name, overlay in (("black", self.black), ("white", self.white)):
            if name == colour:
                overlay.cover()
            else:
                overlay.hide()

    def open_grid(self) -> None:
        self.grid.select(self.index)
        self.grid.cover()
        self.grid.setFocus()

    def _pick_from_grid(self, index: int) -> None:
        self.grid.hide()
        self.setFocus()
        self.go(index)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()  # so the release comes here too

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.blank is not None:
            self.set_blank(None)
        elif self.at_end:
            if event.button() == Qt.MouseButton.RightButton:
                self.go(len(self.slides) - 1)
            else:
                self.end()
        elif event.button() == Qt.MouseButton.LeftButton and not self.grid.isVisible():
            self.go(self.index + 1)
        elif event.button() == Qt.MouseButton.RightButton and not self.grid.isVisible():
            self.go(self.index - 1)
        event.accept()

    def wheelEvent(self, event: QWheelEvent) -> None:
        if self.grid.isVisible() or self.blank is not None:
            return
        delta = event.angleDelta().y()
        if self.at_end:
            if delta > 0:
                self.go(len(self.slides) - 1)
        elif delta < 0:
            self.go(self.index + 1)
        elif delta > 0:
            self.go(self.index - 1)
        event.accept()

    def mouse_moved(self) -> None:
        if self.cursor_hidden:
            self.unsetCursor()
            self.cursor_hidden = False
        self.cursor_timer.start()

    def _hide_cursor(self) -> None:
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.cursor_hidden = True

    # -- the window -------------------------------------------------------------------------

    def place_on(self, screen: QScreen) -> None:
        """Full screen on ``screen``: setScreen and the screen's geometry before showFullScreen,
        or Qt opens the window on the primary screen."""
        if self.isVisible():
            self.showNormal()
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.activateWindow()
        self.setFocus()
        self.cursor_timer.start()

    def resizeEvent(self, event: object) -> None:
        for overlay in (self.black, self.white, self.help, self.grid, self.hud, self.end_slide):
            overlay.setGeometry(self.rect())
        self.tools.setGeometry(self.rect())
        self.hud.raise_()
        if self.at_end:
            self.end_slide.raise_()

    def end(self) -> None:
        if self.grid.isVisible():
            self.grid.hide()
            return
        if self.ended:
            return
        self.ended = True
        QApplication.instance().removeEventFilter(self._watcher)  # type: ignore[union-attr]
        self.close()
        self.finished.emit(self.index)

    def closeEvent(self, event: object) -> None:
        if not self.ended:
            self.ended = True
            QApplication.instance().removeEventFilter(self._watcher)  # type: ignore[union-attr]
            self.finished.emit(self.index)

    def _help_overlay(self) -> KeyList:
        return KeyList(self)


class _MouseWatcher(QObject):
    """Sees mouse moves anywhere in the show (its slides do not track the mouse)."""

    def __init__(self, show: ShowWindow) -> None:
        super().__init__(show)
        self.show_window = show

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.MouseMove
            and isinstance(watched, QWidget)
            and watched.window() is self.show_window
        ):
            self.show_window.mouse_moved()
        return False
