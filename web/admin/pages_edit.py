"""The YAML editor (save with the draft's revision, live validation), "try it" (a test
case or pasted facts against the draft or the published version, with the explanation of
every rule) and running the test cases."""
from __future__ import annotations

import datetime as dt
import json

from flask import flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.evaluate import FactsError
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import Conflict, NotFound, StoreError, audit, rulesets

from ..services import services
from . import bp, checked
from .facts_form import example_text
from .i18n import lang
from .rulesets_view import facts_json, known_domain, result_rows, state, test_cases
from .session_auth import actor, group_page


def problem_list(problems) -> list[dict]:
    language = lang()
    return [{"line": p.line, "column": p.column, "rule": p.rule, "path": p.path,
             "message": p.message.render(language), "code": p.message.code,
             "severity": getattr(p, "severity", "error")} for p in problems]


# -- the editor ------------------------------------------------------------------------------

@bp.get("/g/<group>/<domain>/edit")
@group_page("editor")
def editor(group: str, domain: str):
    current = state(group, domain)
    check = checked.check(group, domain, current.text)
    return render_template("admin/editor.html", rs=current, text=current.text,
                           revision=current.revision,
                           problems=problem_list(check.problems + check.warnings),
                           comment="")


@bp.post("/g/<group>/<domain>/edit")
@group_page("editor")
def save(group: str, domain: str):
    known_domain(domain)
    text = request.form.get("yaml", "").replace("\r\n", "\n")
    revision = request.form.get("overwrite_revision", type=int) or \
        request.form.get("revision", type=int)
    comment = request.form.get("comment", "").strip()[:500]
    found = services()
    conflict = None
    try:
        found.workflow.save_draft(group, domain, text, revision, actor(), comment)
    except Conflict as exc:
        conflict = exc
    except StoreError as exc:
        flash(exc.render(lang()), "error")
        return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
    current = state(group, domain)
    check = checked.check(group, domain, text)
    if conflict is not None:
        # nothing was written: the user's text stays in the editor, with the revision they
        # had, so saving again is refused again until they choose to save over it
        return render_template("admin/editor.html", rs=current, text=text, revision=revision,
                               problems=problem_list(check.problems), comment=comment,
                               conflict=conflict), 409
    if check.problems:
        flash(_("Draft saved, with %(n)s problem(s) to fix before it can be published.",
                n=len(check.problems)), "warn")
    else:
        flash(_("Draft saved. It is valid; run the test cases, then publish."), "ok")
    return redirect(url_for("admin.editor", group=group, domain=domain))


@bp.post("/g/<group>/<domain>/validate")
@group_page("viewer")
def validate(group: str, domain: str):
    """The editor's live check (JSON): every problem with its line and column, in the
    reader's language. Not audited: it runs as the user types and changes nothing."""
    known_domain(domain)
    body = request.get_json(silent=True) or {}
    text = body.get("yaml")
    if not isinstance(text, str):
        return jsonify(ok=False, problems=[]), 400
    try:
        check = checked.check(group, domain, text)
    except StoreError as exc:
        return jsonify(ok=False, problems=[{"line": 1, "column": 1, "message": exc.render(lang()),
                                             "rule": None, "path": "", "code": exc.msg.code}])
    # warnings among the problems too (marked by severity), as the editor lists them
    return jsonify(ok=check.ok, problems=problem_list(check.problems + check.warnings),
                   warnings=problem_list(check.warnings))


@bp.post("/g/<group>/<domain>/discard")
@group_page("editor")
def discard(group: str, domain: str):
    known_domain(domain)
    try:
        services().workflow.discard_draft(group, domain, actor(),
                                          request.form.get("revision", type=int))
        flash(_("The draft was discarded; the published version is unchanged."), "ok")
    except Conflict as exc:
        flash(_("Someone else changed this ruleset since you opened the page (revision "
                "%(given)s, now %(current)s). Nothing was changed; here is the current one.",
                given=exc.given, current=exc.current), "error")
    except NotFound as exc:
        flash(exc.render(lang()), "error")
    return redirect(url_for("admin.ruleset_table", group=group, domain=domain))


# -- try it ------------------------------------------------------------------------------------

def _parse_at(value: str | None):
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return False
    return parsed


@bp.route("/g/<group>/<domain>/try", methods=["GET", "POST"])
@group_page("viewer")
def try_it(group: str, domain: str):
    which = request.values.get("source", "draft")
    current = state(group, domain, "published" if which == "published" else "current")
    cases = test_cases(current.text)
    case_facts = {c.name: {"facts": facts_json(c.facts),
                           "at": c.at.isoformat()[:16] if isinstance(c.at, dt.datetime)
                           else (c.at.isoformat() + "T00:00" if c.at else "")} for c in cases}
    form = {"case": request.values.get("case", ""), "facts": request.values.get("facts", ""),
            "at": request.values.get("at", ""), "source": which}
    if request.method == "GET" and not form["facts"] and cases:
        chosen = case_facts.get(form["case"]) or case_facts[cases[0].name]
        form["case"] = form["case"] or cases[0].name
        form["facts"], form["at"] = chosen["facts"], chosen["at"]
    decision = error = errors = None
    if request.method == "POST":
        picked = case_facts.get(form["case"], {})
        if not form["facts"].strip() and picked:      # a test case chosen, no facts pasted
            form["facts"], form["at"] = picked["facts"], form["at"] or picked["at"]
        facts_text = form["facts"].strip()
        at = _parse_at(form["at"])
        try:
            facts = json.loads(facts_text or "{}")
            if not isinstance(facts, dict):
                raise ValueError
        except ValueError:
            error = _("The facts are not valid JSON: write them like %(example)s.",
                      example=example_text(domain))
        else:
            if at is False:
                error = _("The evaluation time is not a valid date and time.")
            else:
                decision, error, errors = _run(group, domain, current, facts, at)
        with services().store.write() as session:
            audit.record(session, actor(), "tried", group, domain, None, None,
                         rulesets.text_hash(current.text), source=which, case=form["case"],
                         ok=decision is not None)
    fired_ids = {r.id for r in decision.fired} if decision else set()
    return render_template("admin/try.html", rs=current, cases=cases, case_facts=case_facts,
                           form=form, decision=decision, error=error, errors=errors,
                           rows=result_rows(decision.result) if decision else [],
                           fired_ids=fired_ids,
                           # a result value naming a rule (benefits' "rule") shows its title
                           rule_titles={r.id: r.title for r in decision.explanation or []}
                           if decision else {},
                           domain_info=services().registry.domains.get(domain))


@bp.app_template_global()
def not_fired_detail(rule) -> str:
    """Why a rule that did not apply did not, beyond its reason, in the reader's language
    (a false condition shows its failing part as code instead)."""
    from .i18n import when
    if rule.reason == "outside_window":
        start, _sep, end = rule.detail.partition("/")
        return _("valid from %(start)s to %(end)s, both included",
                 start=when(start) if start != ".." else "—", end=when(end) if end != ".." else "—")
    if rule.reason == "excluded":
        group, _sep, winner = rule.detail.partition(": ")
        return _("%(winner)s applied first in the exclusive group %(group)s", winner=winner,
                 group=group)
    if rule.reason == "hit_policy_first":
        return _("%(winner)s applied first", winner=rule.detail)
    return rule.detail


def _run(group, domain, current, facts, at):
    try:
        decision = services().workflow.dry_run(group, domain, facts, at=at, explain=True,
                                               text=current.text, lang=lang())
        return decision, None, None
    except RulesetError as exc:
        return None, _("The ruleset has problems; fix them in the editor first."), \
            problem_list(exc.problems)
    except FactsError as exc:
        return None, exc.msg.render(lang()), [{"path": p["path"], "message":
                                               p["message"].render(lang())} for p in exc.problems]
    except StoreError as exc:
        return None, exc.render(lang()), None
    except Exception as exc:  # an action or a plugin hook failed on these facts
        detail = "%s: %s" % (type(exc).__name__, exc)
        return None, _("These facts could not be evaluated: %(detail)s", detail=detail), None


# -- test cases ---------------------------------------------------------------------------------

@bp.route("/g/<group>/<domain>/tests", methods=["GET", "POST"])
@group_page("viewer")
def run_tests(group: str, domain: str):
    current = state(group, domain)
    check = None
    if request.method == "POST":
        check = services().workflow.check(group, domain, current.text, tests=True,
                                          actor=actor())
    return render_template("admin/tests.html", rs=current, check=check,
                           problems=problem_list(check.problems) if check else [],
                           cases=test_cases(current.text))
