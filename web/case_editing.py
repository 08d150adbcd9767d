"""A ruleset's own test cases, edited the way a business user works: list them with pass
or fail against the draft, save a tried customer as a case with expectations taken from the
actual answer, replace or delete one, and take the actual answer as what a failing case
expects. Every edit goes into the draft's YAML (core/case_edits.py keeps the comments) and
through the store's draft save (revision-checked, audited).

When: the admin's test-case pages (web/admin/pages_cases.py) and the cases API
(web/api/cases.py) call it; both answer the same way.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from zoneinfo import ZoneInfo

from dealer_rules.core import case_edits
from dealer_rules.core.evaluate import facts_message
from dealer_rules.core.messages import Message
from dealer_rules.core.problems import loc_text
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.store import Actor, Conflict, NotFound, groups, rulesets

from .services import services


class CaseInvalid(Exception):
    """A case that does not fit the domain; ``items``: [{"path", "message"}], paths within
    the case (``facts.customer.tier``, ``expect.result.tierr``). Nothing was saved."""

    def __init__(self, items: list):
        self.items = items
        super().__init__("; ".join(f"{i['path']}: {i['message']}" for i in items))


@dataclass
class Working:
    """The text being worked on (the draft, else the published version) and its revision."""
    text: str
    revision: int
    tz: ZoneInfo | None
    cases: list          # [TestCase], the ruleset's own


@dataclass
class CaseRun:
    index: int
    case: object         # TestCase
    passed: bool
    failures: list       # [Message]
    decision: object | None
    rules: list          # rule ids the failures are about


def working(group: str, domain: str) -> Working:
    """NotFound if the group has no ruleset for ``domain``."""
    with services().store.read() as session:
        head = rulesets.require_head(session, group, domain)
        row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
        if row is None:
            raise NotFound(Message("no_draft", group=group, domain=domain))
        zone = groups.get_group(session, group).timezone
        text, revision = row.yaml, head.revision
    try:
        cases = list(load_ruleset(text).document.tests)
    except Exception:  # noqa: BLE001 - a draft that does not load has no editable cases
        cases = []
    return Working(text, revision, ZoneInfo(zone) if zone else None, cases)


def run(group: str, domain: str, current: Working | None = None) -> tuple[Working, list, list]:
    """(working, [CaseRun] of its own cases, problems of the text)."""
    current = current or working(group, domain)
    check = services().workflow.check(group, domain, current.text, tests=True)
    outcomes = {c.name: c for c in check.cases if c.group == group}
    runs = []
    for index, case in enumerate(current.cases):
        outcome = outcomes.get(case.name)
        failures = outcome.failures if outcome else []
        rules = [f.params.get("id") for f in failures if f.params.get("id")]
        runs.append(CaseRun(index, case, outcome is not None and outcome.passed, failures,
                            outcome.decision if outcome else None, rules))
    return current, runs, check.problems


def fresh(current: Working, revision: int) -> None:
    """Conflict (nothing written) when the ruleset changed since ``revision`` was read."""
    if revision != current.revision:
        raise Conflict(revision, current.revision)


def save(group: str, domain: str, text: str, revision: int, actor: Actor, comment: str) -> int:
    """Save ``text`` as the draft (audited ``draft_saved`` with ``comment``); the new
    revision."""
    services().workflow.save_draft(group, domain, text, revision, actor, comment)
    return revision + 1


def accept_changes(group: str, domain: str, index: int):
    """(working, changes, new expect) for taking case ``index``'s actual answer."""
    current, runs, problems = run(group, domain)
    if not 0 <= index < len(runs):
        raise NotFound(Message("case_not_found", number=index + 1))
    picked = runs[index]
    if picked.decision is None:   # it did not run: the ruleset has problems, or its facts
        raise CaseInvalid([{"path": p.path or "", "message": p.message} for p in problems] or
                          [{"path": "facts", "message": f} for f in picked.failures])
    changes, expect = case_edits.accept_actual(picked.case, picked.decision, current.tz)
    return current, changes, expect


def accept(group, domain, index, revision, actor, comment="") -> tuple[list, int]:
    current, changes, expect = accept_changes(group, domain, index)
    fresh(current, revision)
    if not changes:
        return [], current.revision
    text = _edited(case_edits.set_expect, current.text, index, expect)
    name = current.cases[index].name
    return changes, save(group, domain, text, revision, actor,
                         comment or f"test case {name}: actual result accepted")


def new_case(group, domain, name, facts, at, result_paths, fired, not_fired, text=None):
    """A case document for ``facts``: the draft's answer valued at the ticked paths.
    Raises what a dry run raises (FactsError with field paths, RulesetError) and KeyError
    for a path the answer does not have."""
    if text is None:
        text = working(group, domain).text
    decision = services().workflow.dry_run(group, domain, facts, at=at, explain=True,
                                           text=text)
    actual = {r.id for r in decision.fired}
    wrong = [r for r in fired if r not in actual] + [r for r in not_fired if r in actual]
    if wrong:
        raise KeyError(wrong[0])
    result = case_edits.picked_result(decision.result, result_paths)
    return case_edits.case_document(name, facts, {"fired": list(fired),
                                                  "not_fired": list(not_fired),
                                                  "result": result},
                                    at.isoformat() if isinstance(at, dt.datetime) else at)


def check_facts(domain: str, facts) -> None:
    """CaseInvalid with each field path if ``facts`` do not fit the domain's facts model."""
    from pydantic import ValidationError
    registry = services().registry
    try:
        registry.domains[domain].facts.model_validate(facts)
    except ValidationError as exc:
        raise CaseInvalid([{"path": loc_text(("facts",) + tuple(e["loc"])),
                            "message": facts_message(e, registry.schemas[domain])}
                           for e in exc.errors(include_url=False)]) from None


def _check_text(group, domain, text, index) -> None:
    """CaseInvalid if the edited text has a problem in case ``index`` (an expectation the
    result cannot have, an unknown fact)."""
    check = services().workflow.check(group, domain, text, tests=False)
    prefix = f"tests[{index}]"
    items = [{"path": p.path[len(prefix) + 1:] or p.path, "message": p.message}
             for p in check.problems if (p.path or "").startswith(prefix)]
    if items:
        raise CaseInvalid(items)


def _edited(edit, *args):
    try:
        return edit(*args)
    except case_edits.CaseEditError as exc:
        raise CaseInvalid([{"path": "", "message": Message("case_yaml_layout",
                                                           detail=exc.code)}]) from None


def add(group, domain, case: dict, revision, actor, comment="") -> int:
    current = working(group, domain)
    fresh(current, revision)
    check_facts(domain, case.get("facts") or {})
    text = _edited(case_edits.add_case, current.text, case)
    _check_text(group, domain, text, len(current.cases))
    return save(group, domain, text, revision, actor, comment or f"test case {case['name']} added")


def replace(group, domain, index, case: dict, revision, actor, comment="") -> int:
    current = working(group, domain)
    fresh(current, revision)
    _exists(current, index)
    check_facts(domain, case.get("facts") or {})
    text = _edited(case_edits.replace_case, current.text, index, case)
    _check_text(group, domain, text, index)
    return save(group, domain, text, revision, actor,
                comment or f"test case {case['name']} changed")


def delete(group, domain, index, revision, actor, comment="") -> int:
    current = working(group, domain)
    fresh(current, revision)
    _exists(current, index)
    name = current.cases[index].name
    text = _edited(case_edits.delete_case, current.text, index)
    return save(group, domain, text, revision, actor, comment or f"test case {name} deleted")


def _exists(current: Working, index: int) -> None:
    if not 0 <= index < len(current.cases):
        raise NotFound(Message("case_not_found", number=index + 1))
