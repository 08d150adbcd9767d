"""Money: CNY amounts as Decimal, rounded to the fen (0.01) half up, never floats."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, PlainSerializer

from dealer_rules.core.messages import Message, UserError

CENT = Decimal("0.01")
#: no amount a dealer handles comes near this; past it (1e308, a 30-digit integer) a clean
#: "number out of range" names the field instead of a decimal error deep in a calculation
LARGEST = Decimal("999999999999999.99")


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


#: a money field: validated from numbers or numeric text, rounded to 0.01, shown as text
#: ("1080.00") in JSON so no client turns it into a float.
Money = Annotated[Decimal, AfterValidator(cny), PlainSerializer(lambda v: f"{v:.2f}", return_type=str,
                                                                 when_used="json"),
                  Field(json_schema_extra={"format": "money-cny"})]
