"""The admin's table edits written into the draft: parameter changes applied to the YAML
in place (core/parameter_changes.py keeps every comment and the rest of the text as it
was), then saved with the revision the page showed, so a stale page is refused and nothing
is half-changed. The live check applies the same changes in memory only."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from dealer_rules.core.parameter_changes import ParameterChangeError, patch
from dealer_rules.core.store import Conflict, NotFound, rulesets

from ..services import services


class ChangeRefused(Exception):
    """Some values cannot be written; ``problems`` holds (address, Message) pairs."""

    def __init__(self, problems: list):
        super().__init__(f"{len(problems)} value(s) refused")
        self.problems = problems

    def by_address(self, lang: str) -> list[tuple[str, str]]:
        return [(address, message.render(lang)) for address, message in self.problems]


@dataclass
class Saved:
    changed: list          # of core.parameter_changes.AppliedChange
    problems: list         # the new draft's problems (it is saved even with some)


def apply_changes(text: str, changes: list[dict]) -> str:
    """``text`` with ``changes`` written in (nothing saved); ChangeRefused naming each wrong
    address."""
    try:
        return patch(text, changes, services().registry).text
    except ParameterChangeError as exc:
        raise ChangeRefused([(p.address, p.message) for p in exc.problems]) from None


def save_changes(group: str, domain: str, revision: int | None, changes: list[dict], actor,
                 comment: str = "") -> Saved:
    """Write ``changes`` into the draft (made from the published version if there is none),
    refused with Conflict if the ruleset moved past ``revision``; the history's comment
    lists the changed fields when the user wrote none."""
    found = services()
    with found.store.read() as session:
        try:
            head = rulesets.require_head(session, group, domain)
        except NotFound:
            raise
        if revision is None or head.revision != revision:
            raise Conflict(revision, head.revision)
        row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
        text = row.yaml
    try:
        patched = patch(text, changes, found.registry)
    except ParameterChangeError as exc:
        raise ChangeRefused([(p.address, p.message) for p in exc.problems]) from None
    if not patched.changes:
        return Saved([], [])
    listed = "; ".join(f"{c.address}: {c.old} → {c.new}" for c in patched.changes)
    note = comment or _("Changed in the rules table: %(changes)s", changes=listed)
    found.workflow.save_draft(group, domain, patched.text, revision, actor, note[:500])
    check = found.workflow.check(group, domain, patched.text, tests=False)
    return Saved(patched.changes, check.problems)
