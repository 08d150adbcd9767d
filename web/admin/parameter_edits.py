"""The admin's table edits written into the draft: parameter changes applied to the YAML
in place (core/parameter_changes.py keeps every comment and the rest of the text as it
was), then saved with the revision the page showed, so a stale page is refused and nothing
is half-changed. The live check applies the same changes in memory only."""
from __future__ import annotations

from dataclasses import dataclass

from flask_babel import gettext as _

from dealer_rules.core.parameter_changes import ParameterChangeError, patch
from dealer_rules.core.limits import LimitExceeded
from dealer_rules.core.parameters import json_value, list_parameters

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
    count: int             # how many values changed (a grid edit counts once)
    problems: list         # the new draft's problems (it is saved even with some)


def apply_changes(text: str, changes: list[dict]) -> str:
    """``text`` with ``changes`` written in (nothing saved); ChangeRefused naming each wrong
    address."""
    try:
        return patch(text, changes, services().registry).text
    except ParameterChangeError as exc:
        raise ChangeRefused([(p.address, p.message) for p in exc.problems]) from None


def save_text(group: str, domain: str, before: str, text: str, revision: int | None,
              changes: list[dict], actor, comment: str = "") -> Saved:
    """Save ``text`` (``before`` with the user's edits) as the draft with ``revision``
    (Conflict if the ruleset moved on); the history's comment lists the changed fields
    (address: old → new) when the user wrote none."""
    found = services()
    old = {p.address: p.value for p in list_parameters(before, found.registry)}
    listed = "; ".join(f"{c['address']}: {old.get(c['address'])} → {c['value']}" for c in changes)
    note = comment or _("Changed in the rules table: %(changes)s",
                        changes=listed or _("decision table rows"))
    found.workflow.save_draft(group, domain, text, revision, actor, note[:500], via="admin table",
                              changes=[{"address": c["address"], "old": json_value(old.get(c["address"])),
                                        "new": json_value(c["value"])} for c in changes])
    try:        # saved: a check that runs out of the request's time budget must not say otherwise
        problems = found.workflow.check(group, domain, text, tests=False).problems
    except LimitExceeded:
        problems = []
    return Saved(len(changes) or 1, problems)
