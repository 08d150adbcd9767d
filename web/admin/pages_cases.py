"""The test-case editor: a ruleset's own cases with pass or fail against the draft, each
failing one linked to its rules and to "try it" with its facts; "save this try as a test
case" (expectations ticked from the actual answer, never typed); "accept the actual result"
showing every change (expected old → actual new) before it saves; delete. Edits go into the
draft YAML, comments kept, through the audited draft save (web/case_editing.py)."""
from __future__ import annotations

import datetime as dt
import json

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.evaluate import FactsError
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import Conflict, StoreError

from .. import case_editing
from . import bp
from .i18n import lang
from .rulesets_view import known_domain, state
from .session_auth import actor, group_page


def _conflict_text(exc: Conflict) -> str:
    return _("Someone else changed this ruleset since you opened the page (revision "
             "%(given)s, now %(current)s). Nothing was changed; here is the current one.",
             given=exc.given, current=exc.current)


def _invalid_text(exc: case_editing.CaseInvalid) -> str:
    language = lang()
    return "; ".join((f"{i['path']}: " if i["path"] else "") + i["message"].render(language)
                     for i in exc.items)


@bp.get("/g/<group>/<domain>/cases")
@group_page("viewer")
def cases(group: str, domain: str):
    current = state(group, domain)
    working, runs, problems = case_editing.run(group, domain)
    for r in runs:
        if r.decision is not None and not r.rules and not r.passed:
            r.rules = [f.id for f in r.decision.fired]     # the rules that made the answer
    return render_template("admin/cases.html", rs=current, runs=runs, problems=problems,
                           revision=working.revision,
                           failed=sum(1 for r in runs if not r.passed))


@bp.route("/g/<group>/<domain>/cases/<int:number>/accept", methods=["GET", "POST"])
@group_page("editor")
def accept_case(group: str, domain: str, number: int):
    known_domain(domain)
    if request.method == "POST":
        revision = request.form.get("revision", type=int)
        try:
            changes, _revision = case_editing.accept(group, domain, number - 1, revision,
                                                     actor())
        except Conflict as exc:
            flash(_conflict_text(exc), "error")
            return redirect(url_for("admin.accept_case", group=group, domain=domain,
                                    number=number))
        except case_editing.CaseInvalid as exc:
            flash(_invalid_text(exc), "error")
            return redirect(url_for("admin.cases", group=group, domain=domain))
        except StoreError as exc:
            flash(exc.render(lang()), "error")
            return redirect(url_for("admin.cases", group=group, domain=domain))
        flash(_("The test case now expects the actual result (%(n)s change(s)); saved in the "
                "draft.", n=len(changes)), "ok")
        return redirect(url_for("admin.cases", group=group, domain=domain))
    current = state(group, domain)
    try:
        working, changes, _expect = case_editing.accept_changes(group, domain, number - 1)
    except case_editing.CaseInvalid as exc:
        flash(_invalid_text(exc), "error")
        return redirect(url_for("admin.cases", group=group, domain=domain))
    except StoreError as exc:
        flash(exc.render(lang()), "error")
        return redirect(url_for("admin.cases", group=group, domain=domain))
    return render_template("admin/case_accept.html", rs=current, number=number,
                           case=working.cases[number - 1], changes=changes,
                           revision=working.revision)


@bp.post("/g/<group>/<domain>/cases/<int:number>/delete")
@group_page("editor")
def delete_case(group: str, domain: str, number: int):
    known_domain(domain)
    try:
        case_editing.delete(group, domain, number - 1, request.form.get("revision", type=int),
                            actor())
        flash(_("The test case was deleted from the draft."), "ok")
    except Conflict as exc:
        flash(_conflict_text(exc), "error")
    except case_editing.CaseInvalid as exc:
        flash(_invalid_text(exc), "error")
    except StoreError as exc:
        flash(exc.render(lang()), "error")
    return redirect(url_for("admin.cases", group=group, domain=domain))


@bp.post("/g/<group>/<domain>/cases/save")
@group_page("editor")
def save_case(group: str, domain: str):
    """"Save this try as a test case" (or replace case ``replace``): the draft evaluates
    the facts again and the ticked result paths take the actual values."""
    known_domain(domain)
    form = request.form
    back = url_for("admin.cases", group=group, domain=domain)
    name = form.get("name", "").strip()[:300]
    replace = form.get("replace", type=int)
    try:
        facts = json.loads(form.get("facts") or "{}")
        at = dt.datetime.fromisoformat(form["at"]) if form.get("at") else None
    except ValueError:
        flash(_("The facts are not valid JSON."), "error")
        return redirect(back)
    if not name:
        flash(_("Give the test case a name."), "error")
        return redirect(url_for("admin.try_it", group=group, domain=domain))
    if at is not None and at.tzinfo is None:
        at = at.replace(tzinfo=case_editing.working(group, domain).tz)
    try:
        case = case_editing.new_case(group, domain, name, facts, at, form.getlist("result"),
                                     form.getlist("fired"), form.getlist("not_fired"))
        revision = form.get("revision", type=int)
        if replace:
            case_editing.replace(group, domain, replace - 1, case, revision, actor())
        else:
            case_editing.add(group, domain, case, revision, actor())
    except Conflict as exc:
        flash(_conflict_text(exc), "error")
        return redirect(back)
    except case_editing.CaseInvalid as exc:
        flash(_invalid_text(exc), "error")
        return redirect(back)
    except (FactsError, StoreError) as exc:
        flash(exc.render(lang()), "error")
        return redirect(back)
    except RulesetError:
        flash(_("The ruleset has problems; fix them in the editor first."), "error")
        return redirect(back)
    except KeyError as exc:
        flash(_("%(path)s is not in the actual result.", path=exc.args[0]), "error")
        return redirect(back)
    flash(_("Test case “%(name)s” saved in the draft.", name=name), "ok")
    return redirect(back)


@bp.app_template_global()
def case_result_paths(decision) -> list:
    """The result paths a person may tick as expectations, with their actual values."""
    from dealer_rules.core.case_edits import result_paths
    return result_paths(decision.result)


@bp.app_template_global()
def case_revision(group: str, domain: str) -> int:
    return case_editing.working(group, domain).revision


@bp.app_template_global()
def shown_value(value) -> str:
    """An expected or actual value as a person reads it: text as written, everything else
    as compact JSON (dates in ISO form, amounts as written)."""
    from dealer_rules.core.case_edits import plain
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dict) and set(value) == {"length"}:     # a list's length
        return _("%(n)s item(s)", n=value["length"])
    if isinstance(value, (list, tuple)) and all(not isinstance(v, (dict, list)) for v in value):
        return "、".join(shown_value(v) for v in value) if value else "—"
    return json.dumps(_jsonable(plain(value)), ensure_ascii=False)


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)
