"""The ruleset page staff edit policy on, without YAML: rules as rows with their numbers as
fields, the constants and settings in a small table, checked as the user types (the
changes applied to the draft text in memory, problems returned by address) and saved as the
draft with the revision the page showed. A stale page is refused in Chinese with every
typed value kept. Decision tables are edited as grids below the rules (pages_tables.py).
The YAML editor stays one tab away for developers.
"""
from __future__ import annotations

from flask import abort, flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.messages import UserError
from dealer_rules.core.problems import loc_text
from dealer_rules.core.store import Conflict, StoreError, base_changes

from ..services import services
from . import bp
from .i18n import lang
from .parameter_edits import ChangeRefused, apply_changes, save_changes
from .rules_table import call_labels, display, entered, form_changes, rules_page, shown, typed
from .rulesets_view import state
from .session_auth import actor, group_page


@bp.app_template_global()
def field_value(p, entered_values=None) -> str:
    """What a field shows: what the user typed (after a refused save), else the value."""
    if entered_values and p.address in entered_values:
        return entered_values[p.address]
    return shown(p)


@bp.app_template_global()
def value_with_unit(p_or_value, unit: str = "") -> str:
    return display(p_or_value, unit)


@bp.get("/g/<group>/<domain>/")
@group_page("viewer")
def ruleset_table(group: str, domain: str):
    which = request.args.get("show", "current")
    return _page(group, domain, which)


def _page(group, domain, which="current", entered_values=None, comment="", refusal=None,
          problems_by_address=None, status=200):
    current = state(group, domain, which)
    page = rules_page(current, lang())
    with services().store.read() as session:
        broken = base_changes.broken_by_base(session, group, domain)
    return render_template("admin/ruleset.html", rs=current, page=page, which=which,
                           broken=broken, entered=entered_values or {}, comment=comment,
                           refusal=refusal, field_problems=problems_by_address or {},
                           editable=which != "published"), status


@bp.post("/g/<group>/<domain>/rules/save")
@group_page("editor")
def save_rules(group: str, domain: str):
    """Save the fields the user changed into the draft, with the page's revision."""
    current = state(group, domain)
    page = rules_page(current, lang())
    if page is None:
        abort(409)
    revision = request.form.get("revision", type=int)
    comment = request.form.get("comment", "").strip()[:500]
    changes = form_changes(page.parameters, request.form)
    kept = entered(request.form)
    if not changes:
        flash(_("Nothing was changed."), "ok")
        return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
    try:
        saved = save_changes(group, domain, revision, changes, actor(), comment)
    except Conflict as exc:
        refusal = _("Not saved: someone else changed this ruleset while you were editing "
                    "(you started from revision %(given)s, it is now %(current)s). Your values "
                    "are still in the fields; check them against the current rules and save "
                    "again.", given=exc.given, current=exc.current)
        return _page(group, domain, entered_values=kept, comment=comment, refusal=refusal,
                     status=409)
    except ChangeRefused as exc:
        refusal = _("Not saved: %(n)s value(s) are not right. Nothing was changed.",
                    n=len(exc.problems))
        return _page(group, domain, entered_values=kept, comment=comment, refusal=refusal,
                     problems_by_address={a: m for a, m in exc.by_address(lang())},
                     status=422)
    except StoreError as exc:
        flash(exc.render(lang()), "error")
        return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
    if saved.problems:
        flash(_("Draft saved, with %(n)s problem(s) to fix before it can be published.",
                n=len(saved.problems)), "warn")
    else:
        flash(_("Draft saved: %(n)s change(s). Nothing changes for customers until it is "
                "published.", n=len(changes)), "ok")
    return redirect(url_for("admin.ruleset_table", group=group, domain=domain))


@bp.post("/g/<group>/<domain>/rules/check")
@group_page("viewer")
def check_rules(group: str, domain: str):
    """The page's live check (JSON): ``{changes: [{address, value}]}`` applied to the
    current draft text in memory (nothing saved, not audited); answers every problem, each
    with the address of the field it is about when there is one, and the labels the new
    numbers make (工时费88折 at 12 %)."""
    current = state(group, domain)
    body = request.get_json(silent=True) or {}
    raw = body.get("changes")
    if not isinstance(raw, list):
        return jsonify(ok=False, problems=[]), 400
    page = rules_page(current, lang())
    parameters = page.parameters if page else {}
    changes, language = [], lang()
    for item in raw:
        if not isinstance(item, dict) or item.get("address") not in parameters:
            continue
        p, value = parameters[item["address"]], item.get("value")
        if isinstance(value, str) and p.kind != "boolean":
            value = typed(p, value)
        changes.append({"address": p.address, "value": value})
    try:
        text = apply_changes(current.text, changes)
    except ChangeRefused as exc:
        return jsonify(ok=False, problems=[{"address": a, "message": m, "rule": None}
                                           for a, m in exc.by_address(language)])
    except UserError as exc:
        return jsonify(ok=False, problems=[{"address": None, "message": exc.msg.render(language),
                                            "rule": None}])
    check = services().workflow.check(group, domain, text, tests=False)
    addresses = _addresses_by_path(parameters)
    problems = [{"address": addresses.get(p.path), "rule": p.rule,
                 "message": p.message.render(language)} for p in check.problems]
    return jsonify(ok=check.ok, problems=problems, labels=call_labels(text))


def _addresses_by_path(parameters: dict) -> dict:
    """A problem's path (rules[0].then[1].discount_labour.percent) -> the field's address."""
    return {loc_text(p.yaml_path): address for address, p in parameters.items()
            if p.yaml_path}
