"""The dialogs of exporting: one chart as an image, or the whole briefing into a folder."""

from __future__ import annotations

from datetime import date
from pathlib import Path

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

from briefing.render.files import CHART_FORMATS, ImageOptions, safe_file_name
from briefing.settings import (
    EXPORT_BACKGROUND,
    EXPORT_DPI,
    EXPORT_FOLDER,
    EXPORT_FORMAT,
    EXPORT_HEIGHT,
    EXPORT_KINDS,
    EXPORT_SCALE,
    EXPORT_SOURCE,
    EXPORT_TITLE,
    EXPORT_WIDTH,
    Settings,
)
from briefing.views.labels import plain_label

SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
CUSTOM = "custom"
SCALES = (1, 2, 3)
DPIS = (96, 150, 300)


class ChartExportDialog(QDialog):
    """Format, exact size, scale, DPI, background, title and source line, and where to save.

    It opens with the choices made last time (``remember`` stores them once a file is written)."""

    def __init__(
        self, title: str, settings: Settings, theme: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chart-export")
        self.setWindowTitle(self.tr("导出图片"))
        self.chart_title = title
        self.theme = theme
        form = QFormLayout()

        self.format = QComboBox()
        for suffix, label in CHART_FORMATS.items():
            self.format.addItem(label, suffix)
        self.format.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("格式"), self.format)

        self.size_preset = QComboBox()
        for width, height in SIZES:
            self.size_preset.addItem(f"{width}×{height}", f"{width}x{height}")
        self.size_preset.addItem(self.tr("自定义"), CUSTOM)
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
        form.addRow(self.tr("尺寸"), size_row)

        self._picture_rows(form)

        self.path = QLineEdit()
        self.path.setObjectName("export-path")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("保存到"), path_row)
        self.folder = settings.get(EXPORT_FOLDER) or str(Path.home())

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
        self._restore(settings)
        self._set_default_path()
        self._size_changed()
        self._format_changed()

    def _picture_rows(self, form: QFormLayout) -> None:
        self.scale = QComboBox()
        for scale in SCALES:
            self.scale.addItem(f"{scale}×", scale)
        form.addRow(self.tr("倍率"), self.scale)
        self.dpi = QComboBox()
        for dpi in DPIS:
            self.dpi.addItem(f"{dpi} DPI", dpi)
        form.addRow(self.tr("分辨率"), self.dpi)
        self.background = QComboBox()
        for label, value in ((self.tr("白色"), "white"), (self.tr("透明"), "transparent"),
                             (self.tr("主题色"), "theme")):  # fmt: skip
            self.background.addItem(label, value)
        form.addRow(self.tr("背景"), self.background)
        self.with_title = QCheckBox(self.tr("包含图表标题"))
        self.with_title.setChecked(True)
        self.with_source = QCheckBox(self.tr("包含数据来源"))
        self.with_source.setChecked(True)
        form.addRow("", self.with_title)
        form.addRow("", self.with_source)

    def _restore(self, settings: Settings) -> None:
        """The choices of last time; a value that is no longer offered keeps the default."""
        _select(self.format, settings.get(EXPORT_FORMAT))
        size = (settings.get(EXPORT_WIDTH), settings.get(EXPORT_HEIGHT))
        if not _select(self.size_preset, "{}x{}".format(*size)) and all(
            200 <= side <= 8000 for side in size
        ):
            _select(self.size_preset, CUSTOM)
            self.width_box.setValue(size[0])
            self.height_box.setValue(size[1])
        _select(self.scale, settings.get(EXPORT_SCALE))
        _select(self.dpi, settings.get(EXPORT_DPI))
        _select(self.background, settings.get(EXPORT_BACKGROUND))
        self.with_title.setChecked(settings.get(EXPORT_TITLE))
        self.with_source.setChecked(settings.get(EXPORT_SOURCE))

    def remember(self, settings: Settings) -> None:
        """Offer these choices next time, and this folder."""
        settings.set(EXPORT_FORMAT, self.suffix())
        settings.set(EXPORT_WIDTH, self.width_box.value())
        settings.set(EXPORT_HEIGHT, self.height_box.value())
        settings.set(EXPORT_SCALE, int(self.scale.currentData()))
        settings.set(EXPORT_DPI, int(self.dpi.currentData()))
        settings.set(EXPORT_BACKGROUND, str(self.background.currentData()))
        settings.set(EXPORT_TITLE, self.with_title.isChecked())
        settings.set(EXPORT_SOURCE, self.with_source.isChecked())
        settings.set(EXPORT_FOLDER, str(self.target().parent))

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
        preset = str(self.size_preset.currentData())
        custom = preset == CUSTOM
        self.width_box.setEnabled(custom)
        self.height_box.setEnabled(custom)
        if not custom:
            width, height = preset.split("x")
            self.width_box.setValue(int(width))
            self.height_box.setValue(int(height))

    def _format_changed(self) -> None:
        if self.path.text():  # empty while the dialog is being built
            current = Path(self.path.text())
            self.path.setText(str(current.with_suffix(f".{self.suffix()}")))
        notes = {
            "svg": self.tr("SVG 把文字保存为文字：查看它的电脑需要有相应的中文字体。"),
            "pdf": self.tr("PDF 嵌入字体，是在任何电脑上都能正确显示中文的矢量格式。"),
            "jpg": self.tr("JPEG 没有透明背景，透明部分会填成白色。"),
        }
        self.note.setText(notes.get(self.suffix(), ""))
        self.note.setVisible(bool(self.note.text()))

    def _browse(self) -> None:
        kind = f"{self.format.currentText()} (*.{self.suffix()})"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("导出图片"), self.path.text(), kind)
        if path:
            self.path.setText(path)


class BriefingExportDialog(QDialog):
    """Which files to write for the whole briefing, and into which folder."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("briefing-export")
        self.setWindowTitle(self.tr("导出整份简报"))
        layout = QVBoxLayout(self)
        self.kinds: dict[str, QCheckBox] = {}
        labels = {
            "pdf": self.tr("PDF：每张幻灯片一页（16:9，嵌入字体）"),
            "png": self.tr("每个图表的 PNG 图片（1920×1080）"),
            "svg": self.tr("每个图表的 SVG 矢量图"),
            "csv": self.tr("全部数字的表格（CSV，Excel 可直接打开）"),
            "xlsx": self.tr("Excel 工作簿（全部数字，以及每个图表的数据）"),
            "pptx": self.tr("PowerPoint / WPS 演示文稿（每张幻灯片一页，图表可编辑）"),
        }
        chosen = set(settings.get(EXPORT_KINDS).split(","))
        for kind, label in labels.items():
            box = QCheckBox(label)
            box.setChecked(kind in chosen)
            self.kinds[kind] = box
            layout.addWidget(box)
        row = QHBoxLayout()
        self.folder = QLineEdit(settings.get(EXPORT_FOLDER) or str(Path.home()))
        self.folder.setObjectName("export-folder")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        row.addWidget(plain_label(self.tr("保存到文件夹"), wrap=False))
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

    def remember(self, settings: Settings) -> None:
        settings.set(EXPORT_KINDS, ",".join(self.formats()))
        settings.set(EXPORT_FOLDER, str(self.target()))

    def target(self) -> Path:
        return Path(self.folder.text()).expanduser()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("导出到文件夹"), self.folder.text())
        if folder:
            self.folder.setText(folder)


def _select(box: QComboBox, data: object) -> bool:
    """Choose the item holding ``data``; False (and no change) when there is none."""
    index = box.findData(data)
    if index < 0:
        return False
    box.setCurrentIndex(index)
    return True
