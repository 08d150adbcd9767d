"""Money: CNY amounts as Decimal, rounded to the fen (0.01) half up, never floats."""
from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Annotated

from pydantic import AfterValidator, Field, PlainSerializer

CENT = Decimal("0.01")


def cny(value) -> Decimal:
    """``value`` as CNY rounded to 0.01 (half up, the way a till rounds)."""
    if isinstance(value, float):
        value = repr(value)
    return Decimal(value).quantize(CENT, rounding=ROUND_HALF_UP)


#: a money field: validated from numbers or numeric text, rounded to 0.01, shown as text
#: ("1080.00") in JSON so no client turns it into a float.
Money = Annotated[Decimal, AfterValidator(cny), PlainSerializer(lambda v: f"{v:.2f}", return_type=str,
                                                                 when_used="json"),
                  Field(json_schema_extra={"format": "money-cny"})]
