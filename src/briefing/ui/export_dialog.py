"""The dialogs of exporting: one chart as an image, or the whole briefing into a folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from briefing.export.files import ImageOptions, safe_file_name
from briefing.ui.common import plain_label

FORMATS = (("PNG", "png"), ("JPEG", "jpg"), ("SVG", "svg"), ("PDF", "pdf"))
SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
SCALES = (1, 2, 3)
DPIS = (96, 150, 300)


def tr(text: str) -> str:
    return QCoreApplication.translate("ExportDialog", text)


class ChartExportDialog(QDialog):
    """Format, exact size, scale, DPI, background, title and source line, and where to save."""

    def __init__(self, title: str, folder: str, theme: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("chart-export")
        self.setWindowTitle(tr("导出图片"))
        self.chart_title = title
        self.theme = theme
        form = QFormLayout()

        self.format = QComboBox()
        for label, suffix in FORMATS:
            self.format.addItem(label, suffix)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(tr("格式"), self.format)

        self.size_preset = QComboBox()
        for width, height in SIZES:
            self.size_preset.addItem(f"{width}×{height}", (width, height))
        self.size_preset.addItem(tr("自定义"), None)
        self.size_preset.setCurrentIndex(1)
        self.width_box, self.height_box = QSpinBox(), QSpinBox()
        for box, pixels in ((self.width_box, 1920), (self.height_box, 1080)):
            box.setRange(200, 8000)
            box.setValue(pixels)
            box.setSuffix(" px")
        size_row = QHBoxLayout()
        size_row.addWidget(self.size_preset)
        size_row.addWidget(self.width_box)
        size_row.addWidget(plain_label("×", wrap=False))
        size_row.addWidget(self.height_box)
        self.size_preset.currentIndexChanged.connect(self._size_changed)
        form.addRow(tr("尺寸"), size_row)

        self._picture_rows(form)

        self.path = QLineEdit()
        self.path.setObjectName("export-path")
        browse = QPushButton(tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(tr("保存到"), path_row)
        self.folder = folder or str(Path.home())
        self._set_default_path()

        self.note = plain_label("", "muted")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._size_changed()
        self._format_changed()

    def _picture_rows(self, form: QFormLayout) -> None:
        self.scale = QComboBox()
        for scale in SCALES:
            self.scale.addItem(f"{scale}×", scale)
        form.addRow(tr("倍率"), self.scale)
        self.dpi = QComboBox()
        for dpi in DPIS:
            self.dpi.addItem(f"{dpi} DPI", dpi)
        form.addRow(tr("分辨率"), self.dpi)
        self.background = QComboBox()
        for label, value in ((tr("白色"), "white"), (tr("透明"), "transparent"),
                             (tr("主题色"), "theme")):  # fmt: skip
            self.background.addItem(label, value)
        form.addRow(tr("背景"), self.background)
        self.with_title = QCheckBox(tr("包含图表标题"))
        self.with_title.setChecked(True)
        self.with_source = QCheckBox(tr("包含数据来源"))
        self.with_source.setChecked(True)
        form.addRow("", self.with_title)
        form.addRow("", self.with_source)

    def suffix(self) -> str:
        return str(self.format.currentData())

    def options(self) -> ImageOptions:
        return ImageOptions(
            width=self.width_box.value(),
            height=self.height_box.value(),
            scale=int(self.scale.currentData()),
            dpi=int(self.dpi.currentData()),
            background=self.background.currentData(),
            title=self.with_title.isChecked(),
            source=self.with_source.isChecked(),
            theme=self.theme,
        )

    def target(self) -> Path:
        return Path(self.path.text()).expanduser()

    def _set_default_path(self) -> None:
        name = f"{safe_file_name(self.chart_title)}-{date.today():%Y%m%d}.{self.suffix()}"
        self.path.setText(str(Path(self.folder) / name))

    def _size_changed(self) -> None:
        preset = self.size_preset.currentData()
        custom = preset is None
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            self.width_box.setValue(preset[0])
            self.height_box.setValue(preset[1])

    def _format_changed(self) -> None:
        current = Path(self.path.text())
        self.path.setText(str(current.with_suffix(f".{self.suffix()}")))
        notes = {
            "svg": tr("SVG 把文字保存为文字：查看它的电脑需要有相应的中文字体。"),
            "pdf": tr("PDF 嵌入字体，是在任何电脑上都能正确显示中文的矢量格式。"),
            "jpg": tr("JPEG 没有透明背景，透明部分会填成白色。"),
        }
        self.note.setText(notes.get(self.suffix(), ""))
        self.note.setVisible(bool(self.note.text()))

    def _browse(self) -> None:
        kind = f"{self.format.currentText()} (*.{self.suffix()})"
        path, _ = QFileDialog.getSaveFileName(self, tr("导出图片"), self.path.text(), kind)
        if path:
            self.path.setText(path)


class BriefingExportDialog(QDialog):
    """Which files to write for the whole briefing, and into which folder."""

    def __init__(self, folder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing-export")
        self.setWindowTitle(tr("导出整份简报"))
        layout = QVBoxLayout(self)
        self.kinds: dict[str, QCheckBox] = {}
        for kind, label in (("pdf", tr("PDF：每张幻灯片一页（16:9，嵌入字体）")),
                            ("png", tr("每个图表的 PNG 图片（1920×1080）")),
                            ("svg", tr("每个图表的 SVG 矢量图")),
                            ("csv", tr("全部数字的表格（CSV，Excel 可直接打开）"))):  # fmt: skip
            box = QCheckBox(label)
            box.setChecked(True)
            self.kinds[kind] = box
            layout.addWidget(box)
        row = QHBoxLayout()
        self.folder = QLineEdit(folder or str(Path.home()))
        self.folder.setObjectName("export-folder")
        browse = QPushButton(tr("浏览…"))
        browse.clicked.connect(self._browse)
        row.addWidget(plain_label(tr("保存到文件夹"), wrap=False))
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def formats(self) -> list[str]:
        return [kind for kind, box in self.kinds.items() if box.isChecked()]

    def target(self) -> Path:
        return Path(self.folder.text()).expanduser()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, tr("导出到文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)
