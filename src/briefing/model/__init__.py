"""The Qt-free model: the dataset format, its one loader, and figures written the Chinese way."""

from briefing.model.article import Article
from briefing.model.formatting import (
    figure_parts,
    format_change,
    format_figure,
    format_number,
    format_shown,
    is_improvement,
)
from briefing.model.loader import DATASET_FILE, Dataset, load_dataset
from briefing.model.paths import PathOutsideError, resolve_inside
from briefing.model.problems import DatasetError, Message, Problem
from briefing.model.schema import (
    Block,
    Briefing,
    Change,
    Chart,
    Derivation,
    Figure,
    Image,
    Section,
    Series,
    json_schema,
)

__all__ = [
    "DATASET_FILE",
    "Article",
    "Block",
    "Briefing",
    "Change",
    "Chart",
    "Dataset",
    "DatasetError",
    "Derivation",
    "Figure",
    "Image",
    "Message",
    "PathOutsideError",
    "Problem",
    "Section",
    "Series",
    "figure_parts",
    "format_change",
    "format_figure",
    "format_number",
    "format_shown",
    "is_improvement",
    "json_schema",
    "load_dataset",
    "resolve_inside",
]
