"""Money: CNY amounts as Decimal, rounded to the fen (0.01) half up, never floats.

On the wire (the API, facts files) an amount is a decimal string such as ``"1200.00"``: a
client in any language reads it without turning it into a float. The JSON Schema says so
(a string with a pattern, ``format: decimal``, ``x-currency: CNY``); a JSON number is still
accepted on input for older clients, and rounded the same way.
"""
from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import AfterValidator, BeforeValidator, PlainSerializer

from dealer_rules.core.messages import Message, UserError

CENT = Decimal("0.01")
#: no amount a dealer handles comes near this; past it (1e308, a 30-digit integer) a clean
#: "number out of range" names the field instead of a decimal error deep in a calculation
LARGEST = Decimal("999999999999999.99")
#: what a money string may look like on input: plain decimal notation, no exponent or spaces
PLAIN = re.compile(r"-?[0-9]+(\.[0-9]+)?")
#: the documented forms: up to 15 digits before the point (LARGEST) and 2 after it
ANY_AMOUNT = r"^-?(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$"
NOT_NEGATIVE = r"^(0|[1-9][0-9]{0,14})(\.[0-9]{1,2})?$"
POSITIVE = r"^([1-9][0-9]{0,14}(\.[0-9]{1,2})?|0\.([1-9][0-9]?|0[1-9]))$"
ANSWERED = r"^-?[0-9]+\.[0-9]{2}$"


def cny(value) -> Decimal:
    """``value`` as CNY rounded to 0.01 (half up, the way a till rounds).

    :raises UserError: ``number_out_of_range`` past ±LARGEST (pydantic reports it on the
        field's path)."""
    if isinstance(value, float):
        value = repr(value)
    value = Decimal(value)
    if not value.is_finite() or abs(value) > LARGEST:
        raise UserError(Message("number_out_of_range", limit=f"{LARGEST:,}"))
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def _plain(value):
    """A money string must be a plain decimal ("1200.00"), not "1.2e3" or " 12"."""
    if isinstance(value, str) and not PLAIN.fullmatch(value):
        raise UserError(Message("not_money", value=value[:40]))
    return value


class MoneySchema:
    """The JSON Schema of a money field: a decimal string whose pattern follows the field's
    lower bound (``ge=0``, ``gt=0``), in requests and answers alike."""

    def __get_pydantic_json_schema__(self, schema, handler):
        inner = schema
        while inner.get("type") != "decimal" and "schema" in inner:
            inner = inner["schema"]
        if handler.mode == "serialization":
            pattern = ANSWERED
        elif inner.get("gt") is not None and inner["gt"] >= 0:
            pattern = POSITIVE
        elif inner.get("ge") is not None and inner["ge"] >= 0:
            pattern = NOT_NEGATIVE
        else:
            pattern = ANY_AMOUNT
        return {"type": "string", "format": "decimal", "pattern": pattern,
                "x-currency": "CNY", "examples": ["1200.00"]}


#: a money field: validated from decimal text (or a number), rounded to 0.01, shown as text
#: ("1080.00") in JSON so no client turns it into a float.
Money = Annotated[Decimal, BeforeValidator(_plain), AfterValidator(cny),
                  PlainSerializer(lambda v: f"{v:.2f}", return_type=str, when_used="json"),
                  MoneySchema()]
