"""The hit chart (issue 13): every rule of the published ruleset by its title, those that
never applied too, in a window of 24 hours, 7 days or 30 days, with the counts split by the
version that was published when they happened. Hits of past hours are written with the
store's own ``add_hits`` (the refresher only writes the current hour); publish times are
set on the stored versions, as if v2 had been published three hours ago."""
from __future__ import annotations

import datetime as dt
import html
import re
import time

import pytest
from sqlalchemy import update

from dealer_rules.core.store import Actor, hits, rulesets
from dealer_rules.core.store.schema import RulesetVersion
from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures

PAGE = "/admin/g/huadong/pictures/hits"


@pytest.fixture(autouse=True)
def same_hour():
    """The page counts hours back from the clock when it is shown, and the tests write
    counts a few hours back from theirs: both must fall in the same hour. A test that would
    start in an hour's last minute waits for the next hour (about one run in sixty)."""
    now = dt.datetime.now(dt.timezone.utc)
    left = 3600 - (now.minute * 60 + now.second + now.microsecond / 1e6)
    if left < 60:
        time.sleep(left + 0.5)


def now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


def hours_ago(n: int) -> dt.datetime:
    return hits.hour_of(now()) - dt.timedelta(hours=n)


def tiers_section(page: str) -> str:
    return re.search(r'<section class="hits-domain" id="hits-tiers">.*?</section>', page,
                     re.S).group(0)


def row(section: str, rule: str) -> str:
    return re.search(rf'<tr id="hits-tiers-{rule}".*?</tr>', section, re.S).group(0)


def cells(row_html: str) -> list[str]:
    return [re.sub(r"<[^>]+>", " ", c).split()[0] if re.sub(r"<[^>]+>", " ", c).split() else ""
            for c in re.findall(r'<td class="num">(.*?)</td>', row_html, re.S)]


def published_titles(admin) -> dict:
    ruleset = admin.services.published.get("huadong", "tiers")
    return {p.rule.id: p.rule.title for p in ruleset.resolved.rules}


def test_every_rule_is_listed_by_title_also_those_that_never_applied(admin):
    admin.login("chen", lang="zh")
    admin.services.refresher.rules_fired("huadong", "tiers", {"silver_member": 3})
    section = tiers_section(admin.text(PAGE))
    titles = published_titles(admin)
    assert len(titles) > 3
    for rule, title in titles.items():
        line = row(section, rule)
        first_cell = re.search(r"<td[^>]*>(.*?)</td>", line, re.S).group(1)
        assert html.escape(title) in first_cell and f">{rule}<" not in first_cell
        if rule != "silver_member":
            assert "这段时间内从未生效" in line and cells(line)[0] == "0"
    assert cells(row(section, "silver_member"))[0] == "3"
    # the rule that applied comes first, the never-applied ones after it
    assert section.index('id="hits-tiers-silver_member"') < min(
        section.index(f'id="hits-tiers-{r}"') for r in titles if r != "silver_member")


def test_the_window_is_24_hours_7_days_or_30_days(admin):
    with admin.store.write() as session:
        hits.add_hits(session, {("huadong", "tiers", "earn_points", hours_ago(2)): 5,
                                ("huadong", "tiers", "earn_points", hours_ago(24 * 3)): 7,
                                ("huadong", "tiers", "earn_points", hours_ago(24 * 20)): 11,
                                ("huadong", "tiers", "earn_points", hours_ago(24 * 40)): 13})
    admin.login("chen", lang="zh")
    totals = {}
    for window in ("24h", "7d", "30d"):
        page = admin.text(f"{PAGE}?window={window}&domain=tiers")
        totals[window] = cells(row(tiers_section(page), "earn_points"))[0]
        assert re.search(rf'window={window}[^"]*"\s+aria-current="page"', page)
    assert totals == {"24h": "5", "7d": "12", "30d": "23"}
    page = admin.text(f"{PAGE}?window=30d")
    assert "最近 30 天" in page
    bars = re.search(r'<svg class="bars".*?</svg>', tiers_section(page), re.S).group(0)
    assert bars.count('class="bar"') == 30
    assert admin.text(f"{PAGE}?window=nonsense").count("最近 24 小时") >= 1


def test_hits_are_split_by_the_version_published_then(admin):
    admin.login("mei", lang="zh")
    text, revision = rulesets_text(admin)
    changed = text.replace("percent: 10", "percent: 12", 1)
    assert changed != text
    workflow = admin.services.workflow
    workflow.save_draft("huadong", "tiers", changed, revision, Actor("mei"), "silver 12%")
    workflow.publish("huadong", "tiers", Actor("mei"), "silver 12%")
    with admin.store.write() as session:
        session.execute(update(RulesetVersion).where(RulesetVersion.number == 1,
                        RulesetVersion.ruleset_id == head_id(session))
                        .values(published_at=now() - dt.timedelta(days=10)))
        session.execute(update(RulesetVersion).where(RulesetVersion.number == 2,
                        RulesetVersion.ruleset_id == head_id(session))
                        .values(published_at=hours_ago(3)))
        hits.add_hits(session, {("huadong", "tiers", "silver_member", hours_ago(10)): 20,
                                ("huadong", "tiers", "silver_member", hours_ago(5)): 4,
                                ("huadong", "tiers", "silver_member", hours_ago(1)): 6,
                                ("huadong", "tiers", "old_rule", hours_ago(8)): 2})
    admin.refresh()
    section = tiers_section(admin.text(PAGE + "?domain=tiers"))
    heads = re.findall(r'<th scope="col" class="num"[^>]*>(.*?)<br>', section)
    assert heads == ["第 1 版", "第 2 版"]
    silver = cells(row(section, "silver_member"))
    assert silver[:3] == ["30", "24", "6"]          # total, v1, v2
    # v2 (published at the start of the hour 3 hours ago) served that hour, the two after
    # it and the current one; v1 the 20 before: per day 24*24/20 and 6*24/4
    per_day = re.findall(r'<span class="muted small">([\d.]+)</span>', row(section, "silver_member"))
    assert per_day == ["28.8", "36.0"]
    assert 'class="mark"' in section and "第 2 版" in re.search(r'<svg class="bars".*?</svg>',
                                                                 section, re.S).group(0)
    # a rule no longer in the published version still shows (by id: no version had it)
    assert "现已发布的版本中已没有这条规则" in row(section, "old_rule")


def rulesets_text(admin):
    with admin.store.read() as session:
        head = rulesets.require_head(session, "huadong", "tiers")
        return rulesets.published_of(session, head).yaml, head.revision


def head_id(session):
    return rulesets.require_head(session, "huadong", "tiers").id
