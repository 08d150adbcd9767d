"""The SLA picture (issue 13): durations in words (2天5小时, "2 days 5 hours"), bars as long
as the business time they count, and labels that never overlap, for the shipped SLA ruleset
and for a crowded picture. Label boxes are measured with svg.text_width, a generous
estimate of the text's width (a CJK character a full em)."""
from __future__ import annotations

import datetime as dt
import html
import itertools
import re
import zoneinfo

from dealer_rules.web.admin import svg
from dealer_rules.web.admin.durations import duration_words
from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

SIZES = {"tick-label": 11, "lane-note": 11, "mark-label": 10.5}
TZ = zoneinfo.ZoneInfo("Asia/Shanghai")


def test_durations_in_words_in_both_languages():
    assert duration_words(3180) == "2天5小时"
    assert duration_words(200) == "3小时20分钟"
    assert duration_words(45) == "45分钟"
    assert duration_words(1441) == "1天"              # two largest units, zero ones left out
    assert duration_words(3180, "en") == "2 days 5 hours"
    assert duration_words(61, "en") == "1 hour 1 minute"
    assert duration_words(0, "en") == "0 minutes"


def text_boxes(picture: str) -> list[tuple[str, svg.Box]]:
    """Every <text> of an SVG as (text, box)."""
    out = []
    for attributes, content in re.findall(r"<text ([^>]*)>(.*?)</text>", picture, re.S):
        found = dict(re.findall(r'([\w-]+)="([^"]*)"', attributes))
        text = html.unescape(re.sub(r"<title>.*?</title>", "", content))
        size = SIZES.get(found.get("class", ""), 12)
        out.append((text, svg.box_of(float(found["x"]), float(found["y"]), text,
                                     found.get("text-anchor", "start"), size)))
    return out


def assert_no_overlap(picture: str) -> int:
    boxes = text_boxes(picture)
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.meets(box_b), f"{a!r} meets {b!r}"
    return len(boxes)


def test_the_shipped_sla_picture_in_words_with_no_overlapping_labels(admin):
    admin.login("chen", lang="zh")
    page = admin.text("/admin/g/huadong/pictures/sla")
    picture = re.search(r'<svg class="lanes".*?</svg>', page, re.S).group(0)
    assert assert_no_overlap(picture) > 8
    table = page.split('id="sla-table"')[1]
    assert not re.search(r"剩余 \d+ 分钟|\d{3,} ?分钟", table)       # no "3180 分钟"
    assert re.search(r"\d+(天|小时|分钟)", table)
    wall = admin.text("/admin/g/huadong/pictures/sla?axis=wall")
    assert 'class="axis-closed"' in picture and 'class="axis-closed"' not in wall
    assert_no_overlap(re.search(r'<svg class="lanes".*?</svg>', wall, re.S).group(0))
    admin.client.get("/admin/lang/en")
    page = admin.text("/admin/g/huadong/pictures/sla")
    assert re.search(r"\d+ (minute|hour|day)s?", page.split('id="sla-table"')[1])
    assert_no_overlap(re.search(r'<svg class="lanes".*?</svg>', page, re.S).group(0))


def test_a_crowded_picture_keeps_its_labels_apart():
    start = dt.datetime(2026, 11, 27, 8, tzinfo=TZ)
    rows = []
    for i in range(8):                  # every deadline due and done within minutes
        due = start + dt.timedelta(minutes=30 + i)
        rows.append(svg.Lane(f"投诉24小时内提出解决方案（第{i}项，很长的名字）", start, due,
                             marks=[(due, "截止 11-27 08:3%d" % i, "due"),
                                    (due, "完成", "done"),
                                    (due + dt.timedelta(minutes=1), "截止 again", "due")],
                             note="营业时间计时 · 有风险 · 还剩2天5小时"))
    ticks = [svg.Tick(start + dt.timedelta(minutes=5 * k), f"08:{5 * k:02d}") for k in range(12)]
    labels = svg.Labels()
    picture = svg.lanes(start, start + dt.timedelta(hours=1), rows, ticks,
                        start + dt.timedelta(minutes=31), "现在", "SLA", "休息", labels=labels)
    shown = assert_no_overlap(picture)
    assert shown == len(labels.boxes) >= 8 * 3
    assert picture.count("<title>截止 again</title>") == 8      # left out ones keep a tooltip


def test_bars_are_as_long_as_the_business_time_they_count():
    day1 = dt.datetime(2026, 11, 27, 9, tzinfo=TZ)
    day2 = day1 + dt.timedelta(days=3)                  # Friday, then Monday
    open_hours = [(day1, day1 + dt.timedelta(hours=9)), (day2, day2 + dt.timedelta(hours=9))]
    scale = svg.Scale(day1 - dt.timedelta(hours=1), day2 + dt.timedelta(hours=10), 0, 1000,
                      open_hours)
    friday = scale.x(day1 + dt.timedelta(hours=9)) - scale.x(day1)
    monday = scale.x(day2 + dt.timedelta(hours=9)) - scale.x(day2)
    weekend = scale.x(day2) - scale.x(day1 + dt.timedelta(hours=9))
    assert abs(friday - monday) < 0.01 and weekend < friday / 10
    # 4 business hours across the weekend are as long as 4 business hours on one day
    across = scale.x(day2 + dt.timedelta(hours=2)) - scale.x(day1 + dt.timedelta(hours=7))
    assert abs((across - weekend) - (scale.x(day1 + dt.timedelta(hours=4)) - scale.x(day1))) < 0.01
