"""A stat card: one headline figure, its change against last year, and the sentence it came from."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QGuiApplication,
    QKeyEvent,
    QMouseEvent,
    QStatusTipEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QGraphicsDropShadowEffect,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from briefing.actions import CARD_ACTIONS, CardCommand, build_widget_actions
from briefing.model import (
    Figure,
    figure_parts,
    format_shown,
)
from briefing.model.formatting import APPROXIMATE, change_text, format_change, is_approximate
from briefing.model.formula import derivation_sources, derivation_text
from briefing.model.schema import Briefing
from briefing.model.spoken import card_sentence
from briefing.theme import Appearance
from briefing.views.labels import plain_label, plain_tooltip


def source_text(figure: Figure, figures: Mapping[str, Figure]) -> str:
    """What the card says about where its figure comes from, as plain text."""
    if figure.quote is not None:
        return QCoreApplication.translate("StatCard", "原文：") + figure.quote
    basis = "\n".join(derivation_sources(figure, figures))
    return (
        QCoreApplication.translate("StatCard", "推算：")
        + derivation_text(figure, figures)
        + "\n"
        + QCoreApplication.translate("StatCard", "依据：")
        + basis
    )


def cited_source(briefing: Briefing) -> str:
    """How a copied figure names where it comes from: the article's 《title》, or its byline when
    the title is the author's own."""
    return briefing.publisher_line if briefing.title_supplied else f"《{briefing.title}》"


def figure_citation(figure: Figure, figures: Mapping[str, Figure], source: str) -> str:
    """A figure as it is pasted into a document: label, value and unit as printed, the change,
    then the source with the sentence (or, for a derived figure, how it was derived)."""
    since = figure.change.since if figure.change else None
    compared = (
        QCoreApplication.translate("StatCard", "较{since}").format(since=since)
        if since
        else QCoreApplication.translate("StatCard", "较上年")
    )
    change = compared + format_change(figure.change, figure.better) if figure.change else ""
    if figure.value is None:  # the figure is its change
        head = f"{figure.label}：{change}"
    else:
        head = f"{figure.label}：{format_shown(figure)}" + (f"（{change}）" if change else "")
    if figure.quote is not None:
        return f"{head}\n{source}：{figure.quote}"
    basis = "；".join(derivation_sources(figure, figures))
    return (
        f"{head}\n"
        + QCoreApplication.translate("StatCard", "推算：")
        + derivation_text(figure, figures)
        + f"\n{source}："
        + basis
    )


class SourcePopup(QFrame):
    """A card's source sentence, opened by a click or Enter, laid over the page under the card.

    It is a child of the page, not a window of its own, so it scrolls with the page and behaves
    the same on every platform; Esc, a click elsewhere or moving the focus away closes it.
    """

    show_in_text = Signal(str)

    def __init__(
        self, card: QWidget, figure: Figure, figures: Mapping[str, Figure], parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.card = card
        self.setProperty("role", "popup")
        self.setObjectName("source-popup")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.figure_id = figure.id
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        self.text = plain_label(source_text(figure, figures))
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.button: QPushButton | None = None
        if figure.quote is not None:
            self.button = QPushButton(QCoreApplication.translate("StatCard", "在原文中显示"))
            self.button.clicked.connect(self._show_in_text)
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        shadow = QGraphicsDropShadowEffect(self)
        shadow.setBlurRadius(18)
        shadow.setOffset(0, 3)
        shadow.setColor(QColor(0, 0, 0, 90))
        self.setGraphicsEffect(shadow)
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def _show_in_text(self) -> None:
        self.close()
        self.show_in_text.emit(self.figure_id)

    def open_below(self) -> None:
        """Open under the card, or over it when there is no room under it, always inside the
        part of the page that is on screen (the page may be scrolled, the window small)."""
        parent = self.parentWidget()
        assert parent is not None
        visible = parent.visibleRegion().boundingRect()
        if visible.isEmpty():
            visible = parent.rect()
        margin = 8
        self.setFixedWidth(min(560, max(360, self.card.width() + 80), visible.width() - 2 * margin))
        self.adjustSize()
        top = self.card.mapTo(parent, QPoint(0, 0))
        below = top.y() + self.card.height() + 6
        above = top.y() - self.height() - 6
        room_below = visible.bottom() - margin - below
        room_above = above - visible.top() - margin
        y = below if room_below >= self.height() or room_below >= room_above else above
        # Never past the visible edges: pressed against the one it would cross.
        y = max(visible.top() + margin, min(y, visible.bottom() - margin - self.height()))
        x = max(visible.left() + margin, min(top.x(), visible.right() - margin - self.width()))
        self.move(x, y)
        self.show()
        self.raise_()
        (self.button or self).setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            self.card.setFocus()
            event.accept()
            return
        super().keyPressEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.isVisible():
            return False
        if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
            # A dialog (export, its progress, a message) takes over: the popup is no longer
            # what the reader is looking at, and would show through above the page.
            self.close()
            return False
        if event.type() == QEvent.Type.MouseButtonPress and isinstance(watched, QWidget):
            inside = watched is self or self.isAncestorOf(watched)
            if not inside and watched is not self.card and not self.card.isAncestorOf(watched):
                self.close()
        elif (
            event.type() == QEvent.Type.FocusIn
            and isinstance(watched, QWidget)
            and watched is not self
            and not self.isAncestorOf(watched)
            and watched.window() is self.window()
        ):
            self.close()
        return False


class StatCard(QFrame):
    """Value in large type with its qualifier and unit, the label, the change, a derived mark."""

    show_in_text = Signal(str)  # figure id

    def __init__(
        self,
        figure: Figure,
        figures: Mapping[str, Figure],
        appearance: Appearance,
        parent: QWidget | None = None,
        *,
        source: str = "",
    ) -> None:
        """``source`` names where the figures come from when one is copied (cited_source)."""
        super().__init__(parent)
        self.figure = figure
        self.figures = figures
        self.source = source
        self.popup: SourcePopup | None = None
        self.setProperty("role", "card")
        self.setObjectName(f"card-{figure.id}")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        self.setMinimumWidth(200)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(4)
        self.label = plain_label(figure.label, "muted")
        layout.addWidget(self.label)
        layout.addLayout(self._value_row(figure))
        layout.addLayout(self._footer(figure))
        layout.addStretch(1)  # a taller card in the same row leaves its space below, not between

        self.setToolTip(plain_tooltip(source_text(figure, figures)))
        # Said as one sentence by a screen reader; the card is a button (views/accessibility.py).
        self.setAccessibleName(card_sentence(figure, QCoreApplication.translate))
        self.setAccessibleDescription(figure.quote or derivation_text(figure, figures))
        # Ctrl+C while the card has the focus, and its context menu.
        self.menu_actions = build_widget_actions(
            self, CARD_ACTIONS, {CardCommand.COPY_FIGURE: self.copy_figure}
        )
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.apply_appearance(appearance)

    def _value_row(self, figure: Figure) -> QHBoxLayout:
        """The value in large type between its qualifier and unit: 突破|330|家, 约|1.00|亿元."""
        before, number, after = figure_parts(figure)
        row = QHBoxLayout()
        row.setSpacing(2)
        approximate = APPROXIMATE if is_approximate(figure) else ""
        self.prefix = plain_label(approximate + before, "unit", wrap=False)
        self.number = plain_label(number, "value", wrap=False)
        self.suffix = plain_label(after, "unit", wrap=False)
        for part in (self.prefix, self.number, self.suffix):
            if part.text():
                row.addWidget(part, 0, Qt.AlignmentFlag.AlignBaseline)
        row.addStretch(1)
        return row

    def _footer(self, figure: Figure) -> QHBoxLayout:
        """The change against last year, and the 推算 mark of a derived figure."""
        footer = QHBoxLayout()
        footer.setSpacing(8)
        self.change: QLabel | None = None
        self.compared: QLabel | None = None
        change = change_text(figure)
        since = figure.change.since if figure.change else None
        compared = (
            QCoreApplication.translate("StatCard", "较{since}").format(since=since)
            if since
            else QCoreApplication.translate("StatCard", "较上年")
        )
        if change is not None and figure.value is not None:
            self.change = plain_label(change[0], "change", wrap=False)
            self.change.setAccessibleName(
                QCoreApplication.translate("StatCard", "较{since}{change}").format(
                    since=since, change=change[0]
                )
                if since
                else QCoreApplication.translate("StatCard", "较上年{change}").format(
                    change=change[0]
                )
            )
            # The change is a figure: never squeezed by the words beside it (short in every
            # language: 较上年, YoY).
            self.change.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
            footer.addWidget(self.change)
        if change is not None:
            # Against the year before, or the year its sentence names (较2020年); a rate stated
            # on its own is the headline (↑3.6%), with only these words under it.
            self.compared = plain_label(compared, "muted", wrap=False)
            footer.addWidget(self.compared)
        self.derived_mark: QLabel | None = None
        if figure.derived is not None:
            self.derived_mark = plain_label(
                QCoreApplication.translate("StatCard", "推算"), "badge", wrap=False
            )
            self.derived_mark.setToolTip(
                plain_tooltip(
                    QCoreApplication.translate("StatCard", "原文未直接给出，由原文数字推算")
                )
            )
            footer.addWidget(self.derived_mark)
        footer.addStretch(1)
        return footer

    def shown_value(self) -> str:
        """The value as the card shows it, all parts joined: 突破330家, 约1.00亿元."""
        return self.prefix.text() + self.number.text() + self.suffix.text()

    def apply_appearance(self, appearance: Appearance) -> None:
        # Two lines for every label, so the values of a row of cards line up.
        self.label.setFont(appearance.font(appearance.theme.base_pt))
        self.label.setMinimumHeight(2 * self.label.fontMetrics().lineSpacing())
        change = change_text(self.figure)
        # The change, or the arrow of a rate that is its own headline, coloured by the theme's
        # sheet (QLabel[role="change"][tone=...]).
        coloured = self.change if self.figure.value is not None else self.prefix
        if coloured is not None and change is not None:
            if coloured is self.prefix:
                coloured.setProperty("role", "change")
            coloured.setProperty("tone", "good" if change[1] else "bad")
            coloured.style().unpolish(coloured)
            coloured.style().polish(coloured)

    def open_source(self) -> SourcePopup:
        """Show the source sentence under the card (what a click or Enter does)."""
        if self.popup is not None:
            self.popup.close()
            self.popup.deleteLater()
        host = self.parentWidget()
        while host is not None and host.objectName() != "page" and host.parentWidget() is not None:
            host = host.parentWidget()
        self.popup = SourcePopup(self, self.figure, self.figures, host or self.window())
        self.popup.show_in_text.connect(self.show_in_text)
        self.popup.open_below()
        return self.popup

    def copy_figure(self) -> str:
        """Put the figure with its source on the clipboard, to paste into a document."""
        text = figure_citation(self.figure, self.figures, self.source)
        QGuiApplication.clipboard().setText(text)
        # Said in the window's status bar: a status tip travels up to the main window.
        said = QCoreApplication.translate("StatCard", "已复制：{label}")
        QCoreApplication.sendEvent(self, QStatusTipEvent(said.format(label=self.figure.label)))
        return text

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
            event.position().toPoint()
        ):
            self.open_source()
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.open_source()
            event.accept()
            return
        super().keyPressEvent(event)
