"""What the store refuses, as errors a user can fix (translatable, see core.messages)."""
from __future__ import annotations

from ..messages import Message, UserError


class StoreError(UserError):
    """Base of everything the store refuses."""


class NotFound(StoreError):
    """The group, ruleset, version, user or key does not exist (or is not yours to see)."""


class AlreadyExists(StoreError):
    pass


class Conflict(StoreError):
    """A stale revision: someone changed the ruleset since the caller read it. Nothing was
    written; ``current`` is the revision to reload."""

    def __init__(self, given: int | None, current: int):
        super().__init__(Message("stale_revision", given=given, current=current))
        self.given, self.current = given, current


class Refused(StoreError):
    """A publish (or rollback) refused: the ruleset does not compile or a test case fails.

    :param problems: core.problems.Problem list (validation).
    :param failures: core.testing.CaseResult list of failing cases.
    """

    def __init__(self, problems: list, failures: list):
        super().__init__(Message("publish_refused", problems=len(problems), failures=len(failures)))
        self.problems, self.failures = problems, failures


class Invalid(StoreError):
    """A value the store cannot accept (unknown role, scope, locale, time zone)."""


class NotStorable(Invalid):
    """A text with a NUL character, which PostgreSQL cannot hold (SQLite could, so the
    store refuses it on both, before anything is written)."""
