"""Arithmetic for derived figures: parse once, evaluate exactly, explain to a reader.

Only numbers, input names, + - * / and parentheses are allowed; nothing is ever executed.
"""

from __future__ import annotations

import ast
import functools
import operator
from collections.abc import Callable, Mapping
from decimal import ROUND_HALF_UP, Decimal, DivisionByZero, InvalidOperation, localcontext

from briefing.model.formatting import format_number, plotted_value
from briefing.model.problems import QT_TRANSLATE_NOOP, Message, MessageError
from briefing.model.schema import Figure

_SYMBOLS = {ast.Add: "+", ast.Sub: "−", ast.Mult: "×", ast.Div: "÷"}
_OPERATIONS: dict[type[ast.operator], Callable[[Decimal, Decimal], Decimal]] = {
    ast.Add: operator.add,
    ast.Sub: operator.sub,
    ast.Mult: operator.mul,
    ast.Div: operator.truediv,
}


class FormulaError(MessageError):
    """A formula that cannot be parsed or evaluated."""


def _unexpected(formula: str) -> Message:  # pragma: no cover: _parse lets no other node through
    return Message(
        QT_TRANSLATE_NOOP("Problems", "unexpected element in formula {formula!r}"), formula=formula
    )


@functools.lru_cache(maxsize=1024)  # a briefing's formulas repeat (a / (1 + b / 100))
def _parse(formula: str) -> ast.expr:
    try:
        tree = ast.parse(formula, mode="eval")
    except SyntaxError as error:
        raise FormulaError(
            Message(
                QT_TRANSLATE_NOOP("Problems", "cannot read the formula {formula!r}: {reason}"),
                formula=formula,
                reason=error.msg,
            )
        ) from None
    for node in ast.walk(tree):
        allowed = (ast.Expression, ast.BinOp, ast.UnaryOp, ast.Name, ast.Load, ast.Constant)
        if not isinstance(node, allowed + tuple(_SYMBOLS) + (ast.USub, ast.UAdd)):
            raise FormulaError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems",
                        "the formula {formula!r} may only use numbers, names, + - * / and "
                        "parentheses",
                    ),
                    formula=formula,
                )
            )
        if isinstance(node, ast.Constant) and (
            isinstance(node.value, bool) or not isinstance(node.value, int | float)
        ):
            raise FormulaError(
                Message(
                    QT_TRANSLATE_NOOP(
                        "Problems", "the formula {formula!r} holds a constant that is not a number"
                    ),
                    formula=formula,
                )
            )
    return tree.body


def names(formula: str) -> set[str]:
    """The input names a formula uses."""
    return {node.id for node in ast.walk(_parse(formula)) if isinstance(node, ast.Name)}


def evaluate(formula: str, inputs: Mapping[str, Decimal]) -> Decimal:
    """The exact value of the formula (28 significant digits)."""

    def value(node: ast.expr) -> Decimal:
        if isinstance(node, ast.Constant):
            return Decimal(str(node.value))
        if isinstance(node, ast.Name):
            if node.id not in inputs:
                raise FormulaError(
                    Message(
                        QT_TRANSLATE_NOOP(
                            "Problems", "the formula uses {name!r}, which is not an input"
                        ),
                        name=node.id,
                    )
                )
            return inputs[node.id]
        if isinstance(node, ast.UnaryOp):
            operand = value(node.operand)
            return -operand if isinstance(node.op, ast.USub) else operand
        if isinstance(node, ast.BinOp):
            return _OPERATIONS[type(node.op)](value(node.left), value(node.right))
        raise FormulaError(_unexpected(formula))  # pragma: no cover

    with localcontext() as context:
        context.traps[DivisionByZero] = True
        context.traps[InvalidOperation] = True
        try:
            return value(_parse(formula))
        except (DivisionByZero, InvalidOperation):
            raise FormulaError(
                Message(
                    QT_TRANSLATE_NOOP("Problems", "the formula {formula!r} divides by zero"),
                    formula=formula,
                )
            ) from None


def round_like(result: Decimal, stated: Decimal) -> Decimal:
    """The result rounded half-up to as many decimals as the stored value has."""
    exponent = stated.as_tuple().exponent
    places = Decimal(1).scaleb(exponent if isinstance(exponent, int) and exponent < 0 else 0)
    return result.quantize(places, rounding=ROUND_HALF_UP)


def explain(
    formula: str, inputs: Mapping[str, Decimal], result: Decimal, *, approximate: bool = False
) -> str:
    """The computation with the numbers filled in: 2.96 ÷ (1 + 196 ÷ 100) ≈ 1.00."""

    def number(value: Decimal) -> str:
        return f"(−{format_number(-value)})" if value < 0 else format_number(value)

    def text(node: ast.expr, parent_precedence: int = 0) -> str:
        if isinstance(node, ast.Constant):
            return number(Decimal(str(node.value)))
        if isinstance(node, ast.Name):
            return number(inputs[node.id])
        if isinstance(node, ast.UnaryOp):
            sign = "−" if isinstance(node.op, ast.USub) else "+"
            return f"{sign}{text(node.operand, 3)}"
        if isinstance(node, ast.BinOp):
            precedence = 1 if isinstance(node.op, ast.Add | ast.Sub) else 2
            body = (
                f"{text(node.left, precedence)} {_SYMBOLS[type(node.op)]} "
                f"{text(node.right, precedence + 1)}"
            )
            return f"({body})" if precedence < parent_precedence else body
        raise FormulaError(_unexpected(formula))  # pragma: no cover

    exact = not approximate and evaluate(formula, inputs) == result
    return f"{text(_parse(formula))} {'=' if exact else '≈'} {format_number(result)}"


def input_values(figure: Figure, figures: Mapping[str, Figure]) -> dict[str, Decimal]:
    """The value of each input of a (checked) derived figure, by name."""
    if figure.derived is None:
        return {}
    values: dict[str, Decimal] = {}
    for name, reference in figure.derived.inputs.items():
        figure_id, _, part = reference.partition(".")
        source = figures[figure_id]
        values[name] = plotted_value(source) if not part else _change_amount(source)
    return values


def _change_amount(figure: Figure) -> Decimal:
    return figure.change.amount if figure.change else Decimal(0)


def derivation_text(figure: Figure, figures: Mapping[str, Figure]) -> str:
    """How a derived figure is computed, for a reader: 2.96 ÷ (1 + 196 ÷ 100) ≈ 1.00（note）."""
    derivation = figure.derived
    if derivation is None:
        return ""
    text = explain(
        derivation.formula,
        input_values(figure, figures),
        plotted_value(figure),
        approximate=derivation.approximate,
    )
    return f"{text}（{derivation.note}）" if derivation.note else text


def derivation_sources(figure: Figure, figures: Mapping[str, Figure]) -> list[str]:
    """The sentences of the stated figures a derived figure is computed from, each once."""
    sentences: list[str] = []
    if figure.derived is not None:
        for reference in figure.derived.inputs.values():
            quote = figures[reference.partition(".")[0]].quote
            if quote and quote not in sentences:
                sentences.append(quote)
    return sentences
