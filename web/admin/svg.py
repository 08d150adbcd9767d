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


def lanes(start: dt.datetime, end: dt.datetime, rows: list[Lane], ticks: list[Tick],
          now: dt.datetime | None, now_label: str, title: str, closed_label: str,
          width: int = 1100) -> str:
    """One bar per lane from its start to its end; where a lane has open periods, the time
    between them is drawn as a hatched gap (closed: nights, weekends, holidays)."""
    label_w, right, lane_h, top = 230, 20, 46, 30
    inner = width - label_w - right
    height = top + lane_h * len(rows) + 40
    out = [f'<svg class="lanes" viewBox="0 0 {width} {height}" width="100%" role="img" '
           f'aria-label="{escape(title)}" xmlns="http://www.w3.org/2000/svg">',
           f'<title>{escape(title)}</title>',
           '<defs><pattern id="closed" width="6" height="6" patternUnits="userSpaceOnUse" '
           'patternTransform="rotate(45)"><rect width="6" height="6" class="closed-bg"/>'
           '<line x1="0" y1="0" x2="0" y2="6" class="closed-line"/></pattern></defs>']
    for tick in ticks:
        x = _x(tick.at, start, end, label_w, inner)
        out.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 30}" class="grid"/>'
                   f'<text x="{x:.1f}" y="{height - 12}" class="tick-label" text-anchor="middle">'
                   f'{escape(tick.label)}</text>')
    for i, lane in enumerate(rows):
        y = top + i * lane_h
        x1 = _x(lane.start, start, end, label_w, inner)
        x2 = _x(lane.end, start, end, label_w, inner)
        out.append(f'<text x="8" y="{y + 20}" class="lane-label">{escape(lane.label)}</text>')
        if lane.note:
            out.append(f'<text x="8" y="{y + 36}" class="lane-note">{escape(lane.note)}</text>')
        out.append(f'<rect x="{x1:.1f}" y="{y + 8}" width="{max(x2 - x1, 2):.1f}" height="20" '
                   f'class="bar {escape(lane.css)}"><title>{escape(lane.label)}</title></rect>')
        if lane.open_periods:
            cursor = lane.start
            for opens, closes in lane.open_periods + [(lane.end, lane.end)]:
                if opens > cursor:
                    a = _x(max(cursor, lane.start), start, end, label_w, inner)
                    b = _x(min(opens, lane.end), start, end, label_w, inner)
                    if b - a > 0.5:
                        out.append(f'<rect x="{a:.1f}" y="{y + 8}" width="{b - a:.1f}" height="20" '
                                   f'fill="url(#closed)" class="closed"><title>{escape(closed_label)}'
                                   f'</title></rect>')
                cursor = max(cursor, closes)
        for instant, mark_label, css in lane.marks:
            x = _x(instant, start, end, label_w, inner)
            above = css == "done"                 # done above the bar, due below it
            anchor = "end" if x > width - 90 else "start"
            tx = x - 3 if anchor == "end" else x + 3
            out.append(f'<g class="mark {escape(css)}"><title>{escape(mark_label)}</title>'
                       f'<line x1="{x:.1f}" y1="{y + 4}" x2="{x:.1f}" y2="{y + 32}"/>'
                       f'<text x="{tx:.1f}" y="{y + 4 if above else y + 42}" text-anchor="{anchor}" '
                       f'class="mark-label">{escape(mark_label)}</text></g>')
    if now is not None and start <= now <= end:
        x = _x(now, start, end, label_w, inner)
        out.append(f'<line x1="{x:.1f}" y1="{top - 10}" x2="{x:.1f}" y2="{height - 30}" class="now"/>'
                   f'<text x="{x + 4:.1f}" y="{top - 12}" class="now-label">{escape(now_label)}</text>')
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
