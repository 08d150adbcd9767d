"""A ruleset's parameters as a typed list, and changes to them saved as the draft.

``GET .../rulesets/{domain}/parameters`` lists every value staff change (core/parameters.py)
of the draft when there is one, else of the published version (``?version=`` picks); a key
with the ``read`` scope sees the published version's. ``PATCH .../draft/parameters`` writes
``changes`` into the draft (made from the published version if there is none) in place,
keeping every comment and layout (core/parameter_changes.py), and saves it through the
store's draft workflow like any draft save (editor role, revision check, audit entry that
lists each changed address with old and new value). docs/parameters.md is the reference.
"""
from __future__ import annotations

from typing import Any, Literal

from flask import Blueprint
from pydantic import BaseModel, ConfigDict, Field

from dealer_rules.core.messages import Message
from dealer_rules.core.parameter_changes import ParameterChangeError, patch
from dealer_rules.core.parameters import ParametersUnreadable, list_parameters
from dealer_rules.core.store import Conflict, NotFound, StoreError, rulesets
from dealer_rules.core.store.schema import MAX_NUMBER

from .. import auth
from ..errors import ApiError, lang
from ..services import services
from .models import NO_NUL, ProblemItem, VersionInfo
from .routing import endpoint
from .rulesets import RS, actor, problem_items, store_error, version_info

bp = Blueprint("parameters", __name__, url_prefix="/api/v1")


class ParameterInfo(BaseModel):
    """One value staff may change (docs/parameters.md)."""
    address: str = Field(description="Stable address, e.g. rule:silver_member/discount_labour/percent.")
    section: Literal["constant", "setting", "rule"]
    value: Any = Field(description="The current value (the default when not written).")
    kind: str = Field(description="number, integer, money, percent, text, code, choice, boolean, "
                                  "date, datetime or time.")
    name: str = Field(description="The name in the request's language.")
    name_en: str
    name_zh: str
    unit: str = Field(description="Unit as Chinese staff read it: %, 元, 倍, 天, km, 个月 ...")
    unit_en: str
    description_en: str
    description_zh: str
    constraints: dict[str, Any] = Field(description="ge, gt, le, lt, min_length, max_length, pattern.")
    choices: list[Any] | None = None
    present: bool = Field(description="Written in the YAML (false: the default applies).")
    default: Any = None
    required: bool
    rule_id: str | None = None
    rule_title: str | None = None
    action: str | None = None
    action_title_en: str | None = None
    action_title_zh: str | None = None
    call: int | None = Field(None, description="Which call of the action in its rule, 1-based.")
    param: str | None = None
    advanced: bool = Field(description="An identifier (a code) staff rarely change.")
    line: int | None = Field(None, description="The value's line in the YAML.")


class ParameterList(BaseModel):
    group: str
    domain: str
    version: str = Field(description="draft, or the published version's number.")
    revision: int = Field(description="Send it back with a PATCH.")
    parameters: list[ParameterInfo]


class ParametersQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    version: Literal["draft", "published"] | None = Field(
        None, description="Default: the draft if there is one, else the published version.")


class ParameterChange(BaseModel):
    model_config = ConfigDict(extra="forbid")
    address: str = Field(max_length=300, pattern=NO_NUL)
    value: Any = Field(description="The new value: a number, text, true/false, or ISO date/date-time.")


class PatchParameters(BaseModel):
    model_config = ConfigDict(extra="forbid")
    revision: int = Field(ge=0, le=MAX_NUMBER, description="The revision you read.")
    changes: list[ParameterChange] = Field(max_length=5000)
    comment: str = Field("", max_length=2000, pattern=NO_NUL)


class ChangedValue(BaseModel):
    address: str
    old: Any
    new: Any


class PatchedDraft(BaseModel):
    draft: VersionInfo | None = Field(description="The saved draft (null: nothing changed and "
                                                  "there is no draft).")
    revision: int
    yaml: str
    changes: list[ChangedValue] = Field(description="The values that changed (old and new).")
    problems: list[ProblemItem] = Field(description="What validation says of the draft.")


def ruleset_text(group: str, domain: str, which: str | None) -> tuple[str, str, int]:
    """(YAML, "draft" or the version number, revision) of what a reader asked for: the
    draft if there is one (users only), else the published version; 404 if neither."""
    principal = auth.current()
    if which == "draft" or (which is None and principal.kind == "user"):
        auth.require_group(principal, group, role="viewer")
    else:
        auth.require_group(principal, group, role="viewer", scope="read")
    with services().store.read() as session:
        try:
            head = rulesets.require_head(session, group, domain)
            row = None
            if which in ("draft", None) and principal.kind == "user":
                row = rulesets.draft_of(session, head)
            if row is None and which != "draft":
                row = rulesets.published_of(session, head)
            if row is None:
                raise NotFound(Message("no_such_version", group=group, domain=domain,
                                       which=which or "published"))
        except StoreError as exc:
            raise store_error(exc) from None
        return row.yaml, "draft" if row.number is None else str(row.number), head.revision


def unreadable(exc: ParametersUnreadable) -> ApiError:
    return ApiError(422, exc.msg, [{"path": "", "message": exc.msg, "code": exc.msg.code,
                                    "line": exc.line}])


@endpoint(bp, RS + "/parameters", "GET", summary="List a ruleset's parameters", tag="parameters",
          auth="any", query=ParametersQuery, response=ParameterList, errors=(401, 403, 404, 422))
def get_parameters(group: str, domain: str, query: ParametersQuery):
    """Every value staff change (constants, settings, each rule's switch, priority, title,
    validity window and action parameters) with its address, current value, kind, unit,
    names (en, zh) and constraints. Of the draft if there is one, else of the published
    version (``?version=draft|published`` picks; a key reads the published version)."""
    text, version, revision = ruleset_text(group, domain, query.version)
    try:
        parameters = list_parameters(text, services().registry)
    except ParametersUnreadable as exc:
        raise unreadable(exc) from None
    language = lang()
    return ParameterList(group=group, domain=domain, version=version, revision=revision,
                         parameters=[ParameterInfo(**p.to_json(), name=p.name(language))
                                     for p in parameters])


def save_changes(group: str, domain: str, revision: int, changes, comment: str, via: str):
    """Write ``changes`` into the draft (or the published text) and save it as the draft,
    audited with the changed values; 409 on a stale revision, 422 naming each wrong address.
    Returns (saved row or None, new revision, text, applied changes, problems)."""
    auth.require_group(auth.current(), group, role="editor")
    found = services()
    if domain not in found.registry.domains:
        raise ApiError(404, Message("no_domain", domain=domain))
    with found.store.read() as session:
        try:
            head = rulesets.require_head(session, group, domain)
            row = rulesets.draft_of(session, head) or rulesets.published_of(session, head)
            if row is None:
                raise NotFound(Message("no_such_version", group=group, domain=domain, which="draft"))
        except StoreError as exc:
            raise store_error(exc) from None
        current, text = head.revision, row.yaml
    if revision != current:
        raise store_error(Conflict(revision, current))
    try:
        patched = patch(text, changes, found.registry)
    except ParameterChangeError as exc:
        raise ApiError(422, exc.msg, [{"path": p.address, "message": p.message,
                                       "code": p.message.code} for p in exc.problems]) from None
    except ParametersUnreadable as exc:
        raise unreadable(exc) from None
    if not patched.changes:     # nothing to save: no revision spent, no audit entry
        return None, current, text, [], _problems(group, domain, text)
    try:
        saved = found.workflow.save_draft(
            group, domain, patched.text, revision, actor(), comment, via=via,
            changes=[c.to_json() for c in patched.changes])
    except StoreError as exc:
        raise store_error(exc) from None
    return saved, revision + 1, patched.text, patched.changes, _problems(group, domain, patched.text)


def _problems(group, domain, text) -> list[dict]:
    try:
        check = services().workflow.check(group, domain, text, tests=False)
    except StoreError as exc:
        raise store_error(exc) from None
    language = lang()
    return [{**i, "message": i["message"].render(language)} for i in problem_items(check.problems)]


@endpoint(bp, RS + "/draft/parameters", "PATCH", summary="Change parameters of the draft",
          tag="parameters", auth="user", body=PatchParameters, response=PatchedDraft,
          errors=(401, 403, 404, 409, 413, 415, 422))
def patch_parameters(group: str, domain: str, body: PatchParameters):
    """Write ``changes`` (``[{address, value}]``) into the draft (made from the published
    version if there is none) and save it. Only the changed values' text changes: every
    comment, key order and quoting of the rest is kept. Send the revision you read: a
    stale one is 409 with ``current_revision``. A wrong value or unknown address is 422 with
    one ``errors`` item per address (``path`` is the address), and nothing is saved. The
    audit entry lists each changed address with its old and new value."""
    saved, revision, text, changes, problems = save_changes(
        group, domain, body.revision, [c.model_dump() for c in body.changes], body.comment,
        "parameters")
    return PatchedDraft(draft=version_info(group, domain, saved) if saved is not None else None,
                        revision=revision, yaml=text,
                        changes=[ChangedValue(**c.to_json()) for c in changes], problems=problems)
