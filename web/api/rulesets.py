"""Domains, dealer groups, rulesets and their versions; drafts, checks, publish, rollback,
diff, dry run. Reading needs a key with the ``read`` scope (its own group) or a viewer;
changing needs an editor (drafts) or a publisher (publish, rollback)."""
from __future__ import annotations

from flask import Blueprint
from pydantic import TypeAdapter

from dealer_rules.core.limits import LimitExceeded
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import Actor, Conflict, NotFound, Refused, StoreError, groups, rulesets
from dealer_rules.core.store.errors import AlreadyExists
from dealer_rules.core.store.schema import MAX_NUMBER
from dealer_rules.core.messages import Message

from .. import auth
from ..errors import ApiError
from ..services import services
from .evaluate import EVALUATION_ERRORS, failure
from .models import (ActionInfo, ApiJsonSchema, CaseOutcome, CheckRequest, CheckResult, DiffQuery, DiffResult,
                     DiscardQuery, DomainInfo, DomainList, DryRunRequest, GroupInfo, GroupList,
                     NewGroup, PublishRequest, RollbackRequest, RulesetList, RulesetSummary,
                     SavedDraft, SaveDraft, VersionInfo, VersionList, VersionText)
from .routing import endpoint

bp = Blueprint("rulesets", __name__, url_prefix="/api/v1")
RS = "/groups/<group>/rulesets/<domain>"
READ_ERRORS = (401, 403, 404)
WRITE_ERRORS = (401, 403, 404, 413, 415, 422)


def actor() -> Actor:
    from flask import g
    return Actor(auth.current().name, g.get("request_id"))


def store_error(exc: StoreError) -> ApiError:
    if isinstance(exc, Conflict):
        return ApiError(409, exc.msg, current_revision=exc.current)
    if isinstance(exc, NotFound):
        return ApiError(404, exc.msg)
    if isinstance(exc, AlreadyExists):
        return ApiError(409, exc.msg)
    if isinstance(exc, Refused):
        return ApiError(422, exc.msg, problem_items(exc.problems), failed_cases=[
            {"group": c.group, "domain": c.domain, "name": c.name,
             "failures": [f.render(_lang()) for f in c.failures]} for c in exc.failures])
    return ApiError(422, exc.msg)


def problem_items(problems) -> list[dict]:
    return [{"path": p.path, "message": p.message, "code": p.message.code, "line": p.line,
             "column": p.column, "rule": p.rule, "source": p.source,
             "severity": getattr(p, "severity", "error")} for p in problems]


def _lang():
    from ..errors import lang
    return lang()


def version_info(group, domain, row, cls=VersionInfo, **extra):
    return cls(group=group, domain=domain, version=row.number, state=row.state,
               content_hash=row.content_hash, author=row.author, comment=row.comment,
               based_on=row.based_on, created_at=row.created_at, updated_at=row.updated_at,
               published_at=row.published_at, published_by=row.published_by, **extra)


def _domain(domain: str) -> None:
    if domain not in services().registry.domains:
        raise ApiError(404, Message("no_domain", domain=domain))


# -- domains ----------------------------------------------------------------------------------

def _schema(model) -> dict:
    return TypeAdapter(model).json_schema(schema_generator=ApiJsonSchema)


@endpoint(bp, "/domains", "GET", summary="List domains", tag="domains", auth="any",
          response=DomainList, errors=(401,))
def list_domains():
    """Every domain the loaded plugins provide: its facts JSON Schema, its result schema
    and its actions with their parameter schemas."""
    auth.current()
    registry = services().registry
    return DomainList(domains=[_domain_info(registry, name) for name in sorted(registry.domains)])


@endpoint(bp, "/domains/<domain>", "GET", summary="Describe one domain", tag="domains",
          auth="any", response=DomainInfo, errors=READ_ERRORS)
def get_domain(domain: str):
    """One domain's facts schema, result schema and actions."""
    auth.current()
    _domain(domain)
    return _domain_info(services().registry, domain)


def _domain_info(registry, name) -> DomainInfo:
    d = registry.domains[name]
    return DomainInfo(name=d.name, title=d.title, title_zh=d.title_zh, description=d.description,
                      plugin=d.plugin, facts_schema=_schema(d.facts),
                      result_schema=TypeAdapter(d.result).json_schema(mode="serialization"),
                      actions=[ActionInfo(name=a.name, title=a.title, title_zh=a.title_zh,
                                          description=a.description, params_schema=_schema(a.params))
                               for a in registry.actions_of(name)])


# -- groups -----------------------------------------------------------------------------------

def _group_info(row) -> GroupInfo:
    return GroupInfo(id=row.id, name=row.name, locale=row.locale, timezone=row.timezone,
                     parent=row.parent_id)


@endpoint(bp, "/groups", "GET", summary="List dealer groups", tag="groups", auth="any",
          response=GroupList, errors=(401,))
def list_groups():
    """The dealer groups the caller can see (an API key: its own)."""
    principal = auth.current()
    with services().store.read() as session:
        rows = groups.list_groups(session, principal.visible_groups())
    return GroupList(groups=[_group_info(r) for r in rows])


@endpoint(bp, "/groups", "POST", summary="Create a dealer group", tag="groups", auth="user",
          body=NewGroup, response=GroupInfo, status=201,
          errors=(401, 403, 404, 409, 413, 415, 422))
def create_group(body: NewGroup):
    """Needs the admin role in every group. ``parent``: an existing group whose rulesets
    the new group's may extend (404 if there is none); see docs/tenants.md."""
    auth.require_superuser(auth.current())
    try:
        with services().store.write() as session:
            row = groups.create_group(session, actor(), body.id, body.name, body.locale,
                                      body.timezone, body.parent)
            return _group_info(row), 201
    except StoreError as exc:
        raise store_error(exc) from None


# -- reading rulesets ---------------------------------------------------------------------------

@endpoint(bp, "/groups/<group>/rulesets", "GET", summary="List a group's rulesets",
          tag="rulesets", auth="any", response=RulesetList, errors=READ_ERRORS)
def list_rulesets(group: str):
    """Each domain of the group: published version, draft, and the version served now."""
    auth.require_group(auth.current(), group, role="viewer", scope="read")
    found = services()
    with found.store.read() as session:
        try:
            groups.get_group(session, group)
        except NotFound as exc:
            raise store_error(exc) from None
        rows = rulesets.overview(session, group)
    out = []
    for row in rows:
        serving = found.published.get(group, row.domain)
        out.append(RulesetSummary(domain=row.domain, revision=row.revision,
                                  published_version=row.published, published_hash=row.published_hash,
                                  has_draft=row.draft,
                                  serving_version=serving.identity.version if serving else None))
    return RulesetList(group=group, rulesets=out)


def _read(group, domain, which):
    auth.require_group(auth.current(), group, role="viewer", scope="read")
    with services().store.read() as session:
        try:
            head = rulesets.require_head(session, group, domain)
            if which == "draft":
                row = rulesets.draft_of(session, head)
            elif which == "published":
                row = rulesets.published_of(session, head)
            else:
                row = rulesets.version_of(session, head, which)
            if row is None:
                raise NotFound(Message("no_such_version", group=group, domain=domain, which=which))
        except StoreError as exc:
            raise store_error(exc) from None
        return version_info(group, domain, row, VersionText, yaml=row.yaml, revision=head.revision)


@endpoint(bp, RS, "GET", summary="Read the published ruleset", tag="rulesets", auth="any",
          response=VersionText, errors=READ_ERRORS)
def get_published(group: str, domain: str):
    """The published version's YAML and details."""
    return _read(group, domain, "published")


@endpoint(bp, RS + "/versions", "GET", summary="Version history", tag="rulesets", auth="any",
          response=VersionList, errors=READ_ERRORS)
def list_versions(group: str, domain: str):
    """Published and archived versions, newest first."""
    auth.require_group(auth.current(), group, role="viewer", scope="read")
    with services().store.read() as session:
        try:
            head = rulesets.require_head(session, group, domain)
            rows = rulesets.history(session, group, domain)
        except StoreError as exc:
            raise store_error(exc) from None
    return VersionList(group=group, domain=domain, revision=head.revision,
                       versions=[version_info(group, domain, r) for r in rows])


@endpoint(bp, RS + f"/versions/<int(max={MAX_NUMBER}):number>", "GET", summary="Read one version",
          tag="rulesets", auth="any", response=VersionText, errors=READ_ERRORS)
def get_version(group: str, domain: str, number: int):
    """Any published or archived version's YAML."""
    return _read(group, domain, number)


@endpoint(bp, RS + "/diff", "GET", summary="Compare two versions", tag="rulesets", auth="any",
          query=DiffQuery, response=DiffResult, errors=READ_ERRORS + (422,))
def diff(group: str, domain: str, query: DiffQuery):
    """The changes in business words (``changes``: address, old, new, kind, text in the
    reader's language), a unified diff of the YAML and the rule ids added, removed and
    changed."""
    auth.require_group(auth.current(), group, role="viewer", scope="read")
    try:
        result = services().workflow.diff(group, domain, query.from_, query.to)
    except StoreError as exc:
        raise store_error(exc) from None
    language = _lang()
    return DiffResult(old=result.old, new=result.new, unified=result.unified,
                      added=result.added, removed=result.removed, changed=result.changed,
                      changes=[c.as_dict(language) for c in result.changes])


# -- drafts -----------------------------------------------------------------------------------

@endpoint(bp, RS + "/draft", "GET", summary="Read the draft", tag="drafts", auth="user",
          response=VersionText, errors=READ_ERRORS)
def get_draft(group: str, domain: str):
    """The draft's YAML and the revision to send back when saving."""
    auth.require_group(auth.current(), group, role="viewer")
    return _read(group, domain, "draft")


@endpoint(bp, RS + "/draft", "PUT", summary="Save the draft", tag="drafts", auth="user",
          body=SaveDraft, response=SavedDraft, errors=WRITE_ERRORS + (409,))
def save_draft(group: str, domain: str, body: SaveDraft):
    """Save the draft (invalid text is kept too: the answer lists its problems). Send the
    revision you read; if someone saved since, 409 with ``current_revision`` and nothing
    is written."""
    auth.require_group(auth.current(), group, role="editor")
    found = services()
    _domain(domain)
    try:
        row = found.workflow.save_draft(group, domain, body.yaml, body.revision, actor(),
                                        body.comment)
        check = found.workflow.check(group, domain, body.yaml, tests=False)
    except StoreError as exc:
        raise store_error(exc) from None
    return SavedDraft(draft=version_info(group, domain, row), revision=body.revision + 1,
                      problems=_render(problem_items(check.problems + check.warnings)))


def _render(items):
    language = _lang()
    return [{**i, "message": i["message"].render(language)} for i in items]


@endpoint(bp, RS + "/draft", "DELETE", summary="Discard the draft", tag="drafts", auth="user",
          query=DiscardQuery, response=None, status=204, errors=READ_ERRORS + (409, 422))
def discard_draft(group: str, domain: str, query: DiscardQuery):
    """Throw the draft away (audited)."""
    auth.require_group(auth.current(), group, role="editor")
    try:
        services().workflow.discard_draft(group, domain, actor(), query.revision)
    except StoreError as exc:
        raise store_error(exc) from None
    return "", 204


def _base_drafts(wanted: bool):
    """Whose drafts ``base_drafts`` may use: only groups the caller can see (a key: none
    but its own). Another group's draft never shapes, or shows in, the answer."""
    if not wanted:
        return False
    visible = auth.current().visible_groups()
    return True if visible is None else frozenset(visible)


def _check(group, domain, body: CheckRequest, tests: bool) -> CheckResult:
    principal = auth.current()
    auth.require_group(principal, group, role="viewer")
    _domain(domain)
    try:
        result = services().workflow.check(group, domain, body.yaml, tests=tests,
                                           prefer_drafts=_base_drafts(body.base_drafts),
                                           actor=actor())
    except StoreError as exc:
        raise store_error(exc) from None
    language = _lang()
    return CheckResult(ok=result.ok,
                       problems=_render(problem_items(result.problems + result.warnings)),
                       content_hash=result.content_hash,
                       cases=[CaseOutcome(group=c.group, domain=c.domain, name=c.name,
                                          passed=c.passed,
                                          failures=[f.render(language) for f in c.failures])
                              for c in result.cases])


@endpoint(bp, RS + "/validate", "POST", summary="Validate the draft", tag="drafts",
          auth="user", body=CheckRequest, response=CheckResult, errors=WRITE_ERRORS)
def validate(group: str, domain: str, body: CheckRequest):
    """Check the draft (or the given text) against the domain and the store, without
    running test cases. Problems carry line, column, rule and path."""
    return _check(group, domain, body, tests=False)


@endpoint(bp, RS + "/test", "POST", summary="Run the draft's test cases", tag="drafts",
          auth="user", body=CheckRequest, response=CheckResult, errors=WRITE_ERRORS)
def run_tests(group: str, domain: str, body: CheckRequest):
    """Validate and run the draft's (or the given text's) test cases."""
    return _check(group, domain, body, tests=True)


@endpoint(bp, RS + "/dry-run", "POST", summary="Evaluate facts with the draft", tag="drafts",
          auth="any", body=DryRunRequest, response=None, errors=WRITE_ERRORS)
def dry_run(group: str, domain: str, body: DryRunRequest):
    """Evaluate with the draft (or the given text) instead of the published version, for
    trying a change before publishing. The decision's version is null."""
    auth.require_group(auth.current(), group, role="editor", scope="dry_run")
    _domain(domain)
    try:
        decision = services().workflow.dry_run(group, domain, body.facts, body.at, body.explain,
                                               body.yaml, _base_drafts(body.base_drafts),
                                               lang=_lang())
    except StoreError as exc:
        raise store_error(exc) from None
    except RulesetError as exc:
        raise ApiError(422, exc.msg, problem_items(exc.problems)) from None
    except LimitExceeded:
        raise   # web/budgets.py answers it
    except EVALUATION_ERRORS as exc:
        message, errors = failure(exc)
        raise ApiError(422, message, errors) from None
    from flask import current_app
    return current_app.response_class(decision.model_dump_json(), mimetype="application/json")


# -- publishing -------------------------------------------------------------------------------

@endpoint(bp, RS + "/publish", "POST", summary="Publish the draft", tag="publishing",
          auth="user", body=PublishRequest, response=VersionInfo, status=201,
          errors=WRITE_ERRORS + (409,))
def publish(group: str, domain: str, body: PublishRequest):
    """Publish the draft as the next version. Refused (422, with ``errors`` and
    ``failed_cases``) when it fails validation or one of its own test cases; another
    group's cases never refuse it (a child group whose cases now fail is told in its own
    audit log). Every worker serves the new version within about a second."""
    auth.require_group(auth.current(), group, role="publisher")
    try:
        row = services().workflow.publish(group, domain, actor(), body.comment, body.revision)
    except StoreError as exc:
        raise store_error(exc) from None
    return version_info(group, domain, row), 201


@endpoint(bp, RS + "/rollback", "POST", summary="Roll back to an earlier version",
          tag="publishing", auth="user", body=RollbackRequest, response=VersionInfo, status=201,
          errors=WRITE_ERRORS + (409,))
def rollback(group: str, domain: str, body: RollbackRequest):
    """Publish a copy of an earlier version as the next version (checked like a publish)."""
    auth.require_group(auth.current(), group, role="publisher")
    try:
        row = services().workflow.rollback(group, domain, body.version, actor(), body.comment,
                                           body.revision)
    except StoreError as exc:
        raise store_error(exc) from None
    return version_info(group, domain, row), 201
