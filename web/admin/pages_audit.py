"""The audit log of a dealer group, filtered by user, domain, action and date.

People appear by their display name; a group's administrators also see the sign-ins,
failed sign-ins, lock-outs and password changes of the people of their group (recorded
without a group, core/store/audit.py ``ACCOUNT_ACTIONS``)."""
from __future__ import annotations

import datetime as dt
import zoneinfo

from flask import g, render_template, request
from flask_babel import gettext as _

from dealer_rules.core.parameters import list_parameters
from dealer_rules.core.store import accounts, audit, rulesets

from ..services import services
from . import bp
from .i18n import lang
from .session_auth import can, group_page

PAGE = 100


def action_label(action: str) -> str:
    return {
        "seeded": _("installed with the shipped rulesets"), "draft_saved": _("draft saved"),
        "draft_discarded": _("draft discarded"), "validated": _("validated"),
        "tested": _("test cases run"), "tried": _("tried on facts"),
        "published": _("published"), "publish_refused": _("publish refused"),
        "rolled_back": _("rolled back"), "rollback_refused": _("rollback refused"),
        "base_changed": _("the rules it builds on changed"),
        "key_created": _("API key created"), "key_revoked": _("API key revoked"),
        "group_created": _("group created"), "group_parent_set": _("parent group set"), "role_granted": _("role granted"),
        "user_created": _("user created"), "password_set": _("password set"),
        "password_changed": _("own password changed"), "name_changed": _("name changed"),
        "role_revoked": _("role removed"), "password_change_refused": _("password change refused"),
        "login": _("signed in"), "logout": _("signed out"), "login_failed": _("sign-in failed"),
        "login_locked": _("sign-in locked"), "login_refused_locked": _("sign-in refused (locked)"),
    }.get(action, action)


def actor_label(name: str) -> str:
    """Who acted, by display name (``user:alice`` -> 王丽), an API key by its prefix."""
    kind, _sep, who = name.partition(":")
    if kind == "user":
        return display_names().get(who, who)
    if kind == "key":
        return _("API key %(key)s", key=who)
    return _("system") if name == "system" else name


def display_names() -> dict[str, str]:
    """{user name: display name} of every user, read once per request."""
    if "display_names" not in g:
        with services().store.read() as session:
            g.display_names = {u.username: u.display_name or u.username
                               for u in accounts.list_users(session)}
    return g.display_names


@bp.app_context_processor
def _labels():
    return {"action_label": action_label, "actor_label": actor_label,
            "change_name": change_name}


def change_name(group: str | None, domain: str | None, address: str) -> str:
    """A changed value of a publish's audit entry (``rule:silver_member/discount_labour/
    percent``, ``constant:gold_min_spend``) named as the ruleset page names it: 银卡会员 ·
    工时费折扣 · 百分比, 金卡门槛. Named from the group's published ruleset (read once per
    request and ruleset); an address it no longer has keeps its rule's title, else stays."""
    names = _names_of(group, domain) if group and domain else {}
    if address in names:
        return names[address]
    kind, _sep, rest = address.partition(":")
    rule, _slash, inside = rest.partition("/")
    title = names.get(f"rule:{rule}") if kind == "rule" else None
    return f"{title} · {inside}" if title and inside else (title or address)


def _names_of(group: str, domain: str) -> dict:
    cache = g.setdefault("change_names", {})
    if (group, domain) not in cache:
        cache[(group, domain)] = names = {}
        found = services()
        if domain in found.registry.domains:
            with found.store.read() as session:
                head = rulesets.head(session, group, domain)
                row = rulesets.published_of(session, head) if head is not None else None
                text = row.yaml if row is not None else ""
            try:
                params = list_parameters(text, found.registry) if text else []
            except Exception:   # a text these tables cannot read: the addresses stay
                params = []
            language = lang()
            for p in params:
                if p.rule_id and p.rule_title:
                    names.setdefault(f"rule:{p.rule_id}", p.rule_title)
                if p.section in ("constant", "setting"):
                    names[p.address] = p.name(language)
                elif p.rule_id:
                    action = (p.action_title_zh if language == "zh" else p.action_title_en) \
                        or p.action
                    names[p.address] = " · ".join(x for x in (p.rule_title or p.rule_id, action,
                                                              p.name(language)) if x)
    return cache[(group, domain)]


def _day(value: str | None, tz) -> dt.datetime | None:
    if not value:
        return None
    try:
        return dt.datetime.combine(dt.date.fromisoformat(value), dt.time(), tzinfo=tz)
    except ValueError:
        return None


@bp.get("/g/<group>/audit")
@group_page("publisher")
def audit_log(group: str):
    tz = zoneinfo.ZoneInfo(g.group_timezone)
    form = {k: request.args.get(k, "") for k in ("user", "domain", "action", "from", "to")}
    since = _day(form["from"], tz)
    until = _day(form["to"], tz)
    if until is not None:
        until += dt.timedelta(days=1)             # the "to" day is included
    before = request.args.get("before", type=int)
    with services().store.read() as session:
        # administrators also see their people's sign-ins, lock-outs and password changes
        people = [f"user:{user.username}" for user, _role, everywhere
                  in accounts.members(session, group) if not everywhere] if can("admin") else []
        rows = audit.entries(session, group=group, domain=form["domain"] or None,
                             action=form["action"] or None,
                             actor=f"user:{form['user']}" if form["user"] else None,
                             since=since, until=until, limit=PAGE + 1, before_id=before,
                             accounts=people)
        known = audit.known_values(session, group)
    if people:
        known["actions"] = sorted(set(known["actions"]) | set(audit.ACCOUNT_ACTIONS))
    users = sorted({a.split(":", 1)[1] for a in known["actors"] + people if a.startswith("user:")})
    more = len(rows) > PAGE
    return render_template("admin/audit.html", rows=rows[:PAGE], more=more, form=form,
                           users=users, actions=known["actions"], domains=known["domains"],
                           next_before=rows[PAGE - 1].id if more else None)
