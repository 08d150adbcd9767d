"""BusinessCalendar against the real chinesecalendar data (no mocks).

Dates used, from the State Council notice for 2026 as chinesecalendar 1.11 has it:
Spring Festival closed Sun 2026-02-15 .. Mon 2026-02-23, make-up working days
Sat 2026-02-14 and Sat 2026-02-28; National Day closed Thu 2026-10-01 .. Wed 2026-10-07,
make-up working days Sun 2026-09-20 and Sat 2026-10-10.
"""

from __future__ import annotations

import copy
import pickle
from datetime import date, datetime, time, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from zoneinfo import ZoneInfo

from dealer_rules.plugins.common.business_calendar import (
    LIBRARY_YEARS,
    BusinessCalendar,
    CalendarYearNotCovered,
)

SH = ZoneInfo("Asia/Shanghai")
CAL = BusinessCalendar()
DAY_MINUTES = 570  # 08:30-18:00


def at(y, mo, d, h=0, mi=0, s=0, tz=SH):
    return datetime(y, mo, d, h, mi, s, tzinfo=tz)


# -- the library data these tests rely on ----------------------------------------------


def test_2026_is_covered_and_spring_festival_is_as_published():
    assert LIBRARY_YEARS[0] <= 2026 <= LIBRARY_YEARS[1]
    closed = [date(2026, 2, d) for d in range(15, 24)]
    assert [CAL.is_working_day(d) for d in closed] == [False] * 9
    # make-up working days (调休): both are Saturdays in 2026
    assert CAL.is_working_day(date(2026, 2, 14)) and date(2026, 2, 14).weekday() == 5
    assert CAL.is_working_day(date(2026, 2, 28)) and date(2026, 2, 28).weekday() == 5
    assert CAL.is_working_day(date(2026, 2, 13))  # Friday before
    assert CAL.is_working_day(date(2026, 2, 24))  # Tuesday after
    assert not CAL.is_working_day(date(2026, 3, 1))  # ordinary Sunday


def test_make_up_sunday_is_a_working_day():
    assert date(2026, 9, 20).weekday() == 6
    assert CAL.is_working_day(date(2026, 9, 20))


# -- deadlines -----------------------------------------------------------------------------


def test_late_friday_deadline_lands_on_monday():
    # Fri 2026-03-06 17:50 + 30 business minutes: 10 on Friday, 20 on Monday.
    assert CAL.add_business_minutes(at(2026, 3, 6, 17, 50), 30) == at(2026, 3, 9, 8, 50)


def test_deadline_skips_spring_festival_and_counts_make_up_saturdays():
    # Fri 13 Feb 17:00 + 120: 60 on Friday, 60 on the make-up Saturday 14 Feb.
    assert CAL.add_business_minutes(at(2026, 2, 13, 17), 120) == at(2026, 2, 14, 9, 30)
    # Sat 14 Feb 17:00 + 120: 60 on Saturday, then the whole holiday (15-23 Feb)
    # is skipped, 60 on Tuesday 24 Feb.
    assert CAL.add_business_minutes(at(2026, 2, 14, 17), 120) == at(2026, 2, 24, 9, 30)
    # Fri 27 Feb 17:30 + 60: 30 on Friday, 30 on the make-up Saturday 28 Feb.
    assert CAL.add_business_minutes(at(2026, 2, 27, 17, 30), 60) == at(2026, 2, 28, 9, 0)
    # Working days 13 Feb - 1 Mar: 13, 14 (Sat), 24, 25, 26, 27, 28 (Sat) = 7 days.
    assert CAL.business_minutes_between(at(2026, 2, 13, 8, 30), at(2026, 3, 2, 8, 30)) == (
        7 * DAY_MINUTES
    )


def test_start_before_opening_counts_from_opening():
    assert CAL.add_business_minutes(at(2026, 3, 9, 7, 0), 15) == at(2026, 3, 9, 8, 45)


def test_start_at_lunch_counts_straight_through():
    assert CAL.add_business_minutes(at(2026, 3, 9, 12, 30), 15) == at(2026, 3, 9, 12, 45)


def test_start_after_closing_counts_from_next_opening():
    assert CAL.add_business_minutes(at(2026, 3, 9, 18, 30), 15) == at(2026, 3, 10, 8, 45)
    # closing is not open: a start at 18:00 also waits for the next morning
    assert CAL.add_business_minutes(at(2026, 3, 9, 18, 0), 15) == at(2026, 3, 10, 8, 45)


def test_deadline_used_up_at_closing_is_closing_time():
    assert CAL.add_business_minutes(at(2026, 3, 9, 17, 45), 15) == at(2026, 3, 9, 18, 0)


def test_zero_minutes_outside_hours_is_next_opening():
    assert CAL.add_business_minutes(at(2026, 3, 9, 10, 0), 0) == at(2026, 3, 9, 10, 0)
    assert CAL.add_business_minutes(at(2026, 3, 6, 19, 0), 0) == at(2026, 3, 9, 8, 30)


def test_results_are_in_the_calendar_zone():
    start = datetime(2026, 3, 9, 1, 0, tzinfo=timezone.utc)  # 09:00 in Shanghai
    result = CAL.add_business_minutes(start, 15)
    assert result == at(2026, 3, 9, 9, 15)
    assert result.tzinfo == SH
    assert BusinessCalendar("Europe/Berlin").zone == ZoneInfo("Europe/Berlin")


def test_seconds_are_kept_exactly():
    start = at(2026, 3, 9, 17, 59, 30)
    assert CAL.add_business_minutes(start, 1) == at(2026, 3, 10, 8, 30, 30)
    assert CAL.business_time_between(start, at(2026, 3, 10, 8, 30, 30)) == timedelta(minutes=1)
    # 59 s of business time is not a whole minute
    assert CAL.business_minutes_between(start, at(2026, 3, 9, 18, 0, 29)) == 0
    assert CAL.business_time_between(start, at(2026, 3, 9, 18, 0, 29)) == timedelta(seconds=30)


def test_between_is_signed():
    a, b = at(2026, 3, 9, 9), at(2026, 3, 9, 10)
    assert CAL.business_minutes_between(a, b) == 60
    assert CAL.business_minutes_between(b, a) == -60
    assert CAL.business_minutes_between(a, a) == 0


# -- store overrides -----------------------------------------------------------------------


def test_store_closed_day():
    cal = BusinessCalendar(overrides={date(2026, 3, 10): None})
    assert not cal.is_working_day(date(2026, 3, 10))
    assert cal.opening_hours(date(2026, 3, 10)) is None
    assert cal.add_business_minutes(at(2026, 3, 9, 17, 55), 15) == at(2026, 3, 11, 8, 40)


def test_store_special_hours():
    cal = BusinessCalendar(overrides={date(2026, 3, 10): (time(10), time(15))})
    assert cal.opening_hours(date(2026, 3, 10)) == (at(2026, 3, 10, 10), at(2026, 3, 10, 15))
    assert cal.add_business_minutes(at(2026, 3, 9, 17, 55), 15) == at(2026, 3, 10, 10, 10)
    assert cal.add_business_minutes(at(2026, 3, 10, 14, 50), 15) == at(2026, 3, 11, 8, 35)
    assert not cal.is_open(at(2026, 3, 10, 9, 0))
    assert cal.is_open(at(2026, 3, 10, 10, 0))


def test_store_opens_on_a_public_holiday():
    cal = BusinessCalendar(overrides={date(2026, 10, 3): (time(9), time(12))})
    assert cal.is_working_day(date(2026, 10, 3))
    assert cal.add_business_minutes(at(2026, 9, 30, 17, 30), 60) == at(2026, 10, 3, 9, 30)


def test_extra_closed_and_working_dates():
    cal = BusinessCalendar(
        extra_closed_dates={date(2026, 3, 10)}, extra_working_dates={date(2026, 3, 8)}
    )
    assert not cal.is_working_day(date(2026, 3, 10))
    assert cal.is_working_day(date(2026, 3, 8))  # a Sunday
    assert cal.opening_hours(date(2026, 3, 8)) == (at(2026, 3, 8, 8, 30), at(2026, 3, 8, 18))


def test_custom_daily_hours():
    cal = BusinessCalendar(daily_hours=(time(9), time(17)))
    assert cal.add_business_minutes(at(2026, 3, 6, 16, 50), 30) == at(2026, 3, 9, 9, 20)


def test_a_date_may_be_set_only_once():
    with pytest.raises(ValueError, match="2026-03-10"):
        BusinessCalendar(
            extra_closed_dates={date(2026, 3, 10)}, extra_working_dates={date(2026, 3, 10)}
        )
    with pytest.raises(ValueError, match="overrides and extra_closed_dates"):
        BusinessCalendar(
            overrides={date(2026, 3, 10): None}, extra_closed_dates={date(2026, 3, 10)}
        )


@pytest.mark.parametrize(
    "kwargs, error",
    [
        ({"daily_hours": (time(18), time(8, 30))}, ValueError),
        ({"daily_hours": (time(8), time(8))}, ValueError),
        ({"daily_hours": ("08:30", "18:00")}, TypeError),
        ({"daily_hours": (time(8, 30, tzinfo=timezone.utc), time(18))}, ValueError),
        ({"overrides": {datetime(2026, 3, 10, 9): None}}, TypeError),
        ({"overrides": {date(2026, 3, 10): (time(15), time(10))}}, ValueError),
        ({"operator_years": ["2027"]}, TypeError),
    ],
)
def test_bad_settings_are_refused(kwargs, error):
    with pytest.raises(error):
        BusinessCalendar(**kwargs)


def test_unknown_zone_is_refused():
    with pytest.raises(ValueError, match="Mars/Olympus"):
        BusinessCalendar("Mars/Olympus")


# -- the calendar is a value ---------------------------------------------------------------


def test_immutable():
    with pytest.raises(AttributeError):
        CAL._daily_hours = (time(0), time(23))  # type: ignore[misc]
    with pytest.raises(AttributeError):
        CAL.zone = ZoneInfo("UTC")  # type: ignore[misc]
    with pytest.raises(TypeError):
        CAL.overrides[date(2026, 3, 10)] = None  # type: ignore[index]


def test_settings_are_copied_not_shared():
    overrides = {date(2026, 3, 10): None}
    cal = BusinessCalendar(overrides=overrides)
    overrides[date(2026, 3, 11)] = None
    assert cal.is_working_day(date(2026, 3, 11))


def test_equality_hash_pickle_copy():
    a = BusinessCalendar(overrides={date(2026, 3, 10): (time(10), time(15))})
    b = BusinessCalendar(overrides={date(2026, 3, 10): (time(10), time(15))})
    assert a == b and hash(a) == hash(b)
    assert a != CAL
    assert pickle.loads(pickle.dumps(a)) == a
    assert copy.deepcopy(a) == a


# -- naive datetimes and wrong types ------------------------------------------------------


def test_naive_datetimes_are_refused():
    naive = datetime(2026, 3, 9, 9)
    with pytest.raises(ValueError, match="naive"):
        CAL.add_business_minutes(naive, 15)
    with pytest.raises(ValueError, match="naive"):
        CAL.business_minutes_between(naive, at(2026, 3, 9, 10))
    with pytest.raises(ValueError, match="naive"):
        CAL.open_intervals(at(2026, 3, 9, 10), naive)
    with pytest.raises(ValueError, match="naive"):
        CAL.next_allowed(naive)
    with pytest.raises(ValueError, match="naive"):
        CAL.is_open(naive)


def test_wrong_argument_types_are_refused():
    with pytest.raises(TypeError):
        CAL.is_working_day(at(2026, 3, 9, 9))  # a datetime, not a date
    with pytest.raises(TypeError):
        CAL.add_business_minutes(at(2026, 3, 9, 9), 1.5)  # no floats
    with pytest.raises(TypeError):
        CAL.add_business_minutes(at(2026, 3, 9, 9), True)
    with pytest.raises(ValueError):
        CAL.add_business_minutes(at(2026, 3, 9, 9), -1)
    with pytest.raises(TypeError):
        CAL.add_business_time(at(2026, 3, 9, 9), 15)


# -- days ----------------------------------------------------------------------------------


def test_next_working_day():
    assert CAL.next_working_day(date(2026, 2, 13)) == date(2026, 2, 14)  # make-up Saturday
    assert CAL.next_working_day(date(2026, 2, 14)) == date(2026, 2, 24)  # across the holiday
    assert CAL.next_working_day(date(2026, 2, 16), include_today=True) == date(2026, 2, 24)
    assert CAL.next_working_day(date(2026, 2, 24), include_today=True) == date(2026, 2, 24)
    assert CAL.next_working_day(date(2026, 3, 6)) == date(2026, 3, 9)


def test_open_intervals_show_the_closed_gaps():
    assert CAL.open_intervals(at(2026, 2, 13, 12), at(2026, 2, 24, 10)) == [
        (at(2026, 2, 13, 12), at(2026, 2, 13, 18)),
        (at(2026, 2, 14, 8, 30), at(2026, 2, 14, 18)),
        (at(2026, 2, 24, 8, 30), at(2026, 2, 24, 10)),
    ]
    assert CAL.open_intervals(at(2026, 3, 9, 19), at(2026, 3, 10, 8)) == []
    assert CAL.open_intervals(at(2026, 3, 9, 9), at(2026, 3, 9, 9)) == []
    with pytest.raises(ValueError):
        CAL.open_intervals(at(2026, 3, 9, 10), at(2026, 3, 9, 9))


# -- callbacks: next_allowed ---------------------------------------------------------------


def test_late_evening_callback_moves_to_nine_next_working_day():
    assert CAL.next_allowed(at(2026, 3, 10, 21, 30)) == at(2026, 3, 11, 9, 0)
    # Friday evening -> Monday
    assert CAL.next_allowed(at(2026, 3, 6, 21, 30)) == at(2026, 3, 9, 9, 0)
    # 20:00 itself is outside the window
    assert CAL.next_allowed(at(2026, 3, 10, 20, 0)) == at(2026, 3, 11, 9, 0)


def test_holiday_callback_moves_to_next_working_day():
    assert CAL.next_allowed(at(2026, 10, 2, 10, 0)) == at(2026, 10, 8, 9, 0)
    assert CAL.next_allowed(at(2026, 2, 17, 15, 0)) == at(2026, 2, 24, 9, 0)


def test_callback_inside_window_on_a_working_day_stays():
    assert CAL.next_allowed(at(2026, 3, 10, 19, 59)) == at(2026, 3, 10, 19, 59)
    assert CAL.next_allowed(at(2026, 10, 10, 10, 0)) == at(2026, 10, 10, 10, 0)  # make-up Sat
    # early morning waits for the window, not for the store (08:30 opening)
    assert CAL.next_allowed(at(2026, 3, 10, 7, 0)) == at(2026, 3, 10, 9, 0)


def test_callback_custom_window():
    window = (time(10), time(12))
    assert CAL.next_allowed(at(2026, 3, 10, 12, 30), window) == at(2026, 3, 11, 10, 0)
    with pytest.raises(ValueError):
        CAL.next_allowed(at(2026, 3, 10, 12, 30), (time(20), time(9)))


# -- years the library does not cover ----------------------------------------------------

FIRST_UNCOVERED = LIBRARY_YEARS[1] + 1  # 2027 with chinesecalendar 1.11


def test_uncovered_year_is_an_error_not_a_guess():
    with pytest.raises(CalendarYearNotCovered) as caught:
        CAL.is_working_day(date(FIRST_UNCOVERED, 3, 1))
    assert caught.value.year == FIRST_UNCOVERED
    assert str(FIRST_UNCOVERED) in str(caught.value)
    assert "chinesecalendar" in str(caught.value)
    with pytest.raises(CalendarYearNotCovered):
        CAL.is_working_day(date(LIBRARY_YEARS[0] - 1, 3, 1))


def test_deadline_running_into_an_uncovered_year_is_an_error():
    last = LIBRARY_YEARS[1]
    new_years_eve = CAL.next_working_day(date(last, 12, 31), include_today=True)
    assert new_years_eve.year == last, "the last covered year should end on a working day"
    closing = datetime.combine(new_years_eve, time(18), tzinfo=SH)
    with pytest.raises(CalendarYearNotCovered, match=str(FIRST_UNCOVERED)):
        CAL.add_business_minutes(closing - timedelta(minutes=5), 15)
    # a deadline that ends before the year turns needs nothing from the next year
    assert CAL.add_business_minutes(closing - timedelta(minutes=15), 15) == closing
    assert CAL.business_minutes_between(
        closing - timedelta(minutes=15), datetime(FIRST_UNCOVERED, 1, 1, 8, tzinfo=SH)
    ) == 15


def test_operator_can_supply_an_uncovered_year():
    y = FIRST_UNCOVERED
    jan1 = date(y, 1, 1)
    first_saturday = jan1 + timedelta(days=(5 - jan1.weekday()) % 7)
    cal = BusinessCalendar(
        operator_years={y},
        extra_closed_dates={jan1},
        extra_working_dates={first_saturday},
    )
    assert not cal.is_working_day(jan1)
    assert cal.is_working_day(first_saturday)
    assert cal.is_working_day(date(y, 3, 1)) == (date(y, 3, 1).weekday() < 5)
    # dates alone do not vouch for the year
    partial = BusinessCalendar(extra_closed_dates={jan1})
    assert not partial.is_working_day(jan1)
    with pytest.raises(CalendarYearNotCovered):
        partial.is_working_day(jan1 + timedelta(days=1))


# -- properties ----------------------------------------------------------------------------

instants = st.datetimes(
    min_value=datetime(2025, 1, 1), max_value=datetime(2026, 11, 30), timezones=st.just(SH)
)
minutes = st.integers(min_value=0, max_value=5 * DAY_MINUTES)
PROPERTY_CAL = BusinessCalendar(
    overrides={date(2026, 3, 10): None, date(2026, 10, 3): (time(9), time(12))}
)


@settings(max_examples=300, deadline=None)
@given(start=instants, n=minutes)
def test_between_inverts_add(start, n):
    end = PROPERTY_CAL.add_business_minutes(start, n)
    assert end >= start
    assert PROPERTY_CAL.business_minutes_between(start, end) == n
    assert PROPERTY_CAL.business_time_between(start, end) == timedelta(minutes=n)


@settings(max_examples=200, deadline=None)
@given(start=instants, n=minutes, m=st.integers(min_value=1, max_value=2 * DAY_MINUTES))
def test_adding_in_two_steps_equals_adding_once(start, n, m):
    cal = PROPERTY_CAL
    assert cal.add_business_minutes(cal.add_business_minutes(start, n), m) == (
        cal.add_business_minutes(start, n + m)
    )


@settings(max_examples=200, deadline=None)
@given(a=instants, b=instants, c=instants)
def test_business_time_adds_up_and_matches_open_intervals(a, b, c):
    cal = PROPERTY_CAL
    a, b, c = sorted((a, b, c))
    assert cal.business_time_between(a, b) + cal.business_time_between(b, c) == (
        cal.business_time_between(a, c)
    )
    intervals = cal.open_intervals(a, c)
    assert sum((e - s for s, e in intervals), timedelta(0)) == cal.business_time_between(a, c)
    for s, e in intervals:
        assert a <= s < e <= c
        assert cal.is_open(s) and cal.is_working_day(s.date())


@settings(max_examples=200, deadline=None)
@given(instant=instants)
def test_next_allowed_is_inside_the_window_on_a_working_day(instant):
    result = CAL.next_allowed(instant)
    assert result >= instant
    assert CAL.is_working_day(result.date())
    assert time(9) <= result.timetz().replace(tzinfo=None) < time(20)
    assert CAL.next_allowed(result) == result


# -- stores open at weekends ---------------------------------------------------------------

WEEKENDS = BusinessCalendar(open_weekends=True)


def test_open_weekends_opens_ordinary_saturdays_and_sundays():
    assert not CAL.is_working_day(date(2026, 3, 7))  # the national calendar: Saturday rest
    assert WEEKENDS.is_working_day(date(2026, 3, 7))  # Saturday
    assert WEEKENDS.is_working_day(date(2026, 3, 8))  # Sunday
    assert WEEKENDS.opening_hours(date(2026, 3, 8)) == (at(2026, 3, 8, 8, 30), at(2026, 3, 8, 18))
    # Fri 17:50 + 15 business minutes: 10 on Friday, 5 on Saturday (not Monday)
    assert WEEKENDS.add_business_minutes(at(2026, 3, 6, 17, 50), 15) == at(2026, 3, 7, 8, 35)
    assert CAL.add_business_minutes(at(2026, 3, 6, 17, 50), 15) == at(2026, 3, 9, 8, 35)


def test_open_weekends_stays_closed_on_public_holidays_at_the_weekend():
    # National Day 2026: Thu 1 Oct .. Wed 7 Oct; Sat 3 and Sun 4 Oct are holidays
    for day in (date(2026, 10, 3), date(2026, 10, 4), date(2026, 2, 21), date(2026, 2, 22)):
        assert day.weekday() >= 5
        assert not WEEKENDS.is_working_day(day), day
    # weekday holidays stay closed too, make-up days stay open
    assert not WEEKENDS.is_working_day(date(2026, 10, 1))
    assert WEEKENDS.is_working_day(date(2026, 2, 14)) and WEEKENDS.is_working_day(date(2026, 10, 10))
    assert WEEKENDS.next_working_day(date(2026, 9, 30)) == date(2026, 10, 8)


def test_open_weekends_store_overrides_still_win():
    cal = BusinessCalendar(open_weekends=True, overrides={date(2026, 3, 7): None,
                                                          date(2026, 10, 3): (time(9), time(12))})
    assert not cal.is_working_day(date(2026, 3, 7))
    assert cal.is_working_day(date(2026, 3, 8))
    assert cal.is_working_day(date(2026, 10, 3))


def test_open_weekends_in_an_operator_year():
    y = FIRST_UNCOVERED
    jan1 = date(y, 1, 1)
    saturday = jan1 + timedelta(days=(5 - jan1.weekday()) % 7)
    cal = BusinessCalendar(open_weekends=True, operator_years={y}, extra_closed_dates={jan1})
    assert not cal.is_working_day(jan1)
    assert cal.is_working_day(saturday) and cal.is_working_day(saturday + timedelta(days=1))
    with pytest.raises(CalendarYearNotCovered):
        WEEKENDS.is_working_day(saturday)


def test_open_weekends_is_part_of_the_value():
    assert WEEKENDS != CAL and hash(WEEKENDS) != hash(CAL)
    assert WEEKENDS == BusinessCalendar(open_weekends=True)
    assert WEEKENDS.open_weekends and not CAL.open_weekends
    assert pickle.loads(pickle.dumps(WEEKENDS)) == WEEKENDS
    assert copy.deepcopy(WEEKENDS).open_weekends
    assert "open_weekends=True" in repr(WEEKENDS) and "open_weekends" not in repr(CAL)
    with pytest.raises(TypeError):
        BusinessCalendar(open_weekends="yes")  # type: ignore[arg-type]


@settings(max_examples=200, deadline=None)
@given(start=instants, n=minutes)
def test_open_weekends_between_inverts_add(start, n):
    end = WEEKENDS.add_business_minutes(start, n)
    assert WEEKENDS.business_minutes_between(start, end) == n
    # a store open at weekends never has a later deadline than one that is not
    assert end <= CAL.add_business_minutes(start, n)
