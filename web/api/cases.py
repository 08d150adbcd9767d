"""A ruleset's own test cases through the API, so other tools can manage them: list them
with pass or fail against the draft, add, replace, delete, and take a failing case's actual
result as expected (with a preview of every change). Every change is a draft save: send the
revision you read (409 with ``current_revision`` if it is stale, nothing written); a case
that does not fit the domain is 422 with each field path. Cases are numbered from 1 in the
order the YAML lists them."""
from __future__ import annotations

import datetime as dt
from typing import Any

from flask import Blueprint
from pydantic import BaseModel, ConfigDict, Field

from dealer_rules.core.evaluate import FactsError
from dealer_rules.core.messages import Message
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import StoreError
from dealer_rules.core.store.schema import MAX_NUMBER

from .. import auth, case_editing
from ..errors import ApiError
from ..errors import lang as _lang
from ..services import services
from .models import ProblemItem
from .routing import endpoint
from .rulesets import RS, actor, problem_items, store_error

bp = Blueprint("cases", __name__, url_prefix="/api/v1")
ERRORS = (401, 403, 404, 409, 413, 415, 422)
_STRICT = ConfigDict(extra="forbid")


class CaseExpect(BaseModel):
    model_config = _STRICT
    fired: list[str] = Field(default_factory=list, description="Rule ids that must apply.")
    not_fired: list[str] = Field(default_factory=list,
                                 description="Rule ids that must not apply.")
    result: dict[str, Any] = Field(default_factory=dict, description=(
        "Result paths and their expected values (``order.labour_payable: 1080``, "
        "``benefits[*].code: [...]``, ``{length: 0}``)."))


class CaseBody(BaseModel):
    model_config = _STRICT
    name: str = Field(min_length=1, max_length=300)
    at: dt.datetime | dt.date | None = Field(None, description="Evaluation time of the case.")
    facts: dict[str, Any] = Field(default_factory=dict)
    expect: CaseExpect = Field(default_factory=CaseExpect)


class CaseWrite(BaseModel):
    model_config = _STRICT
    revision: int = Field(ge=0, le=MAX_NUMBER, description="The revision you read.")
    case: CaseBody
    comment: str = Field("", max_length=2000)


class CaseRevision(BaseModel):
    model_config = _STRICT
    revision: int = Field(ge=0, le=MAX_NUMBER, description="The revision you read.")


class AcceptRequest(BaseModel):
    model_config = _STRICT
    revision: int = Field(ge=0, le=MAX_NUMBER, description="The revision you read.")
    preview: bool = Field(False, description="Only say what would change; save nothing.")
    comment: str = Field("", max_length=2000)


class CaseItem(BaseModel):
    number: int = Field(description="1-based position in the ruleset's tests.")
    name: str
    at: dt.datetime | dt.date | None
    facts: dict[str, Any]
    expect: CaseExpect
    passed: bool
    failures: list[str] = Field(description="Why it fails, in the request's language.")
    rules: list[str] = Field(description="Rule ids its failures are about.")


class CaseList(BaseModel):
    group: str
    domain: str
    revision: int = Field(description="Send it back with a change.")
    cases: list[CaseItem]
    problems: list[ProblemItem] = Field(description="Problems of the draft (cases cannot run "
                                                    "while there are any).")


class CaseSaved(BaseModel):
    revision: int = Field(description="The ruleset's revision after the save.")
    number: int | None = Field(None, description="The case's number (none after a delete).")


class ExpectChange(BaseModel):
    path: str = Field(description="``result.<path>``, ``fired`` or ``not_fired``.")
    rule: str | None = Field(None, description="The rule id, for fired / not_fired.")
    old: Any = Field(description="What the case expected.")
    new: Any = Field(description="What it will expect (null: the expectation is dropped).")


class AcceptResult(BaseModel):
    saved: bool
    revision: int
    changes: list[ExpectChange]


def _domain(domain: str) -> None:
    if domain not in services().registry.domains:
        raise ApiError(404, Message("no_domain", domain=domain))


def _editor(group: str, domain: str) -> None:
    auth.require_group(auth.current(), group, role="editor")
    _domain(domain)


def _invalid(exc: case_editing.CaseInvalid) -> ApiError:
    language = _lang()
    return ApiError(422, Message("request_invalid"), [
        {"path": "body.case" + ("." + i["path"] if i["path"] else ""),
         "message": i["message"].render(language), "code": i["message"].code}
        for i in exc.items])


def _document(body: CaseBody) -> dict:
    data = body.model_dump(mode="python", exclude_none=True)
    expect = data.pop("expect")
    at = data.get("at")
    return case_editing.case_edits.case_document(
        body.name, data.get("facts") or {}, expect,
        at.isoformat() if isinstance(at, (dt.date, dt.datetime)) else at)


@endpoint(bp, RS + "/cases", "GET", summary="List the test cases", tag="test cases",
          auth="user", response=CaseList, errors=(401, 403, 404))
def list_cases(group: str, domain: str):
    """The ruleset's own test cases (of the draft, else the published version), each run
    against it: passed or not, why, and the rules concerned."""
    auth.require_group(auth.current(), group, role="viewer")
    _domain(domain)
    try:
        current, runs, problems = case_editing.run(group, domain)
    except StoreError as exc:
        raise store_error(exc) from None
    language = _lang()
    return CaseList(group=group, domain=domain, revision=current.revision, cases=[
        CaseItem(number=r.index + 1, name=r.case.name, at=r.case.at, facts=r.case.facts,
                 expect=CaseExpect(**r.case.expect.model_dump()), passed=r.passed,
                 failures=[f.render(language) for f in r.failures], rules=r.rules)
        for r in runs], problems=[{**p, "message": p["message"].render(language)}
                                  for p in problem_items(problems)])


@endpoint(bp, RS + "/cases", "POST", summary="Add a test case", tag="test cases",
          auth="user", body=CaseWrite, response=CaseSaved, status=201, errors=ERRORS)
def add_case(group: str, domain: str, body: CaseWrite):
    """Append a case to the draft's tests (a draft is made from the published version if
    there is none). Comments and layout of the rest of the YAML are kept."""
    _editor(group, domain)
    try:
        revision = case_editing.add(group, domain, _document(body.case), body.revision,
                                    actor(), body.comment)
        number = len(case_editing.working(group, domain).cases)
    except case_editing.CaseInvalid as exc:
        raise _invalid(exc) from None
    except StoreError as exc:
        raise store_error(exc) from None
    return CaseSaved(revision=revision, number=number), 201


@endpoint(bp, RS + "/cases/<int:number>", "PUT", summary="Replace a test case",
          tag="test cases", auth="user", body=CaseWrite, response=CaseSaved, errors=ERRORS)
def replace_case(group: str, domain: str, number: int, body: CaseWrite):
    """Replace case ``number``; the comments of what stays the same are kept."""
    _editor(group, domain)
    try:
        revision = case_editing.replace(group, domain, number - 1, _document(body.case),
                                        body.revision, actor(), body.comment)
    except case_editing.CaseInvalid as exc:
        raise _invalid(exc) from None
    except StoreError as exc:
        raise store_error(exc) from None
    return CaseSaved(revision=revision, number=number)


@endpoint(bp, RS + "/cases/<int:number>", "DELETE", summary="Delete a test case",
          tag="test cases", auth="user", query=CaseRevision, response=CaseSaved, errors=ERRORS)
def delete_case(group: str, domain: str, number: int, query: CaseRevision):
    """Delete case ``number`` (``?revision=`` the one you read)."""
    _editor(group, domain)
    try:
        revision = case_editing.delete(group, domain, number - 1, query.revision, actor())
    except case_editing.CaseInvalid as exc:
        raise _invalid(exc) from None
    except StoreError as exc:
        raise store_error(exc) from None
    return CaseSaved(revision=revision)


@endpoint(bp, RS + "/cases/<int:number>/accept-actual", "POST",
          summary="Take a case's actual result as expected", tag="test cases", auth="user",
          body=AcceptRequest, response=AcceptResult, errors=ERRORS)
def accept_actual(group: str, domain: str, number: int, body: AcceptRequest):
    """Every expectation of case ``number`` that the draft's answer does not meet, as
    ``old`` and ``new``; saved unless ``preview``. A rule expected to apply that did not
    moves to ``not_fired`` (and back); a result path the answer lacks is dropped."""
    _editor(group, domain)
    try:
        if body.preview:
            current, changes, _expect = case_editing.accept_changes(group, domain, number - 1)
            case_editing.fresh(current, body.revision)
            revision, saved = current.revision, False
        else:
            changes, revision = case_editing.accept(group, domain, number - 1, body.revision,
                                                    actor(), body.comment)
            saved = bool(changes)
    except case_editing.CaseInvalid as exc:
        raise _invalid(exc) from None
    except StoreError as exc:
        raise store_error(exc) from None
    except (RulesetError, FactsError) as exc:   # pragma: no cover - run() catches these
        raise ApiError(422, exc.msg) from None
    return AcceptResult(saved=saved, revision=revision, changes=[
        ExpectChange(path=c.path, rule=c.rule, old=_json(c.old), new=_json(c.new))
        for c in changes])


def _json(value):
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_json(v) for v in value]
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)

