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
from dealer_rules.core.table_edits import TableEditError
from dealer_rules.core.value_names import value_name

from ..services import services
from . import bp
from .facts_form import domain_code_name
from .i18n import lang
from .parameter_edits import ChangeRefused, apply_changes, save_text
from .rules_table import call_labels, display, entered, form_changes, rules_page, shown, typed
from .tables_grid import apply_grid, problems_by_row, submitted
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


@bp.app_template_global()
def choice_name(p, value, domain: str = "") -> str:
    """One of a choice parameter's values as the reader knows it: on a Chinese page the name
    the plugin's description gives the code (计时方式：business_hours（按营业时间计时）…
    -> 按营业时间计时, core/value_names.py); for a parameter its plugin does not describe,
    the name another field of ``domain`` gives the code; else the code itself."""
    text = "" if value is None else str(value)
    if lang() != "zh" or not text:
        return text
    named = value_name(text, p.description_zh)
    if not named and not p.description_zh and domain:
        found = services().registry.domains.get(domain)
        named = domain_code_name(found, text) if found is not None else ""
    return named or text


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


def _edited(current, page, form) -> tuple[str, list, dict]:
    """The current text with what the form changed: the fields (through
    core/parameter_changes.py) and the grids (core/table_edits.py); (text, the parameter
    changes, the grids' row orders). ChangeRefused / TableEditError when a change cannot be
    made (nothing is written anyway: this only computes the text)."""
    changes = form_changes(page.parameters, form)
    text = apply_changes(current.text, changes) if changes else current.text
    orders = {}
    for grid in page.grids:
        rows = submitted(grid, form)
        if rows is None or not grid.editable:
            continue
        orders[grid.id] = [key for key, _ in rows]
        text, _count = apply_grid(text, grid, rows)
    return text, changes, orders


@bp.post("/g/<group>/<domain>/rules/save")
@group_page("editor")
def save_rules(group: str, domain: str):
    """Save what the user changed (fields and grids) into the draft, with the page's
    revision: a stale page is refused with everything typed kept."""
    current = state(group, domain)
    page = rules_page(current, lang())
    if page is None:
        abort(409)
    revision = request.form.get("revision", type=int)
    comment = request.form.get("comment", "").strip()[:500]
    kept = entered(request.form)
    try:
        if revision != current.revision:
            raise Conflict(revision, current.revision)
        text, changes, _orders = _edited(current, page, request.form)
        if text == current.text:
            flash(_("Nothing was changed."), "ok")
            return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
        saved = save_text(group, domain, current.text, text, revision, changes, actor(), comment)
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
    except (TableEditError, StoreError) as exc:
        refusal = _("Not saved: %(reason)s Nothing was changed.", reason=exc.msg.render(lang()))
        return _page(group, domain, entered_values=kept, comment=comment, refusal=refusal,
                     status=422)
    if saved.problems:
        flash(_("Draft saved, with %(n)s problem(s) to fix before it can be published.",
                n=len(saved.problems)), "warn")
    else:
        flash(_("Draft saved: %(n)s change(s). Nothing changes for customers until it is "
                "published.", n=saved.count), "ok")
    return redirect(url_for("admin.ruleset_table", group=group, domain=domain))


@bp.post("/g/<group>/<domain>/rules/check")
@group_page("viewer")
def check_rules(group: str, domain: str):
    """The page's live check (JSON), nothing saved, not audited: the page's form (or JSON
    ``{changes: [{address, value}]}``) applied to the current draft text in memory; answers
    every problem, with the address of the field it is about when there is one, the
    decision tables' problems, gaps and overlaps by row, and the labels the new numbers make
    (工时费88折 at 12 %)."""
    current = state(group, domain)
    page = rules_page(current, lang())
    language = lang()
    if page is None:
        return jsonify(ok=False, problems=[], rows=[], labels={})
    body = request.get_json(silent=True) if request.is_json else None
    try:
        if body is not None:
            text, orders = _json_edits(current, page, body), {}
        else:
            text, _changes, orders = _edited(current, page, request.form)
    except ChangeRefused as exc:
        return jsonify(ok=False, problems=[{"address": a, "message": m, "rule": None}
                                           for a, m in exc.by_address(language)],
                       rows=[], labels={})
    except (UserError, ValueError) as exc:
        message = exc.msg.render(language) if isinstance(exc, UserError) else str(exc)
        return jsonify(ok=False, problems=[{"address": None, "message": message, "rule": None}],
                       rows=[], labels={})
    check = services().workflow.check(group, domain, text, tests=False)
    addresses = _addresses_by_path(page.parameters)
    found = [(p, p.message.render(language)) for p in check.problems + check.warnings]
    rows = problems_by_row(found, page.grids, orders)
    in_rows = {id(p) for p, _m in found if _in_table(p)}
    problems = [{"address": addresses.get(p.path), "rule": p.rule, "message": m,
                 "severity": getattr(p, "severity", "error")}
                for p, m in found if id(p) not in in_rows]
    return jsonify(ok=check.ok, problems=problems, rows=rows, labels=call_labels(text))


def _in_table(problem) -> bool:
    return (problem.path or "").startswith("tables[")


def _json_edits(current, page, body) -> str:
    raw = body.get("changes")
    if not isinstance(raw, list):
        raise ValueError("changes must be a list")
    changes = []
    for item in raw:
        if not isinstance(item, dict) or item.get("address") not in page.parameters:
            continue
        p, value = page.parameters[item["address"]], item.get("value")
        if isinstance(value, str) and p.kind != "boolean":
            value = typed(p, value)
        changes.append({"address": p.address, "value": value})
    return apply_changes(current.text, changes) if changes else current.text


def _addresses_by_path(parameters: dict) -> dict:
    """A problem's path (rules[0].then[1].discount_labour.percent) -> the field's address."""
    return {loc_text(p.yaml_path): address for address, p in parameters.items()
            if p.yaml_path}
