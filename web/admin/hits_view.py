"""What the hit chart shows, worked out from the hourly hit counts: every rule of each
published ruleset (also those that never applied, and those a newer version removed) by its
title, in a window of 24 hours, 7 days or 30 days, with the counts split by the version that
was published when they happened, so that a publish's effect on each rule shows.

Hit counts are stored per hour without the version (core/store/hits.py); the version of an
hour is the one in force at the middle of that hour, worked out from the versions' publish
times. An hour in which a new version was published is counted for the version that served
most of it.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

#: window name -> (hours in the window, hours per bar)
WINDOWS = {"24h": (24, 1), "7d": (24 * 7, 6), "30d": (24 * 30, 24)}
DEFAULT_WINDOW = "24h"


@dataclass
class Period:
    """A version in force during part of the window (``version`` None: before the first)."""
    version: int | None
    start: dt.datetime
    end: dt.datetime
    hits: int = 0

    @property
    def hours(self) -> float:
        return max((self.end - self.start).total_seconds() / 3600, 1)

    @property
    def per_day(self) -> float:
        return self.hits * 24 / self.hours


@dataclass
class RuleLine:
    rule: str
    title: str
    state: str                       # on, off (switched off), gone (not in the version now)
    buckets: list
    by_version: dict = field(default_factory=dict)   # version -> hits

    @property
    def total(self) -> int:
        return sum(self.buckets)

    def per_day(self, period: Period) -> float:
        return self.by_version.get(period.version, 0) * 24 / period.hours


@dataclass
class DomainHits:
    domain: str
    buckets: list                    # hits of every rule, per bar
    periods: list                    # [Period], oldest first
    rules: list                      # [RuleLine]: by hits, the never-applied last
    starts: list                     # [(bar index, version)] where a version was published

    @property
    def total(self) -> int:
        return sum(self.buckets)


def window_hours(window: str, now: dt.datetime) -> tuple[str, list[dt.datetime], int]:
    """(window name, the UTC hours of the window oldest first, hours per bar)."""
    if window not in WINDOWS:
        window = DEFAULT_WINDOW
    count, per_bar = WINDOWS[window]
    last = now.astimezone(dt.timezone.utc).replace(minute=0, second=0, microsecond=0)
    return window, [last - dt.timedelta(hours=count - 1 - i) for i in range(count)], per_bar


def version_at(publishes: list[tuple[int, dt.datetime]], instant: dt.datetime) -> int | None:
    """The version in force at ``instant``: the last published at or before it."""
    found = None
    for number, published_at in publishes:
        if published_at <= instant:
            found = number
    return found


def domain_hits(domain: str, hours: list[dt.datetime], per_bar: int, counts: dict,
                rules: list[tuple[str, str, bool]], publishes: list[tuple[int, dt.datetime]],
                old_titles: dict | None = None) -> DomainHits:
    """The picture of one domain. ``counts``: {(rule, hour): hits} of this domain;
    ``rules``: (id, title, enabled) of the version published now, in its order;
    ``publishes``: (version, published at) of every version, oldest first;
    ``old_titles``: {id: title} of rules only earlier versions have."""
    publishes = sorted(publishes, key=lambda p: p[1])
    half = dt.timedelta(minutes=30)
    hour_version = [version_at(publishes, h + half) for h in hours]
    periods: list[Period] = []
    starts = []
    for i, (hour, version) in enumerate(zip(hours, hour_version)):
        if not periods or periods[-1].version != version:
            periods.append(Period(version, hour, hour + dt.timedelta(hours=1)))
            if i and version is not None:
                starts.append((i // per_bar, version))
        else:
            periods[-1].end = hour + dt.timedelta(hours=1)
    by_period = {p.version: p for p in periods}
    index = {h: i for i, h in enumerate(hours)}
    bars = (len(hours) + per_bar - 1) // per_bar
    lines: dict[str, RuleLine] = {}
    order = {}
    for n, (rule, title, enabled) in enumerate(rules):
        lines[rule] = RuleLine(rule, title, "on" if enabled else "off", [0] * bars)
        order[rule] = n
    totals = [0] * bars
    for (rule, hour), hits in counts.items():
        i = index.get(hour)
        if i is None:
            continue
        line = lines.get(rule)
        if line is None:
            line = lines[rule] = RuleLine(rule, (old_titles or {}).get(rule, rule), "gone",
                                          [0] * bars)
            order[rule] = len(order)
        line.buckets[i // per_bar] += hits
        version = hour_version[i]
        line.by_version[version] = line.by_version.get(version, 0) + hits
        by_period[version].hits += hits
        totals[i // per_bar] += hits
    ranked = sorted(lines.values(), key=lambda r: (-r.total, order[r.rule]))
    return DomainHits(domain, totals, periods, ranked, starts)
