"""The black slide after the last one, as PowerPoint shows it: a click or any key ends the show,
the previous-slide keys go back to the last slide."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from briefing.show.overlays import Overlay
from briefing.theme import STAGE, end_slide_sheet
from briefing.views.labels import plain_label


class EndSlide(Overlay):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, STAGE.black)
        layout = QVBoxLayout(self)
        self.label = plain_label(
            QCoreApplication.translate("Show", "放映结束，单击鼠标或按任意键退出"), wrap=False
        )
        self.label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label)
        layout.addStretch(1)

    def resizeEvent(self, event: object) -> None:
        unit = min(self.height() / 1080, self.width() / 1920) or 1
        layout = self.layout()
        if layout is not None:
            layout.setContentsMargins(0, round(40 * unit), 0, 0)
        self.label.setStyleSheet(end_slide_sheet(unit))
