"""Figures and charts in words, for a screen reader: a card as one sentence (label, value, unit,
change), a chart's data in one sentence. Chinese, as the figures are printed; the frames around
them are translated through ``translate(context, source)`` when it is given."""

from __future__ import annotations

from collections.abc import Mapping

from briefing.model.formatting import format_shown, plotted_value
from briefing.model.handout import change_words
from briefing.model.problems import QT_TRANSLATE_NOOP, Translate
from briefing.model.schema import Chart, Figure

CARD_SENTENCE = QT_TRANSLATE_NOOP("Figures", "{label}，{value}，{change}")
CARD_VALUE_ONLY = QT_TRANSLATE_NOOP("Figures", "{label}，{value}")
CARD_DERIVED = QT_TRANSLATE_NOOP("Figures", "{sentence}（推算）")
CHART_COUNT = QT_TRANSLATE_NOOP("Figures", "共{count}项")
SERIES_RANGE = QT_TRANSLATE_NOOP(
    "Figures", "{series}最高为{top}（{top_value}），最低为{bottom}（{bottom_value}）"
)
SERIES_RANK = QT_TRANSLATE_NOOP(
    "Figures", "{series}最好为{top}（{top_value}），最差为{bottom}（{bottom_value}）"
)
SERIES_ONE = QT_TRANSLATE_NOOP("Figures", "{series}：{top}{top_value}")
DESCRIPTION = QT_TRANSLATE_NOOP("Figures", "{parts}。")
DESCRIPTION_JOIN = QT_TRANSLATE_NOOP("Figures", "；")


def _said(translate: Translate | None, text: str) -> str:
    return translate("Figures", text) if translate else text


def card_sentence(figure: Figure, translate: Translate | None = None) -> str:
    """A card in one sentence: 人才专项资金投入，2.96亿元，较上年增长196%; a figure that is only
    its change: 硕博研究生引进数量增幅，较上年增长40%."""
    change = change_words(figure, translate)  # the handout's wording: 较上年增长196%
    if figure.value is None:
        sentence = _said(translate, CARD_VALUE_ONLY).format(label=figure.label, value=change)
    elif change:
        sentence = _said(translate, CARD_SENTENCE).format(
            label=figure.label, value=format_shown(figure), change=change
        )
    else:
        sentence = _said(translate, CARD_VALUE_ONLY).format(
            label=figure.label, value=format_shown(figure)
        )
    if figure.derived is not None:
        sentence = _said(translate, CARD_DERIVED).format(sentence=sentence)
    return sentence


def chart_description(
    chart: Chart, figures: Mapping[str, Figure], translate: Translate | None = None
) -> str:
    """The chart's data in one sentence: how many categories, and for each series its highest
    and lowest (for a rank, its best and worst) with the figures as printed."""
    parts = [_said(translate, CHART_COUNT).format(count=len(chart.categories))]
    for series in chart.series:
        values = [figures[figure_id] for figure_id in series.values]
        order = sorted(range(len(values)), key=lambda i: plotted_value(values[i]))
        lower_better = values[order[0]].better == "lower"
        top, bottom = (order[0], order[-1]) if lower_better else (order[-1], order[0])
        template = SERIES_RANK if lower_better else SERIES_RANGE
        template = SERIES_ONE if len(values) == 1 else template
        parts.append(
            _said(translate, template).format(
                series=series.name,
                top=chart.categories[top],
                top_value=format_shown(values[top]),
                bottom=chart.categories[bottom],
                bottom_value=format_shown(values[bottom]),
            )
        )
    joined = _said(translate, DESCRIPTION_JOIN).join(parts)
    return _said(translate, DESCRIPTION).format(parts=joined)
