"""The test-case editor: a ruleset's own cases with pass or fail against the draft, each
failing one linked to its rules and to "try it" with its facts; "save this try as a test
case" (expectations ticked from the actual answer, never typed); "accept the actual result"
showing every change (expected old → actual new) before it saves; delete. Edits go into the
draft YAML, comments kept, through the audited draft save (web/case_editing.py)."""
from __future__ import annotations

import ast
import datetime as dt
import json
import re

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.evaluate import FactsError
from dealer_rules.core.messages import Message
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import Conflict, StoreError

from .. import case_editing
from ..services import services
from . import bp
from .explanations import case_path_name, result_field_description, result_value_name
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
                           domain_info=services().registry.domains.get(domain),
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


#: why a rule did not apply, as core's explanation codes it (Decision.not_fired[].reason)
_REASONS = {"condition": lambda: _("its condition is false"),
            "disabled": lambda: _("switched off"),
            "outside_window": lambda: _("outside its validity window"),
            "excluded": lambda: _("another rule of its exclusive group applied"),
            "hit_policy_first": lambda: _("only the first applicable rule applies")}
_OPERATOR = re.compile(r"^(contains|not_contains|length) (.*)$", re.S)


@bp.app_template_global()
def rule_title(rs, rule_id: str) -> str:
    """A rule of the ruleset shown (``rs``, a RulesetState) by its title; its id when the
    ruleset has no such rule (or does not load)."""
    resolved = getattr(rs, "resolved", None)
    for placed in getattr(resolved, "rules", None) or ():
        if placed.rule.id == rule_id:
            return placed.rule.title or rule_id
    return rule_id


@bp.app_template_global()
def case_failure(failure, rs) -> str:
    """Why a test case failed (core/testing.py's Message), in words a manager reads on a
    Chinese page: the result field by its name (case_path_name), the values by the names
    the plugin gives its codes, without Python quotes; a rule by its title, why it did not
    apply in words. Other messages, and every message on an English page, render as core
    writes them."""
    code, params = getattr(failure, "code", None), dict(getattr(failure, "params", {}) or {})
    if lang() != "zh" or code not in ("case_result", "case_no_path", "case_fired",
                                      "case_not_fired"):
        return failure.render(lang()) if hasattr(failure, "render") else str(failure)
    domain = services().registry.domains.get(rs.domain)
    if code in ("case_fired", "case_not_fired"):
        params["id"] = f"“{rule_title(rs, params['id'])}”"
        if code == "case_not_fired":
            reason = _REASONS.get(str(params.get("detail", "")).split(":", 1)[0])
            params["detail"] = reason() if reason else _("see Try it")
        return Message(code, **params).render("zh")
    path = params.get("path", "")
    params["path"] = case_path_name(domain, path) if domain is not None else path
    if code == "case_no_path":
        return Message(code, **params).render("zh")
    description = result_field_description(domain, path) if domain is not None else ""
    expected, operator = params.get("expected", ""), None
    found = _OPERATOR.match(expected)
    if found:
        operator, expected = found.groups()
    expected = _said(expected, domain, description)
    if operator == "contains":
        expected = _("includes %(values)s", values=expected)
    elif operator == "not_contains":
        expected = _("does not include %(values)s", values=expected)
    elif operator == "length":
        expected = _("%(n)s item(s)", n=expected)
    params["expected"] = expected
    params["actual"] = _said(params.get("actual", ""), domain, description)
    return Message(code, **params).render("zh")


def _said(text: str, domain, description: str) -> str:
    """A value core wrote for a failure (Python's repr of text, lists in brackets) as a
    person reads it: text without quotes and by its name where the field's description
    names the code, lists joined by 、, yes/no; what it cannot read stays as written."""
    try:
        value = ast.literal_eval(text)
    except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
        return text
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return text
    return _said_value(value, domain, description)


def _said_value(value, domain, description: str) -> str:
    if value is None:
        return _("(none)")
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, str):
        return result_value_name(domain, value, description) or value
    if isinstance(value, (list, tuple)):
        return "、".join(_said_value(v, domain, description) for v in value) or "—"
    return str(value)


@bp.app_template_global()
def shown_value(value, domain=None, path: str = "") -> str:
    """An expected or actual value as a person reads it: text as written (a code by the name
    the result field's description gives it, with ``domain`` and the field's ``path``),
    ``{contains: [...]}`` as 包含 …, everything else as compact JSON (dates in ISO form,
    amounts as written)."""
    from dealer_rules.core.case_edits import plain
    if isinstance(value, str):
        if domain is not None and path:
            return result_value_name(domain, value, result_field_description(domain, path)) \
                or value
        return value
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, dict) and set(value) == {"length"}:     # a list's length
        return _("%(n)s item(s)", n=value["length"])
    if isinstance(value, dict) and len(value) == 1 and set(value) <= {"contains",
                                                                      "not_contains"}:
        (operator, wanted), = value.items()
        items = shown_value(wanted if isinstance(wanted, list) else [wanted], domain, path)
        return _("includes %(values)s", values=items) if operator == "contains" else \
            _("does not include %(values)s", values=items)
    if isinstance(value, (list, tuple)) and all(not isinstance(v, (dict, list)) for v in value):
        return "、".join(shown_value(v, domain, path) for v in value) if value else "—"
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
