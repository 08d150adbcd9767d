"""Pictures where people would rather look than read, each computed from the group's
published rulesets: the callback plan of a sample delivery date as a timeline, the SLA
deadlines of a sample case on a timeline with the store's closed hours visible, and how
often each rule of each ruleset applied (24 hours, 7 or 30 days, split by version)."""
from __future__ import annotations

import datetime as dt
import json
import typing
import zoneinfo

from flask import g, render_template, request
from flask_babel import format_date, format_datetime
from flask_babel import gettext as _
from pydantic import BaseModel

from dealer_rules.core.domain_texts import translated

from dealer_rules.core.store import hits
from dealer_rules.core.value_names import value_name

from ..services import services
from . import bp, svg
from . import hits_view
from .durations import duration_words
from .i18n import lang
from .rulesets_view import facts_json
from .session_auth import group_page

SAMPLE_DELIVERY = "2026-09-28"
SAMPLE_SLA_AT = "2026-11-28T19:00"
SAMPLE_SLA_FACTS = {
    "store_id": "sh_pudong",
    "enquiry": {"received_at": "2026-11-27T17:50:00", "channel": "wecom"},
    "complaint": {"opened_at": "2026-11-27T17:40:00", "topic": "long_repair_wait",
                  "first_response_at": "2026-11-27T18:05:00"},
}


def _evaluate(group: str, domain: str, facts: dict, at: dt.datetime):
    """(decision, compiled settings) with the group's published ruleset, or (None, None)."""
    found = services()
    with found.published.use(group, domain) as ruleset:
        if ruleset is None:
            return None, None
        return found.evaluator.evaluate(ruleset, facts, at=at), ruleset.settings


def _month_ticks(start: dt.date, end: dt.date, tz) -> list[svg.Tick]:
    ticks, day = [], start.replace(day=1)
    while day <= end:
        if day >= start:
            ticks.append(svg.Tick(dt.datetime.combine(day, dt.time(), tz),
                                  format_date(day, "yyyy-MM")))
        day = (day.replace(day=28) + dt.timedelta(days=4)).replace(day=1)
    step = max(1, len(ticks) // 12)
    return ticks[::step]


@bp.get("/g/<group>/pictures/callbacks")
@group_page("viewer")
def callbacks_picture(group: str):
    tz = zoneinfo.ZoneInfo(g.group_timezone)
    delivered = request.args.get("delivered_on") or SAMPLE_DELIVERY
    error = picture = None
    plan = []
    try:
        day = dt.date.fromisoformat(delivered)
    except ValueError:
        day, error = None, _("Enter a delivery date like 2026-09-28.")
    decision = None
    if day is not None:
        decision, _settings = _evaluate(group, "callbacks", {"vehicle": {"delivered_on": delivered}},
                                        dt.datetime.combine(day, dt.time(16), tz))
        if decision is None:
            error = _("This group has no published callbacks ruleset.")
    if decision is not None:
        result = decision.result.model_dump(mode="python")
        plan = result.get("callbacks") or []
        for c in plan:
            c["name"] = call_name(c["id"])
            c["folded_names"] = [call_name(i) for i in c.get("folded") or []]
        if plan:
            start = dt.datetime.combine(day, dt.time(), tz)
            end = max(dt.datetime.combine(result["horizon_end"], dt.time(23, 59), tz),
                      max(c["call_at"] for c in plan))
            events = [svg.Event(dt.datetime.combine(day, dt.time(), tz), _("delivery"),
                                css="delivery")]
            for c in plan:
                events.append(svg.Event(c["call_at"], format_date(c["call_at"], "MM-dd") + " " +
                                        (c.get("purpose_label") or c["id"]).split("：")[0],
                                        detail=f'{c["name"]}: {c.get("purpose_label", "")}',
                                        css=c.get("kind", "")))
            picture = svg.timeline(start, end, events, _month_ticks(day, end.date(), tz),
                                   _("Callback plan"))
        else:
            error = _("No callbacks are planned for this date.")
    return render_template("admin/pictures_callbacks.html", delivered=delivered, plan=plan,
                           picture=picture, error=error, decision=decision)


def call_name(call_id: str) -> str:
    """A planned call's id (``quarterly_3``: its kind and number) as the reader says it: on a
    Chinese page 季度回访（第 3 次）, the kind named as the callbacks plugin's catalog names
    its codes (core/value_names.py); the id itself when the kind has no name."""
    kind, _sep, number = call_id.rpartition("_")
    if lang() != "zh" or not kind or not number.isdigit():
        return call_id
    domain = services().registry.domains.get("callbacks")
    if domain is None:
        return call_id
    result = domain.result.model_fields.get("callbacks")
    call = next((a for a in typing.get_args(result.annotation) if isinstance(a, type)
                 and issubclass(a, BaseModel)), None) if result is not None else None
    info = call.model_fields.get("kind") if call is not None else None
    named = value_name(kind, translated(domain, info.description or "", "zh")) if info else ""
    return _("%(kind)s (no. %(n)s)", kind=named, n=number) if named else call_id


@bp.get("/g/<group>/pictures/sla")
@group_page("viewer")
def sla_picture(group: str):
    tz = zoneinfo.ZoneInfo(g.group_timezone)
    cases = [c for c in _published_cases(group, "sla") if c.facts]
    case_name = request.args.get("case", "")
    facts_text = request.args.get("facts", "")
    at_text = request.args.get("at", "")
    axis = "wall" if request.args.get("axis") == "wall" else "business"
    chosen = next((c for c in cases if c.name == case_name), None)
    if chosen is not None and not facts_text:
        facts_text = facts_json(chosen.facts)
        at_text = at_text or (chosen.at.isoformat()[:16] if chosen.at else "")
    if not facts_text:
        facts_text = json.dumps(SAMPLE_SLA_FACTS, ensure_ascii=False, indent=2)
    at_text = at_text or SAMPLE_SLA_AT
    error = picture = None
    milestones = []
    try:
        facts = json.loads(facts_text)
        at = dt.datetime.fromisoformat(at_text)
        at = at if at.tzinfo else at.replace(tzinfo=tz)
    except ValueError:
        facts, at, error = None, None, _("The facts must be JSON and the time a date and time.")
    if facts is not None:
        try:
            decision, settings = _evaluate(group, "sla", facts, at)
        except Exception as exc:      # facts that do not fit: say so, draw nothing
            decision, settings = None, None
            error = exc.render(_lang()) if hasattr(exc, "render") else str(exc)
        else:
            if decision is None:
                error = _("This group has no published SLA ruleset.")
    if facts is not None and error is None:
        result = decision.result.model_dump(mode="python")
        milestones = list((result.get("milestones") or {}).values())
        if milestones:
            picture = _sla_lanes(milestones, settings, facts.get("store_id"), at, tz,
                                 business_axis=axis == "business")
        else:
            error = _("These facts start no deadline.")
    return render_template("admin/pictures_sla.html", cases=cases, case_name=case_name,
                           facts=facts_text, at=at_text, picture=picture, error=error,
                           milestones=milestones, axis=axis)


def _lang():
    from .i18n import lang
    return lang()


def _published_cases(group, domain):
    found = services()
    ruleset = found.published.get(group, domain)
    return list(ruleset.resolved.tests) if ruleset is not None else []


def _sla_lanes(milestones, settings, store_id, at, tz, labels=None, business_axis=True):
    start = min(m["started_at"] for m in milestones)
    end = max([m["due_at"] for m in milestones] + [at])
    start = start.replace(minute=0, second=0, microsecond=0) - dt.timedelta(hours=1)
    end = end + dt.timedelta(hours=2)
    calendar = None
    if settings is not None and hasattr(settings, "calendar"):
        try:
            calendar = settings.calendar(store_id, g.group_timezone)
        except Exception:
            calendar = None
    axis_open = None
    if business_axis and calendar is not None and \
            any(m["clock"] == "business_hours" for m in milestones):
        try:           # the axis counts business time: closed stretches drawn narrow
            axis_open = calendar.open_intervals(start, end)
        except Exception:   # a year the holiday library does not cover: wall time
            axis_open = None
    rows = []
    status_label = {"met": _("met"), "breached": _("breached"), "at_risk": _("at risk"),
                    "on_track": _("on track"), "not_started": _("not started")}
    clock_label = {"business_hours": _("business hours"), "wall_clock": _("around the clock"),
                   "calendar_days": _("calendar days")}
    language = _lang()
    for m in milestones:
        periods = []
        if m["clock"] == "business_hours" and calendar is not None:
            try:
                periods = calendar.open_intervals(m["started_at"], m["due_at"])
            except Exception:   # a year the holiday library does not cover: no shading
                periods = []
        marks = [(m["due_at"], _("due %(time)s", time=format_datetime(m["due_at"], "MM-dd HH:mm")), "due")]
        if m.get("done_at"):
            marks.append((m["done_at"], _("done"), "done"))
        note = f'{clock_label.get(m["clock"], m["clock"])} · {status_label.get(m["status"], m["status"])}'
        if m.get("remaining_minutes"):
            note += " · " + _("%(time)s left", time=duration_words(m["remaining_minutes"], language))
        elif m.get("overdue_minutes"):
            note += " · " + _("%(time)s late", time=duration_words(m["overdue_minutes"], language))
        rows.append(svg.Lane(m.get("label") or m["code"], m["started_at"], m["due_at"],
                             css=m["status"], open_periods=periods, marks=marks, note=note))
    ticks, day = [], start.date()
    hours_span = (end - start).total_seconds() / 3600
    step = 6 if hours_span <= 96 else 12 if hours_span <= 192 else 24
    t = dt.datetime.combine(day, dt.time(), tz)
    while t <= end:
        if t >= start:
            dated = t.hour == 0 or hours_span > 24    # a long axis names the day each time
            ticks.append(svg.Tick(t, format_datetime(t, "MM-dd HH:mm") if dated
                                  else format_datetime(t, "HH:mm")))
        t += dt.timedelta(hours=step)
    return svg.lanes(start, end, rows, ticks, at, _("now"), _("SLA deadlines"),
                     _("store closed (not counted)"), open_periods=axis_open, labels=labels)


@bp.app_template_filter("duration")
def duration_filter(minutes) -> str:
    """Minutes in words in the reader's language: 2天5小时, "2 days 5 hours"."""
    return duration_words(minutes, _lang())


@bp.get("/g/<group>/pictures/hits")
@group_page("viewer")
def hits_picture(group: str):
    """Every rule of each published ruleset by title, never-applied ones too, in a window
    of 24 h / 7 d / 30 d, split by the version in force (web/admin/hits_view.py)."""
    tz = zoneinfo.ZoneInfo(g.group_timezone)
    found = services()
    try:
        found.refresher.flush_hits()         # this worker's latest counts, now
    except Exception:
        pass
    domains = sorted(found.published.domains_of(group))
    domain = request.args.get("domain") or None
    if domain not in domains:
        domain = None
    window, hours, per_bar = hits_view.window_hours(request.args.get("window", ""),
                                                   dt.datetime.now(dt.timezone.utc))
    with found.store.read() as session:
        rows = hits.hits_since(session, group, hours[0], domain)
        published_at = hits.publishes(session, group, domain)
        counts: dict = {}
        for row_domain, rule, hour, count in rows:
            key = (rule, hits.hour_of(hour))
            into = counts.setdefault(row_domain, {})
            into[key] = into.get(key, 0) + count
        pictures = []
        for d in ([domain] if domain else domains):
            rules = _rules_now(group, d)
            known = {r[0] for r in rules}
            old = {}
            if any(rule not in known for rule, _hour in counts.get(d, {})):
                old = _old_titles(session, group, d, published_at.get(d, []), hours[0])
            pictures.append(hits_view.domain_hits(d, hours, per_bar, counts.get(d, {}), rules,
                                                  published_at.get(d, []), old))
    bar_format = "HH:mm" if per_bar < 24 else "MM-dd"
    labels = [format_datetime(hours[i].astimezone(tz),
                              "MM-dd HH:mm" if per_bar == 6 else bar_format)
              for i in range(0, len(hours), per_bar)]
    titles = {"24h": _("Rule hits per hour, last 24 hours"),
              "7d": _("Rule hits per 6 hours, last 7 days"),
              "30d": _("Rule hits per day, last 30 days")}
    for picture in pictures:
        marks = [(i, _("version %(n)s", n=v)) for i, v in picture.starts]
        picture.chart = svg.bars(picture.buckets, labels, titles[window],
                                 every=max(1, len(labels) // 12), marks=marks)
        peak = max((max(r.buckets) for r in picture.rules), default=1)
        for line in picture.rules:
            line.spark = svg.sparkline(line.buckets, peak, line.title,
                                       marks=[i for i, _v in picture.starts])
    return render_template("admin/pictures_hits.html", pictures=pictures,
                           total=sum(p.total for p in pictures), domains=domains,
                           domain=domain or "", window=window, windows=list(hits_view.WINDOWS),
                           since=hours[0].astimezone(tz))


def _rules_now(group: str, domain: str) -> list[tuple[str, str, bool]]:
    """(id, title, enabled) of every rule of the published (group, domain), in its order."""
    ruleset = services().published.get(group, domain)
    if ruleset is None:
        return []
    return [(p.rule.id, p.rule.title, p.rule.enabled) for p in ruleset.resolved.rules]


def _old_titles(session, group, domain, publishes, since) -> dict:
    """{id: title} of the rules of the versions in force in the window (newest wins)."""
    from dealer_rules.core.problems import RulesetError
    from dealer_rules.core.ruleset import load_ruleset
    numbers = [n for n, at in publishes if at >= since]
    earlier = [n for n, at in publishes if at < since]
    numbers += earlier[-1:]
    out: dict = {}
    for text in reversed(hits.version_texts(session, group, domain, numbers)):
        try:
            out.update({r.id: r.title for r in load_ruleset(text).document.rules})
        except RulesetError:
            continue
    return out
