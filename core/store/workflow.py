"""The publish workflow: save a draft, validate, run its test cases, publish, roll back,
compare versions, try a draft on sample facts. Every change is audited.

A ruleset (group, domain) has a *revision* that every change bumps; a caller passes the
revision it read, and a stale one raises ``Conflict`` carrying the current revision, with
nothing written. Publishing (and rolling back) compiles the candidate against the store
(``extends`` resolves to the base group's published version, only along the chain
core/tenancy.py allows), runs its own test cases, and is refused with all problems and
failing cases listed (``Refused``) if anything is wrong; a refusal is audited too.

Another group's test cases never veto a publish: once a base is published, every
published ruleset that extends it (its child groups') is checked against it, and each
child's audit log gets a ``base_changed`` entry saying whether its cases still pass (the
admin shows a failing one as a warning on the child's pages, core/store/base_changes.py).
The publisher's answer names no child.
"""
from __future__ import annotations

import datetime as dt
import difflib
from dataclasses import dataclass, field

import yaml as pyyaml
from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from ..compile import CompiledRuleset, compile_ruleset
from ..decision import Decision
from ..evaluate import Evaluator
from ..layering import resolve
from ..messages import Message
from ..problems import RulesetError
from ..registry import Registry
from ..ruleset import refuse_over_limits
from ..semantic_diff import semantic_diff
from ..testing import CaseResult, run_tests
from . import audit, groups, rulesets
from .database import Store
from .errors import Conflict, NotFound, Refused
from .groups import get_group
from .schema import ARCHIVED, DRAFT, PUBLISHED, Ruleset, RulesetVersion, utcnow


@dataclass
class Check:
    """The outcome of validating (and optionally testing) one candidate document."""
    problems: list = field(default_factory=list)     # [Problem]
    cases: list = field(default_factory=list)        # [CaseResult]
    content_hash: str | None = None                  # core's hash of the resolved ruleset
    #: shown, never blocking: labels contradicting their numbers, gaps and overlaps
    #: between decision-table rows
    warnings: list = field(default_factory=list)     # [Problem] with severity "warning"

    @property
    def failures(self) -> list[CaseResult]:
        return [c for c in self.cases if not c.passed]

    @property
    def ok(self) -> bool:
        return not self.problems and not self.failures


@dataclass
class VersionDiff:
    old: str
    new: str
    unified: str
    added: list
    removed: list
    changed: list
    old_yaml: str = ""
    new_yaml: str = ""
    #: the changes in business words (core/semantic_diff.py)
    changes: list = field(default_factory=list)


class Workflow:
    """The workflow over one store, checking rulesets with ``registry`` and ``evaluator``."""

    def __init__(self, store: Store, registry: Registry, evaluator: Evaluator):
        self.store, self.registry, self.evaluator = store, registry, evaluator

    # -- drafts --------------------------------------------------------------------------------
    def save_draft(self, group: str, domain: str, text: str, revision: int, actor: audit.Actor,
                   comment: str = "", **detail) -> RulesetVersion:
        """Save ``text`` as the draft of (group, domain); ``revision`` is the one the caller
        read (0 for a ruleset that does not exist yet). Invalid text is saved too: a draft
        is work in progress; ``validate`` says what is wrong. Text over a size limit is
        refused (core/limits.py) with nothing written. ``detail`` goes into the audit entry
        (the parameters API and the spreadsheet import list the changed values there:
        ``changes=[{address, old, new}]``, ``via="parameters"``)."""
        self._known_domain(domain)
        refuse_over_limits(text)
        try:
            with self.store.write() as session:
                get_group(session, group)
                ruleset = rulesets.head(session, group, domain)
                if ruleset is None:
                    if revision != 0:
                        raise Conflict(revision, 0)
                    ruleset = Ruleset(group_id=group, domain=domain, revision=0)
                    session.add(ruleset)
                    session.flush()
                new_revision = _advance(session, ruleset, revision)
                draft = rulesets.draft_of(session, ruleset)
                before = draft.content_hash if draft else None
                now = utcnow()
                if draft is None:
                    published = rulesets.published_of(session, ruleset)
                    draft = RulesetVersion(ruleset_id=ruleset.id, state=DRAFT, created_at=now,
                                           based_on=published.number if published else None)
                    session.add(draft)
                draft.yaml, draft.content_hash = text, rulesets.text_hash(text)
                draft.author, draft.comment, draft.updated_at = actor.name, comment, now
                session.flush()
                audit.record(session, actor, "draft_saved", group, domain, None, before,
                             draft.content_hash, revision=new_revision, comment=comment, **detail)
                return draft
        except IntegrityError:  # another caller created the ruleset at the same moment
            raise Conflict(revision, self._revision(group, domain)) from None

    def discard_draft(self, group: str, domain: str, actor: audit.Actor,
                      revision: int | None = None) -> None:
        with self.store.write() as session:
            ruleset = rulesets.require_head(session, group, domain)
            draft = rulesets.draft_of(session, ruleset)
            if draft is None:
                raise NotFound(Message("no_draft", group=group, domain=domain))
            new_revision = _advance(session, ruleset, revision)
            session.delete(draft)
            audit.record(session, actor, "draft_discarded", group, domain, None,
                         draft.content_hash, None, revision=new_revision)

    # -- checking ------------------------------------------------------------------------------
    def check(self, group: str, domain: str, text: str | None = None, tests: bool = True,
              prefer_drafts: bool = False, actor: audit.Actor | None = None) -> Check:
        """Validate ``text`` (default: the draft) as (group, domain) and run its test cases.
        Audited (``validated``/``tested``) only when ``actor`` is given."""
        with self.store.read() as session:
            source = rulesets.label(group, domain, None)
            if text is None:
                text = self._draft(session, group, domain).yaml
            else:
                get_group(session, group)
            result, compiled = self._candidate(session, group, domain, text, source,
                                               prefer_drafts, tests)
            if compiled is not None:
                compiled.close()
        if actor is not None:
            with self.store.write() as session:
                audit.record(session, actor, "tested" if tests else "validated", group, domain,
                             None, None, rulesets.text_hash(text), problems=len(result.problems),
                             failures=len(result.failures))
        return result

    def dry_run(self, group: str, domain: str, facts, at: dt.datetime | None = None,
                explain: bool = False, text: str | None = None, prefer_drafts: bool = False,
                lang: str = "en") -> Decision:
        """Evaluate ``facts`` with the draft (or ``text``); RulesetError if it does not
        compile. The decision's version is null: it is not a published version."""
        with self.store.read() as session:
            if text is None:
                text = self._draft(session, group, domain).yaml
            get_group(session, group)
            lookup = rulesets.StoreLookup(session, prefer_drafts)
            compiled = self._compile(session, group, domain, text,
                                     rulesets.label(group, domain, None), lookup)
        try:
            return self.evaluator.evaluate(compiled, facts, at=at, explain=explain, lang=lang)
        finally:
            compiled.close()

    # -- publishing ----------------------------------------------------------------------------
    def publish(self, group: str, domain: str, actor: audit.Actor, comment: str = "",
                revision: int | None = None) -> RulesetVersion:
        """Publish the draft as the next version; Refused if it fails validation or one of
        its own test cases. Rulesets extending it are told (``base_changed``), not asked."""
        attempted = None
        try:
            with self.store.write() as session:
                ruleset = rulesets.require_head(session, group, domain)
                draft = rulesets.draft_of(session, ruleset)
                if draft is None:
                    raise NotFound(Message("no_draft", group=group, domain=domain))
                _advance(session, ruleset, revision)
                attempted = draft.content_hash
                check = self._gate(session, group, domain, draft.yaml)
                if not check.ok:
                    raise Refused(check.problems, check.failures)   # rolls the revision back
                current = rulesets.published_of(session, ruleset)
                number = rulesets.next_number(session, ruleset)
                if current is not None:
                    current.state = ARCHIVED
                    session.flush()
                draft.state, draft.number = PUBLISHED, number
                draft.published_at, draft.published_by = utcnow(), actor.name
                draft.comment = comment or draft.comment
                audit.record(session, actor, "published", group, domain, number,
                             current.content_hash if current else None, draft.content_hash,
                             comment=draft.comment, author=draft.author,
                             changes=self._changed(current.yaml if current else None, draft.yaml))
                session.flush()
                self._tell_heirs(session, actor, group, domain, number)
                Store.bump(session)
                return draft
        except Refused as refused:
            self._audit_refusal(actor, "publish_refused", group, domain, attempted, refused)
            raise

    def rollback(self, group: str, domain: str, to_version: int, actor: audit.Actor,
                 comment: str = "", revision: int | None = None) -> RulesetVersion:
        """Publish a copy of an earlier version as the next version (checked like a publish:
        its base may have changed since)."""
        attempted = None
        try:
            with self.store.write() as session:
                ruleset = rulesets.require_head(session, group, domain)
                target = rulesets.version_of(session, ruleset, to_version)
                _advance(session, ruleset, revision)
                attempted = target.content_hash
                check = self._gate(session, group, domain, target.yaml)
                if not check.ok:
                    raise Refused(check.problems, check.failures)
                current = rulesets.published_of(session, ruleset)
                number = rulesets.next_number(session, ruleset)
                if current is not None:
                    current.state = ARCHIVED
                    session.flush()
                now = utcnow()
                copy = RulesetVersion(
                    ruleset_id=ruleset.id, number=number, state=PUBLISHED, yaml=target.yaml,
                    content_hash=target.content_hash, author=target.author,
                    comment=comment or f"rollback to v{to_version}", based_on=to_version,
                    created_at=now, updated_at=now, published_at=now, published_by=actor.name)
                session.add(copy)
                session.flush()
                audit.record(session, actor, "rolled_back", group, domain, number,
                             current.content_hash if current else None, copy.content_hash,
                             to_version=to_version, comment=copy.comment,
                             changes=self._changed(current.yaml if current else None, copy.yaml))
                self._tell_heirs(session, actor, group, domain, number)
                Store.bump(session)
                return copy
        except Refused as refused:
            self._audit_refusal(actor, "rollback_refused", group, domain, attempted, refused,
                                to_version=to_version)
            raise

    def diff(self, group: str, domain: str, old, new) -> VersionDiff:
        """Compare two versions; each is a version number, "draft" or "published"."""
        with self.store.read() as session:
            ruleset = rulesets.require_head(session, group, domain)
            a, b = (self._pick(session, ruleset, which) for which in (old, new))
        a_label, b_label = (rulesets.label(group, domain, v.number) for v in (a, b))
        unified = "".join(difflib.unified_diff(a.yaml.splitlines(keepends=True),
                                               b.yaml.splitlines(keepends=True), a_label, b_label))
        a_rules, b_rules = _rules_by_id(a.yaml), _rules_by_id(b.yaml)
        return VersionDiff(
            a_label, b_label, unified,
            added=[i for i in b_rules if i not in a_rules],
            removed=[i for i in a_rules if i not in b_rules],
            changed=[i for i in b_rules if i in a_rules and a_rules[i] != b_rules[i]],
            old_yaml=a.yaml, new_yaml=b.yaml,
            changes=semantic_diff(a.yaml, b.yaml, self.registry))

    # -- inside --------------------------------------------------------------------------------
    def _changed(self, old: str | None, new: str) -> list[dict]:
        """What a publish or rollback changed, for its audit entry: ``[{kind, address, old,
        new}]`` (core/semantic_diff.py; at most 200). Nothing for a first version."""
        if old is None:
            return []
        changes = semantic_diff(old, new, self.registry)[:200]
        return [{k: v for k, v in c.as_dict().items() if k in ("kind", "address", "old", "new")}
                for c in changes]

    def _known_domain(self, domain: str) -> None:
        if domain not in self.registry.domains:
            raise NotFound(Message("no_domain", domain=domain))

    def _revision(self, group, domain) -> int:
        with self.store.read() as session:
            found = rulesets.head(session, group, domain)
            return found.revision if found else 0

    def _draft(self, session, group, domain) -> RulesetVersion:
        get_group(session, group)
        ruleset = rulesets.require_head(session, group, domain)
        draft = rulesets.draft_of(session, ruleset)
        if draft is None:
            raise NotFound(Message("no_draft", group=group, domain=domain))
        return draft

    def _pick(self, session, ruleset, which) -> RulesetVersion:
        if which == "draft":
            found = rulesets.draft_of(session, ruleset)
        elif which == "published":
            found = rulesets.published_of(session, ruleset)
        else:
            return rulesets.version_of(session, ruleset, int(which))
        if found is None:
            raise NotFound(Message("no_such_version", group=ruleset.group_id, domain=ruleset.domain,
                                   which=which))
        return found

    def _compile(self, session, group, domain, text, source, lookup) -> CompiledRuleset:
        """Load, check the place, resolve against the store, compile (RulesetError)."""
        zone = get_group(session, group).timezone
        loaded = rulesets.load_in_place(text, source, zone, group, domain)
        lookup.overrides.setdefault((group, domain), loaded)
        return compile_ruleset(resolve(loaded, lookup), self.registry)

    def _candidate(self, session, group, domain, text, source, prefer_drafts, tests,
                   lookup=None):
        lookup = lookup or rulesets.StoreLookup(session, prefer_drafts)
        try:
            compiled = self._compile(session, group, domain, text, source, lookup)
        except RulesetError as exc:
            return Check(problems=exc.problems), None
        cases = run_tests(compiled, self.evaluator) if tests else []
        return Check(cases=cases, content_hash=compiled.content_hash,
                     warnings=list(compiled.warnings)
                     + compiled.resolved.loaded.table_findings()), compiled

    def _gate(self, session, group, domain, text) -> Check:
        """What a publish of ``text`` must pass: its own problems and test cases (resolved
        against the published bases it may extend). Nobody else's cases."""
        source = rulesets.label(group, domain, None)
        check, compiled = self._candidate(session, group, domain, text, source, False, True)
        if compiled is not None:
            compiled.close()
        return check

    def _tell_heirs(self, session, actor, group, domain, number) -> None:
        """After (group, domain) v``number`` is published: check each published ruleset
        that extends it against it, and write the outcome to that group's audit log."""
        heirs = groups.family(session).descendants(group)
        for row in rulesets.all_published(session):
            if row.domain != domain or row.group not in heirs:
                continue
            lookup = rulesets.StoreLookup(session)
            source = rulesets.label(row.group, domain, row.number)
            check, compiled = self._candidate(session, row.group, domain, row.yaml, source,
                                              False, True, lookup)
            if compiled is not None:
                compiled.close()
            if group not in {used[0] for used in lookup.used}:
                continue            # it does not extend this group (or fails before it)
            audit.record(session, audit.Actor(audit.SYSTEM.name, actor.request_id),
                         "base_changed", row.group, domain, row.number, None, None,
                         base=group, base_version=number, ok=check.ok,
                         problems=[p.render("en") for p in check.problems],
                         failures=[c.name for c in check.failures])

    def _audit_refusal(self, actor, action, group, domain, content_hash, refused, **detail):
        with self.store.write() as session:
            audit.record(session, actor, action, group, domain, None, None, content_hash,
                         problems=[p.render("en") for p in refused.problems],
                         failures=[f"{c.group}/{c.domain}: {c.name}" for c in refused.failures],
                         **detail)


def _advance(session: Session, ruleset: Ruleset, revision: int | None) -> int:
    """Bump the ruleset's revision if it is still ``revision`` (None: whatever it is);
    Conflict otherwise. The conditional UPDATE makes two racing callers safe on SQLite and
    PostgreSQL alike: exactly one of them moves the revision on."""
    current = ruleset.revision
    if revision is not None and revision != current:
        raise Conflict(revision, current)
    done = session.execute(update(Ruleset).where(Ruleset.id == ruleset.id,
                                                 Ruleset.revision == current)
                           .values(revision=current + 1, updated_at=utcnow()))
    if done.rowcount != 1:
        session.expire(ruleset)
        raise Conflict(revision, ruleset.revision)
    set_committed_value(ruleset, "revision", current + 1)
    return current + 1


def _rules_by_id(text: str) -> dict:
    """{rule id: rule mapping} of a document, leniently (a broken draft still compares)."""
    try:
        # libyaml's loader when there is one: the pure-Python one took ~0.2 s per ruleset
        doc = pyyaml.load(text, Loader=getattr(pyyaml, "CSafeLoader", pyyaml.SafeLoader))
    except pyyaml.YAMLError:
        return {}
    rules = doc.get("rules") if isinstance(doc, dict) else None
    out = {}
    for rule in rules if isinstance(rules, list) else []:
        if isinstance(rule, dict) and isinstance(rule.get("id"), str):
            out[rule["id"]] = rule
    tables = doc.get("tables") if isinstance(doc, dict) else None
    for table in tables if isinstance(tables, list) else []:
        if not isinstance(table, dict) or not isinstance(table.get("id"), str):
            continue
        shared = {k: v for k, v in table.items() if k != "rows"}
        rows = table.get("rows")
        for n, row in enumerate(rows if isinstance(rows, list) else [], start=1):
            if isinstance(row, dict):  # a row is its cells and its table's columns
                row_id = row.get("id") if isinstance(row.get("id"), str) else f"{table['id']}.row_{n}"
                out[row_id] = {"table": shared, "row": row}
    return out
