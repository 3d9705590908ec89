"""The dialogs of exporting: one chart as an image, or the whole briefing into a folder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
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
    QSizePolicy,
    QSpinBox,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from briefing.render.files import (
    BRIEFING_CHART_FORMATS,
    CHART_FORMATS,
    ExportError,
    ImageOptions,
    safe_file_name,
)
from briefing.settings import (
    EXPORT_BACKGROUND,
    EXPORT_DPI,
    EXPORT_FOLDER,
    EXPORT_FORMAT,
    EXPORT_HEIGHT,
    EXPORT_KINDS,
    EXPORT_SCALE,
    EXPORT_SOURCE,
    EXPORT_SVG_OUTLINES,
    EXPORT_TITLE,
    EXPORT_WIDTH,
    Settings,
)
from briefing.viewer.chart_choice import ChartChoice
from briefing.viewer.export_preview import Draw, ExportPreview
from briefing.views.labels import plain_label

SIZES = ((1280, 720), (1920, 1080), (3840, 2160))
CUSTOM = "custom"
SCALES = (1, 2, 3)
DPIS = (96, 150, 300)
SVG_DPI = 96  # an SVG's pixel is a CSS pixel, 1/96 inch, whatever DPI is chosen
CM_PER_INCH = 2.54
PREVIEW_DELAY_MS = 150  # the choices settle (a spin box held down) before the chart is redrawn


class ChartExportDialog(QDialog):
    """Format, exact size, scale, DPI, background, title and source line, and where to save;
    the size in centimetres a document gives the picture, and a preview of it (drawn by
    ``draw``, none without it).

    It opens with the choices made last time (``remember`` stores them once a file is written)."""

    def __init__(
        self,
        title: str,
        settings: Settings,
        theme: str,
        parent: QWidget | None = None,
        *,
        draw: Draw | None = None,
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
        self.outlines = QCheckBox(self.tr("文字转为轮廓（没有中文字体的电脑也能正确显示）"))
        self.outlines.toggled.connect(self._format_changed)
        form.addRow("", self.outlines)
        self._size_row(form)
        self._picture_rows(form)
        self._path_row(form)
        self.folder = settings.get(EXPORT_FOLDER) or str(Path.home())

        self.note = plain_label("", "muted")
        self.preview = ExportPreview(theme)
        self._draw = draw
        self._preview_timer = QTimer(self)
        self._preview_timer.setSingleShot(True)
        self._preview_timer.setInterval(PREVIEW_DELAY_MS)
        self._preview_timer.timeout.connect(self._refresh_shown)
        body = QHBoxLayout()
        body.addLayout(form, 1)
        if draw is not None:
            body.addWidget(self.preview, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.preview.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(body)
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
        self._watch()

    def _size_row(self, form: QFormLayout) -> None:
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
        times = plain_label("×", wrap=False)
        times.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        size_row.addWidget(times)
        size_row.addWidget(self.height_box)
        self.size_preset.currentIndexChanged.connect(self._size_changed)
        form.addRow(self.tr("尺寸"), size_row)

    def _path_row(self, form: QFormLayout) -> None:
        self.path = QLineEdit()
        self.path.setObjectName("export-path")
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("保存到"), path_row)

    def _picture_rows(self, form: QFormLayout) -> None:
        self.scale = QComboBox()
        for scale in SCALES:
            self.scale.addItem(f"{scale}×", scale)
        form.addRow(self.tr("倍率"), self.scale)
        self.dpi = QComboBox()
        for dpi in DPIS:
            self.dpi.addItem(f"{dpi} DPI", dpi)
        form.addRow(self.tr("分辨率"), self.dpi)
        self.size_note = plain_label("", wrap=False)
        self.size_note.setObjectName("export-size")
        form.addRow(self.tr("输出尺寸"), self.size_note)
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
        self.outlines.setChecked(settings.get(EXPORT_SVG_OUTLINES))

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
        settings.set(EXPORT_SVG_OUTLINES, self.outlines.isChecked())
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
            outline_text=self.suffix() == "svg" and self.outlines.isChecked(),
        )

    def size_text(self) -> str:
        """The file's pixels, and the centimetres a document (Word, WPS) gives them at the DPI
        written into it; an SVG has no DPI of its own and counts 96 to the inch."""
        width, height = self.options().pixel_size
        if self.suffix() == "svg":
            dpi = SVG_DPI
            template = self.tr(
                "{width} × {height} 像素，{cm_width} × {cm_height} 厘米（SVG 按 96 dpi）"
            )
        else:
            dpi = int(self.dpi.currentData())
            template = self.tr(
                "{width} × {height} 像素，{cm_width} × {cm_height} 厘米（{dpi} dpi）"
            )
        return template.format(
            width=width,
            height=height,
            cm_width=f"{width / dpi * CM_PER_INCH:.2f}",
            cm_height=f"{height / dpi * CM_PER_INCH:.2f}",
            dpi=dpi,
        )

    def refresh_preview(self) -> None:
        """Draw the preview now: the chart with these options at the preview's size."""
        if self._draw is None:
            return
        options = self.options()
        size = self.preview.fit(options.pixel_size)
        small = replace(options, width=size.width(), height=size.height(), scale=1)
        try:
            image = self._draw(small)
        except ExportError as error:
            self.preview.show_problem(str(error))
            return
        self.preview.show_image(image, flatten=self.suffix() == "jpg")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._preview_timer.start()

    def _watch(self) -> None:
        """Every choice updates the size in centimetres, and the preview once they settle."""
        for box in (self.format, self.size_preset, self.scale, self.dpi, self.background):
            box.currentIndexChanged.connect(self._options_changed)
        for spin in (self.width_box, self.height_box):
            spin.valueChanged.connect(self._options_changed)
        for check in (self.with_title, self.with_source):
            check.toggled.connect(self._options_changed)
        self._options_changed()

    def _options_changed(self) -> None:
        self.size_note.setText(self.size_text())
        self._preview_timer.start()

    def _refresh_shown(self) -> None:
        if self.isVisible():  # a dialog closed meanwhile draws nothing
            self.refresh_preview()

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
        svg = self.suffix() == "svg"
        self.outlines.setEnabled(svg)
        self.dpi.setEnabled(not svg)  # an SVG is written in pixels; it carries no DPI
        outlined = svg and self.outlines.isChecked()
        notes = {
            "svg": self.tr("SVG 的文字已转为轮廓：任何电脑上都显示正确，但文字不能再选中或修改。")
            if outlined
            else self.tr("SVG 把文字保存为文字：查看它的电脑需要有相应的中文字体。"),
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
    """Which files to write for the whole briefing, of which of its ``charts`` ((id, title)
    each), and into which folder."""

    def __init__(
        self,
        settings: Settings,
        parent: QWidget | None = None,
        *,
        charts: Sequence[tuple[str, str]] = (),
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefing-export")
        self.setWindowTitle(self.tr("导出整份简报"))
        layout = QVBoxLayout(self)
        self.kinds: dict[str, QCheckBox] = {}
        labels = {
            "pdf": self.tr("PDF：每张幻灯片一页（16:9，嵌入字体）"),
            "handout": self.tr("A4 讲义 PDF（文字、数字表、图表、图片和出处，可直接打印）"),
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
            if kind == "svg":
                layout.addWidget(self._outline_row(settings))
        self.charts = ChartChoice(charts)
        layout.addWidget(self.charts)
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
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        for box in self.kinds.values():
            box.toggled.connect(self._choices_changed)
        self.charts.changed.connect(self._choices_changed)
        self._choices_changed()

    def _outline_row(self, settings: Settings) -> QWidget:
        """文字转为轮廓, under the SVG box and indented to its text: it belongs to it."""
        self.outlines = QCheckBox(self.tr("文字转为轮廓（没有中文字体的电脑也能正确显示）"))
        self.outlines.setChecked(settings.get(EXPORT_SVG_OUTLINES))
        style = self.style()
        indent = style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + style.pixelMetric(
            QStyle.PixelMetric.PM_CheckBoxLabelSpacing
        )
        row = QWidget()
        inner = QHBoxLayout(row)
        inner.setContentsMargins(indent, 0, 0, 0)
        inner.addWidget(self.outlines)
        return row

    def formats(self) -> list[str]:
        return [kind for kind, box in self.kinds.items() if box.isChecked()]

    def chosen_charts(self) -> list[str]:
        """The ids of the charts whose images are written."""
        return self.charts.chosen()

    def outline_text(self) -> bool:
        return self.kinds["svg"].isChecked() and self.outlines.isChecked()

    def remember(self, settings: Settings) -> None:
        settings.set(EXPORT_KINDS, ",".join(self.formats()))
        settings.set(EXPORT_SVG_OUTLINES, self.outlines.isChecked())
        settings.set(EXPORT_FOLDER, str(self.target()))

    def _choices_changed(self) -> None:
        """What only applies to images is off without them; Save is off when nothing would
        be written (only images chosen, of no chart)."""
        formats = set(self.formats())
        images = bool(formats & set(BRIEFING_CHART_FORMATS))
        self.outlines.setEnabled("svg" in formats)
        self.charts.setEnabled(images)
        others = bool(formats - set(BRIEFING_CHART_FORMATS))
        self.save_button.setEnabled(others or (images and bool(self.chosen_charts())))

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
