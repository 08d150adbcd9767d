"""Small inline SVG pictures drawn on the server: a timeline of events, bars on lanes of
time with shaded gaps, and bar charts. No chart library; the markup is escaped here."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape


def _x(t: dt.datetime, start: dt.datetime, end: dt.datetime, left: float, width: float) -> float:
    span = (end - start).total_seconds() or 1
    return left + width * (t - start).total_seconds() / span


@dataclass
class Tick:
    at: dt.datetime
    label: str


@dataclass
class Event:
    at: dt.datetime
    label: str
    detail: str = ""
    css: str = ""


def timeline(start: dt.datetime, end: dt.datetime, events: list[Event], ticks: list[Tick],
             title: str, width: int = 1100) -> str:
    """Events as dots on one line from ``start`` to ``end``, labels staggered on 3 rows."""
    left, right, axis_y = 20, 20, 150
    inner = width - left - right
    out = [f'<svg class="timeline" viewBox="0 0 {width} 200" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f'<title>{escape(title)}</title>',
           f'<line x1="{left}" y1="{axis_y}" x2="{width - right}" y2="{axis_y}" class="axis"/>']
    for tick in ticks:
        x = _x(tick.at, start, end, left, inner)
        out.append(f'<line x1="{x:.1f}" y1="{axis_y - 4}" x2="{x:.1f}" y2="{axis_y + 4}" class="tick"/>'
                   f'<text x="{x:.1f}" y="{axis_y + 20}" class="tick-label" text-anchor="middle">'
                   f'{escape(tick.label)}</text>')
    for i, event in enumerate(events):
        x = _x(event.at, start, end, left, inner)
        y = 30 + (i % 3) * 38
        anchor = "start" if x < width * 0.8 else "end"
        dx = 4 if anchor == "start" else -4
        out.append(f'<g class="event {escape(event.css)}"><title>{escape(event.detail or event.label)}</title>'
                   f'<line x1="{x:.1f}" y1="{y + 6}" x2="{x:.1f}" y2="{axis_y}" class="stem"/>'
                   f'<circle cx="{x:.1f}" cy="{axis_y}" r="6"/>'
                   f'<text x="{x + dx:.1f}" y="{y}" text-anchor="{anchor}" class="event-label">'
                   f'{escape(event.label)}</text></g>')
    out.append("</svg>")
    return "".join(out)


@dataclass
class Lane:
    label: str
    start: dt.datetime
    end: dt.datetime
    css: str = ""
    open_periods: list = field(default_factory=list)   # [(start, end)]: shade the rest
    marks: list = field(default_factory=list)          # [(instant, label, css)]
    note: str = ""


def text_width(text: str, size: float = 12) -> float:
    """A generous estimate of ``text``'s width in px: CJK characters a full em, the rest
    0.62 em (wider than most Latin glyphs and digits), so boxes made from it hold the text."""
    return sum(size if ord(c) >= 0x2E80 else size * 0.62 for c in text)


@dataclass
class Box:
    """A label's box (x, y: its top left corner)."""
    x: float
    y: float
    w: float
    h: float

    def meets(self, other: "Box") -> bool:
        return not (self.x + self.w <= other.x or other.x + other.w <= self.x or
                    self.y + self.h <= other.y or other.y + other.h <= self.y)


def box_of(x: float, baseline: float, text: str, anchor: str, size: float) -> Box:
    w = text_width(text, size)
    left = x if anchor == "start" else x - w if anchor == "end" else x - w / 2
    return Box(left, baseline - size, w, size * 1.3)


class Labels:
    """Places labels so that no two boxes meet: each label tries its places in order and
    takes the first that is free; one that finds none is left out (the mark keeps it as a
    tooltip). ``boxes`` are what was placed, for tests."""

    def __init__(self, right: float = float("inf")):
        self.boxes: list[Box] = []
        self.right = right

    def place(self, text: str, places: list[tuple[float, float, str]], size: float):
        """(x, baseline, anchor) of the first free place, or None."""
        for x, baseline, anchor in places:
            box = box_of(x, baseline, text, anchor, size)
            if box.x < 0 or box.x + box.w > self.right:
                continue
            if not any(box.meets(b) for b in self.boxes):
                self.boxes.append(box)
                return x, baseline, anchor
        return None


def fit(text: str, width: float, size: float) -> str:
    """``text`` cut with an ellipsis to fit ``width`` px."""
    if text_width(text, size) <= width:
        return text
    while text and text_width(text + "…", size) > width:
        text = text[:-1]
    return text + "…"


class Scale:
    """Wall time to x over [start, end]. With ``open_periods`` (the store's opening hours)
    the axis counts business time: open time takes the width in proportion, and each closed
    stretch (a night, a weekend) is drawn ``gap`` px wide whatever its length, so a bar's
    length is its business time and the closed hours still show, hatched."""

    def __init__(self, start, end, left: float, width: float, open_periods=None,
                 gap: float = 14):
        self.start, self.end, self.left, self.width = start, end, left, width
        self.segments = []                     # (from, to, closed)
        if open_periods:
            cursor = start
            for opens, closes in open_periods:
                opens, closes = max(opens, start), min(closes, end)
                if closes <= opens:
                    continue
                if opens > cursor:
                    self.segments.append((cursor, opens, True))
                self.segments.append((opens, closes, False))
                cursor = closes
            if cursor < end:
                self.segments.append((cursor, end, True))
        closed = sum(1 for seg in self.segments if seg[2])
        opened = sum((b - a).total_seconds() for a, b, c in self.segments if not c)
        if not self.segments or not opened:
            self.segments = []
            return
        self.gap = min(gap, width * 0.3 / max(closed, 1))
        self.per_second = (width - closed * self.gap) / opened

    def x(self, t: dt.datetime) -> float:
        if not self.segments:
            return _x(t, self.start, self.end, self.left, self.width)
        x = self.left
        for a, b, closed in self.segments:
            span = (b - a).total_seconds() or 1
            size = self.gap if closed else span * self.per_second
            if t < b:
                return x + size * max((t - a).total_seconds(), 0) / span
            x += size
        return x

    def closed(self) -> list:
        return [(a, b) for a, b, c in self.segments if c]


def lanes(start: dt.datetime, end: dt.datetime, rows: list[Lane], ticks: list[Tick],
          now: dt.datetime | None, now_label: str, title: str, closed_label: str,
          width: int = 1100, open_periods=None, labels: Labels | None = None) -> str:
    """One bar per lane from its start to its end; where a lane has open periods, the time
    between them is drawn as a hatched gap (closed: nights, weekends, holidays). With
    ``open_periods`` for the whole axis, the axis counts business time (``Scale``). No two
    labels meet (``Labels``; pass one to see the boxes)."""
    label_w, right, lane_h, top = 230, 20, 58, 34
    inner = width - label_w - right
    height = top + lane_h * len(rows) + 40
    scale = Scale(start, end, label_w, inner, open_periods)
    labels = labels if labels is not None else Labels()
    labels.right = width
    out = [f'<svg class="lanes" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f'<title>{escape(title)}</title>',
           '<defs><pattern id="closed" width="6" height="6" patternUnits="userSpaceOnUse" '
           'patternTransform="rotate(45)"><rect width="6" height="6" class="closed-bg"/>'
           '<line x1="0" y1="0" x2="0" y2="6" class="closed-line"/></pattern></defs>']
    for a, b in scale.closed():
        x1, x2 = scale.x(a), scale.x(b)
        out.append(f'<rect x="{x1:.1f}" y="{top - 6}" width="{x2 - x1:.1f}" '
                   f'height="{height - 30 - top + 6}" class="axis-closed"><title>'
                   f'{escape(closed_label)}</title></rect>')
    for tick in ticks:
        x = scale.x(tick.at)
        placed = labels.place(tick.label, [(x, height - 12, "middle")], 11)
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 30}" class="grid"/>')
        if placed:
            out.append(f'<text x="{x:.1f}" y="{height - 12}" class="tick-label" '
                       f'text-anchor="middle">{escape(tick.label)}</text>')
    if now is not None and start <= now <= end:
        x = scale.x(now)
        out.append(f'<line x1="{x:.1f}" y1="{top - 10}" x2="{x:.1f}" y2="{height - 30}" class="now"/>')
        placed = labels.place(now_label, [(x + 4, top - 14, "start"), (x - 4, top - 14, "end")], 12)
        if placed:
            out.append(f'<text x="{placed[0]:.1f}" y="{top - 14}" text-anchor="{placed[2]}" '
                       f'class="now-label">{escape(now_label)}</text>')
    for i, lane in enumerate(rows):
        y = top + i * lane_h
        x1, x2 = scale.x(lane.start), scale.x(lane.end)
        name = fit(lane.label, label_w - 16, 12)
        labels.place(name, [(8, y + 22, "start")], 12)
        out.append(f'<text x="8" y="{y + 22}" class="lane-label">{escape(name)}'
                   f'<title>{escape(lane.label)}</title></text>')
        if lane.note:
            note = fit(lane.note, label_w - 16, 11)
            labels.place(note, [(8, y + 38, "start")], 11)
            out.append(f'<text x="8" y="{y + 38}" class="lane-note">{escape(note)}</text>')
        out.append(f'<rect x="{x1:.1f}" y="{y + 14}" width="{max(x2 - x1, 2):.1f}" height="20" '
                   f'class="bar {escape(lane.css)}"><title>{escape(lane.label)}</title></rect>')
        if lane.open_periods:
            cursor = lane.start
            for opens, closes in lane.open_periods + [(lane.end, lane.end)]:
                if opens > cursor:
                    a = scale.x(max(cursor, lane.start))
                    b = scale.x(min(opens, lane.end))
                    if b - a > 0.5:
                        out.append(f'<rect x="{a:.1f}" y="{y + 14}" width="{b - a:.1f}" height="20" '
                                   f'fill="url(#closed)" class="closed"><title>{escape(closed_label)}'
                                   f'</title></rect>')
                cursor = max(cursor, closes)
        for instant, mark_label, css in lane.marks:
            x = scale.x(instant)
            above, below = y + 10, y + 47
            rows_first = [above, below, below + 11] if css == "done" else [below, below + 11, above]
            places = [(x + dx, baseline, anchor) for baseline in rows_first
                      for dx, anchor in ((3, "start"), (-3, "end"))]
            placed = labels.place(mark_label, places, 10.5)
            out.append(f'<g class="mark {escape(css)}"><title>{escape(mark_label)}</title>'
                       f'<line x1="{x:.1f}" y1="{y + 10}" x2="{x:.1f}" y2="{y + 38}"/>')
            if placed:
                out.append(f'<text x="{placed[0]:.1f}" y="{placed[1]}" text-anchor="{placed[2]}" '
                           f'class="mark-label">{escape(mark_label)}</text>')
            out.append('</g>')
    out.append("</svg>")
    return "".join(out)


def bars(values: list[int], labels: list[str], title: str, width: int = 1100, height: int = 220,
         every: int = 3, marks: list | None = None) -> str:
    """A bar chart of ``values`` (one bar each), every ``every``-th label shown; ``marks``
    [(bar index, label)]: a dashed line before that bar (a version published there)."""
    left, right, top, bottom = 40, 10, 16, 30
    inner_w, inner_h = width - left - right, height - top - bottom
    peak = max(values + [1])
    step = inner_w / max(len(values), 1)
    out = [f'<svg class="bars" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f'<title>{escape(title)}</title>',
           f'<line x1="{left}" y1="{top + inner_h}" x2="{width - right}" y2="{top + inner_h}" class="axis"/>',
           f'<text x="{left - 6}" y="{top + 4}" text-anchor="end" class="tick-label">{peak}</text>',
           f'<text x="{left - 6}" y="{top + inner_h}" text-anchor="end" class="tick-label">0</text>']
    for i, (value, label) in enumerate(zip(values, labels)):
        h = inner_h * value / peak
        x = left + i * step + step * 0.15
        out.append(f'<rect x="{x:.1f}" y="{top + inner_h - h:.1f}" width="{step * 0.7:.1f}" '
                   f'height="{h:.1f}" class="bar"><title>{escape(label)}: {value}</title></rect>')
        if i % every == 0:
            out.append(f'<text x="{x + step * 0.35:.1f}" y="{height - 10}" text-anchor="middle" '
                       f'class="tick-label">{escape(label)}</text>')
    for index, label in marks or []:
        x = left + index * step
        out.append(f'<g class="version-mark"><title>{escape(label)}</title>'
                   f'<line x1="{x:.1f}" y1="{top}" x2="{x:.1f}" y2="{top + inner_h}" class="mark"/>'
                   f'<text x="{x + 3:.1f}" y="{top + 10}" class="mark-label">{escape(label)}</text></g>')
    out.append("</svg>")
    return "".join(out)


def sparkline(values: list[int], peak: int, title: str, width: int = 240, height: int = 28,
              marks: list | None = None) -> str:
    step = width / max(len(values), 1)
    out = [f'<svg class="spark" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">']
    for i, value in enumerate(values):
        h = (height - 2) * value / max(peak, 1)
        out.append(f'<rect x="{i * step + 1:.1f}" y="{height - h:.1f}" width="{step - 2:.1f}" '
                   f'height="{h:.1f}" class="bar"/>')
    for index in marks or []:
        out.append(f'<line x1="{index * step:.1f}" y1="0" x2="{index * step:.1f}" y2="{height}" '
                   f'class="mark"/>')
    out.append("</svg>")
    return "".join(out)
