"""The bundled briefing with notes of their own on one chart, one picture and one card: the
slides a test of per-slide notes looks at, and the words they carry."""

from __future__ import annotations

import dataclasses
from typing import Any

from briefing.model import Briefing, Dataset

CHART = "s2-innovation-ranks"
IMAGE = "s2-centre-registration"
CARD = "s1-talent-fund"
CHART_NOTES = ["图表自己的备注：排名提升", "第二行"]
IMAGE_NOTES = ["图片自己的备注"]
CARD_NOTES = ["卡片自己的备注"]


def with_own_notes(briefing: Briefing) -> Briefing:
    data: dict[str, Any] = briefing.model_dump()
    for block in [data["lead"], *data["sections"]]:
        for chart in block["charts"]:
            if chart["id"] == CHART:
                chart["notes"] = CHART_NOTES
        for image in block["images"]:
            if image["id"] == IMAGE:
                image["notes"] = IMAGE_NOTES
        for figure in block["figures"]:
            if figure["id"] == CARD:
                figure["notes"] = CARD_NOTES
    return Briefing.model_validate(data)


def dataset_with_own_notes(dataset: Dataset) -> Dataset:
    return dataclasses.replace(dataset, briefing=with_own_notes(dataset.briefing))
