"""Calendar arithmetic on the delivery date: months and anniversaries."""
from __future__ import annotations

import calendar
import datetime as dt


def add_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` later; a day the month lacks becomes its last day
    (31 January + 1 month = 28/29 February; 29 February + 12 months = 28 February)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    last = calendar.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def horizon_end(delivered_on: dt.date, horizon_months: int) -> dt.date:
    """The last day callbacks are planned for: ``horizon_months`` after delivery."""
    return add_months(delivered_on, horizon_months)
