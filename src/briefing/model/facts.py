"""The figures table: every figure of a briefing, one row each, as CSV (for Excel) or JSON."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from briefing.model.formatting import format_change, format_figure, format_number
from briefing.model.formula import derivation_sources, derivation_text
from briefing.model.schema import Briefing, Figure

COLUMNS = (
    "section",
    "id",
    "label",
    "value",
    "unit",
    "qualifier",
    "printed",
    "change",
    "derived",
    "formula",
    "quote",
    "basis",
    "card",
)


def fact_rows(briefing: Briefing) -> list[dict[str, Any]]:
    """One row per figure, in document order; values are plain strings, booleans or numbers."""
    figures = briefing.figures()
    rows = []
    for section, block in briefing.blocks():
        for figure in block.figures:
            rows.append(
                {
                    "section": section,
                    "id": figure.id,
                    "label": figure.label,
                    "value": "" if figure.value is None else format_number(figure.value),
                    "unit": figure.unit,
                    "qualifier": figure.qualifier or "",
                    "printed": format_figure(figure),
                    "change": _change(figure),
                    "derived": figure.derived is not None,
                    "formula": derivation_text(figure, figures),
                    "quote": figure.quote or "",
                    "basis": " ".join(derivation_sources(figure, figures)),
                    "card": figure.id in block.cards,
                }
            )
    return rows


def _change(figure: Figure) -> str:
    """The change as the table writes it: +50%, with what it is against when that is not the
    year before (+50%（较2020年）)."""
    if figure.change is None:
        return ""
    words = format_change(figure.change, figure.better)
    return f"{words}（较{figure.change.since}）" if figure.change.since else words


def _cell(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def facts_csv(briefing: Briefing) -> str:
    """The table as CSV text; write it UTF-8 with a BOM so Excel reads the Chinese."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    for row in fact_rows(briefing):
        writer.writerow({key: _cell(value) for key, value in row.items()})
    return buffer.getvalue()


def facts_json(briefing: Briefing) -> str:
    """The table as a JSON list; value is a JSON number with the article's digits."""
    rows = [
        {**row, "value": json.loads(row["value"])}  # "2.96" -> 2.96, "3590" -> 3590
        for row in fact_rows(briefing)
    ]
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"
