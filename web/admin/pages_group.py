"""The dashboard (the user's dealer groups, their domains and published versions, recent
changes), a group's page, and the on/off switch of a rule inherited from a base group (the
ruleset page itself is pages_rules.py)."""
from __future__ import annotations

from flask import abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.store import Conflict, StoreError, audit, base_changes, groups, rulesets

from ..services import services
from . import bp
from .rulesets_view import known_domain, state
from .session_auth import group_page, login_required, principal
from .yaml_edit import CannotEdit, set_inherited_disabled, set_rule_enabled


def domain_title(name: str) -> str:
    from .i18n import lang
    domain = services().registry.domains.get(name)
    if domain is None:
        return name
    return (domain.title_zh or domain.title) if lang() == "zh" else domain.title


@bp.app_context_processor
def _domain_titles():
    return {"domain_title": domain_title}


def _overview(session, group: str) -> list[dict]:
    found = services()
    out = []
    for row in rulesets.overview(session, group):
        if row.domain not in found.registry.domains:
            continue
        serving = found.published.get(group, row.domain)
        out.append({"domain": row.domain, "published": row.published, "draft": row.draft,
                    "revision": row.revision,
                    "serving": serving.identity.version if serving else None})
    return out


@bp.get("/")
@login_required
def dashboard():
    p = principal()
    with services().store.read() as session:
        rows = groups.list_groups(session, p.visible_groups())
        cards = [{"group": r, "rulesets": _overview(session, r.id)} for r in rows]
        recent = []
        for r in rows:
            recent.extend(audit.entries(session, group=r.id, limit=10))
    recent.sort(key=lambda e: e.id, reverse=True)
    if len(rows) == 1:
        g.group_locale, g.group_timezone = rows[0].locale, rows[0].timezone
    return render_template("admin/dashboard.html", cards=cards, recent=recent[:12])


@bp.get("/g/<group>/")
@group_page("viewer")
def group_home(group: str):
    with services().store.read() as session:
        overview = _overview(session, group)
        recent = audit.entries(session, group=group, limit=15)
        broken = base_changes.broken_by_base(session, group)
    return render_template("admin/group.html", overview=overview, recent=recent, broken=broken)


@bp.post("/g/<group>/<domain>/rules/<rule>/toggle")
@group_page("editor")
def toggle_rule(group: str, domain: str, rule: str):
    """Switch a rule on or off in the draft (made from the published version if there is
    none yet); saved with the revision the page showed, so a stale page is refused."""
    from .session_auth import actor
    known_domain(domain)
    current = state(group, domain)
    enable = request.form.get("enable") == "1"
    revision = request.form.get("revision", type=int)
    placed = None
    if current.resolved is not None:
        placed = next((p for p in current.resolved.rules if p.rule.id == rule), None)
    try:
        if placed is not None and placed.origin != "inherited":
            text = set_rule_enabled(current.text, rule, enable)
        elif placed is not None or rule in current.disabled_inherited:
            text = set_inherited_disabled(current.text, rule, not enable)
        else:
            abort(404)
    except CannotEdit:
        flash(_("This rule is written in a way the switch cannot change; edit it in the "
                "editor."), "error")
        return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
    comment = (_("Rule %(rule)s switched on", rule=rule) if enable
               else _("Rule %(rule)s switched off", rule=rule))
    try:
        services().workflow.save_draft(group, domain, text, revision, actor(), comment)
    except Conflict as exc:
        flash(_("Someone else changed this ruleset since you opened the page (revision "
                "%(given)s, now %(current)s). Nothing was changed; here is the current one.",
                given=exc.given, current=exc.current), "error")
    except StoreError as exc:
        from .i18n import lang
        flash(exc.render(lang()), "error")
    else:
        flash(comment + _(" (saved in the draft; publish to apply it)."), "ok")
    return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
