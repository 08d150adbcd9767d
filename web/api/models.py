"""Request and response bodies of /api/v1, as pydantic models.

The same models validate requests, serialise responses and, through
``web.api.openapi``, make the OpenAPI document: what is documented is what is checked.
"""
from __future__ import annotations

import datetime as dt
import json
import re
import zoneinfo
from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic.json_schema import GenerateJsonSchema

from dealer_rules.core.decision import Decision, RulesetIdentity
from dealer_rules.core.messages import Message, UserError
from dealer_rules.core.store.schema import MAX_NUMBER

MAX_BATCH = 1000
#: the IANA time zones this machine knows (tzdata)
ZONES = frozenset(zoneinfo.available_timezones())


def _known_zone(value: str) -> str:
    if value not in ZONES:
        raise UserError(Message("unknown_timezone", value=value))
    return value


#: a time zone: a string of the IANA form, checked against tzdata (not a 599-member enum,
#: whose names several generators fold into duplicate identifiers: GMT0, GMT-0, GMT+0)
TimeZone = Annotated[str, Field(min_length=1, max_length=64,
                                pattern=r"^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$",
                                examples=["Asia/Shanghai"],
                                description="An IANA time zone name, e.g. Asia/Shanghai."),
                     AfterValidator(_known_zone)]


class ApiJsonSchema(GenerateJsonSchema):
    """pydantic's JSON Schema, with the changes that make it a contract clients are
    generated from:

    - a Decimal input that is not money (a percentage, a factor) is documented as a number
      with its bounds. pydantic documents it as "a number, or any string", but a string
      must be a number within the same bounds, which JSON Schema cannot say of a string;
      the API still accepts numeric strings. (Money documents itself as a decimal string:
      plugins.common.money.)
    - in the OpenAPI document's requests (``defaults_in_words``), a field with a default
      is optional and its default is said in words (see ``model_fields_schema``).
    - in answers, every field is ``required``: the API always sends every field (null when
      empty), except in a model whose config says ``json_schema_serialization_defaults_
      required=False`` (Problem: its optional members are left out when empty).
    - a plugin's model is named after its domain (``TiersCustomer``, ``OffersVehicle``),
      never by its module path: several plugins have a ``Customer``. ``domain_modules``
      maps a plugin's module (or package) to the domain's name; the OpenAPI builder fills
      it from the registry (web.api.openapi).
    """
    domain_modules: dict[str, str] = {}
    #: the OpenAPI document's choice; a domain's standalone facts schema (GET /domains)
    #: keeps its machine-readable defaults
    defaults_in_words = False

    def decimal_schema(self, schema):
        json_schema = super().decimal_schema(schema)
        if self.mode == "validation" and "anyOf" in json_schema:
            number = dict(json_schema["anyOf"][0])
            number["description"] = "A decimal number (a numeric string is accepted too)."
            return number
        return json_schema

    def model_fields_schema(self, schema):
        """In a request, a field with a default is optional and says its default in words:
        a ``default`` there makes openapi-typescript demand the field (it types defaulted
        properties of shared schemas as always present)."""
        json_schema = super().model_fields_schema(schema)
        if self.mode == "validation" and self.defaults_in_words:
            for prop in json_schema.get("properties", {}).values():
                default = prop.pop("default", None)
                if default is not None and default != [] and default != {}:
                    said = "empty" if default == "" else f"`{default}`" \
                        if isinstance(default, str) else f"`{json.dumps(default)}`"
                    text = prop.get("description", "").rstrip()
                    prop["description"] = f"{text} Default: {said}.".strip()
        return json_schema

    def field_is_required(self, field, total) -> bool:
        if self.mode == "serialization" and field["type"] == "model-field":
            explicit = self._config.config_dict.get("json_schema_serialization_defaults_required")
            if explicit is None:
                return field.get("serialization_exclude_if") is None
        return super().field_is_required(field, total)

    def get_defs_ref(self, core_mode_ref):
        key = super().get_defs_ref(core_mode_ref)
        core_ref, mode = core_mode_ref
        prefix = domain_prefix(self.domain_modules, core_ref)
        choices = self._prioritized_defsref_choices[key]
        short = choices[0]
        if prefix and not short.startswith(prefix):
            short = prefix + short
        # Input/Output, not the "-Input" pydantic adds: a schema name is a class name too
        self._prioritized_defsref_choices[key] = [
            short, short + ("Input" if mode == "validation" else "Output")] + choices[2:]
        return key


def domain_prefix(domain_modules: dict[str, str], core_ref: str) -> str:
    """``Tiers`` for a model defined in the tiers plugin's modules, else ''."""
    best = ""
    for module in domain_modules:
        if core_ref.startswith(module + ".") and len(module) > len(best):
            best = module
    return class_name(domain_modules[best]) if best else ""


def class_name(domain: str) -> str:
    """``Tiers`` for tiers, ``ServiceVisits`` for service_visits: a domain in schema names."""
    return "".join(part.capitalize() for part in re.split(r"[^A-Za-z0-9]+", domain))


_STRICT = ConfigDict(extra="forbid")
#: texts that are stored or looked up: PostgreSQL cannot hold a NUL character in text
NO_NUL = r"^[^\x00]*$"


# -- errors ---------------------------------------------------------------------------------

class ProblemItem(BaseModel):
    # a request's field problem has path, message and code only
    model_config = ConfigDict(json_schema_serialization_defaults_required=False)
    path: str = Field("", description="Where: a field path (facts.customer.tier) or a "
                                      "ruleset path (rules[2].when).")
    message: str
    code: str = Field(description="The message code (stable; the message is translated).")
    line: int | None = None
    column: int | None = None
    rule: str | None = None
    source: str | None = Field(None, description="The ruleset version the problem is in.")
    severity: Literal["error", "warning"] = Field(
        "error", description="error: the ruleset cannot be used until fixed; warning: it can "
                             "(e.g. a label stating a number its parameters contradict).")


class FailedCase(BaseModel):
    group: str
    domain: str
    name: str
    failures: list[str]


class Problem(BaseModel):
    """An error (RFC 9457 application/problem+json), in the Accept-Language language.
    Members that do not apply are left out."""
    model_config = ConfigDict(json_schema_serialization_defaults_required=False)
    type: str
    title: str
    status: int
    code: str
    request_id: str
    errors: list[ProblemItem] | None = None
    current_revision: int | None = Field(None, description="With 409: the revision to reload.")
    failed_cases: list[FailedCase] | None = Field(None, description="With a refused publish.")


# -- evaluating -----------------------------------------------------------------------------

class EvaluateRequest(BaseModel):
    model_config = _STRICT
    facts: dict[str, Any] = Field(description="The facts, as the domain's facts schema says.")
    at: dt.datetime | None = Field(None, description="Evaluate as if at this time (ISO 8601; "
                                                     "without an offset: the group's zone). "
                                                     "Default: now.")
    explain: bool = Field(False, description="Also list every rule that did not apply, and why.")


class BatchItem(BaseModel):
    model_config = _STRICT
    facts: dict[str, Any]
    at: dt.datetime | None = None
    explain: bool | None = Field(None, description="Default: the batch's explain.")


class BatchRequest(BaseModel):
    model_config = _STRICT
    items: list[BatchItem] = Field(min_length=1, max_length=MAX_BATCH)
    at: dt.datetime | None = Field(None, description="The time for items that give none.")
    explain: bool = False


class BatchError(BaseModel):
    status: int
    code: str
    title: str
    errors: list[ProblemItem] = []


class BatchResult(BaseModel):
    index: int
    ok: bool
    decision: Decision | None = None
    error: BatchError | None = None


class BatchResponse(BaseModel):
    ruleset: RulesetIdentity = Field(description="Every item was evaluated with this version.")
    succeeded: int
    failed: int
    results: list[BatchResult]
    next_change_at: dt.datetime | None = Field(
        None, description="The earliest next_change_at of the items' decisions: from then on "
                          "at least one item gets a different answer, so send the batch again "
                          "then. Null when no item has a change scheduled.")


class DryRunRequest(EvaluateRequest):
    yaml: str | None = Field(None, max_length=1_000_000,
                             description="Evaluate this text instead of the saved draft.")
    base_drafts: bool = Field(False, description="Resolve `extends` to the base groups' drafts "
                                                 "where they have one and the caller may read "
                                                 "them (a key: never); else their published "
                                                 "versions.")


# -- domains ----------------------------------------------------------------------------------

class ActionInfo(BaseModel):
    name: str
    title: str
    title_zh: str
    description: str
    params_schema: dict[str, Any]


class DomainInfo(BaseModel):
    name: str
    title: str
    title_zh: str
    description: str
    plugin: str
    facts_schema: dict[str, Any] = Field(description="JSON Schema of the facts.")
    result_schema: dict[str, Any]
    actions: list[ActionInfo]


class DomainList(BaseModel):
    domains: list[DomainInfo]


# -- groups and rulesets ----------------------------------------------------------------------

class GroupInfo(BaseModel):
    id: str
    name: str
    locale: str
    timezone: str
    parent: str | None = Field(None, description="The group whose rulesets this group's may "
                               "`extends` (besides `default`); see docs/tenants.md.")


class GroupList(BaseModel):
    groups: list[GroupInfo]


class NewGroup(BaseModel):
    model_config = _STRICT
    id: str = Field(pattern=r"^[a-z][a-z0-9_]{0,63}$")
    name: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    locale: Literal["zh-CN", "en"] = "zh-CN"
    timezone: TimeZone = "Asia/Shanghai"
    parent: str | None = Field(None, pattern=r"^[a-z][a-z0-9_]{0,63}$",
                               description="An existing group whose rulesets this group's may "
                               "`extends` (besides `default`).")


class RulesetSummary(BaseModel):
    domain: str
    revision: int
    published_version: int | None
    published_hash: str | None
    has_draft: bool
    serving_version: int | None = Field(description="The version this server evaluates with now.")


class RulesetList(BaseModel):
    group: str
    rulesets: list[RulesetSummary]


class VersionInfo(BaseModel):
    group: str
    domain: str
    version: int | None = Field(description="null for the draft.")
    state: Literal["draft", "published", "archived"]
    content_hash: str = Field(description="sha256 of the YAML text.")
    author: str
    comment: str
    based_on: int | None
    created_at: dt.datetime
    updated_at: dt.datetime
    published_at: dt.datetime | None
    published_by: str | None


class VersionText(VersionInfo):
    yaml: str
    revision: int = Field(description="The ruleset's revision: send it back when saving.")


class VersionList(BaseModel):
    group: str
    domain: str
    revision: int
    versions: list[VersionInfo]


class SaveDraft(BaseModel):
    model_config = _STRICT
    yaml: str = Field(max_length=1_000_000, pattern=NO_NUL)
    revision: int = Field(ge=0, le=MAX_NUMBER,
                          description="The revision you read (0 for a new ruleset).")
    comment: str = Field("", max_length=2000, pattern=NO_NUL)


class SavedDraft(BaseModel):
    draft: VersionInfo
    revision: int
    problems: list[ProblemItem] = Field(description="What validation says of the saved text.")


class CheckRequest(BaseModel):
    model_config = _STRICT
    yaml: str | None = Field(None, max_length=1_000_000,
                             description="Check this text instead of the saved draft.")
    base_drafts: bool = Field(False, description="Resolve `extends` to the base groups' drafts "
                                                 "where they have one and the caller may read "
                                                 "them; else their published versions.")


class CaseOutcome(BaseModel):
    group: str
    domain: str
    name: str
    passed: bool
    failures: list[str]


class CheckResult(BaseModel):
    ok: bool
    problems: list[ProblemItem]
    cases: list[CaseOutcome]
    content_hash: str | None = Field(description="core's hash of the resolved ruleset.")


class PublishRequest(BaseModel):
    model_config = _STRICT
    comment: str = Field("", max_length=2000, pattern=NO_NUL)
    revision: int | None = Field(None, ge=0, le=MAX_NUMBER,
                                 description="If given, refuse (409) when the ruleset changed "
                                             "since.")


class RollbackRequest(PublishRequest):
    version: int = Field(ge=1, le=MAX_NUMBER, description="The version to publish again.")


class DiffQuery(BaseModel):
    model_config = _STRICT
    from_: str = Field("published", alias="from", pattern=r"^(draft|published|[1-9][0-9]{0,8})$",
                       description="A version number, draft or published.")
    to: str = Field("draft", pattern=r"^(draft|published|[1-9][0-9]{0,8})$")


class SemanticChange(BaseModel):
    """One change in business words (core/semantic_diff.py)."""
    kind: Literal["rule_added", "rule_removed", "rule_switched_on", "rule_switched_off",
                  "condition_changed", "value_changed"]
    address: str = Field(description="What changed: constant:<name>, setting:<name>, "
                                     "rule:<id>, rule:<id>/when, rule:<id>/<action>/<param>…")
    old: Any = Field(None, description="The value before (null: not there).")
    new: Any = Field(None, description="The value after (null: not there).")
    rule: str | None = None
    text: str = Field(description="The change in words, in the Accept-Language language: "
                                  "银卡会员 · 工时费折扣 10% → 12%.")


class DiffResult(BaseModel):
    old: str
    new: str
    unified: str
    added: list[str]
    removed: list[str]
    changed: list[str]
    changes: list[SemanticChange] = Field(
        default_factory=list, description="Rule by rule, in business words: rules added, "
        "removed, switched on or off, conditions and values changed (old -> new).")


class DiscardQuery(BaseModel):
    model_config = _STRICT
    revision: int | None = Field(None, ge=0, le=MAX_NUMBER)


# -- API keys and audit -----------------------------------------------------------------------

class NewKey(BaseModel):
    model_config = _STRICT
    label: str = Field(min_length=1, max_length=200, pattern=NO_NUL)
    scopes: list[Literal["evaluate", "read", "dry_run"]] = Field(["evaluate"], min_length=1)


class KeyInfo(BaseModel):
    prefix: str
    label: str
    group: str
    scopes: list[str]
    created_by: str
    created_at: dt.datetime
    revoked_at: dt.datetime | None
    last_used_at: dt.datetime | None


class CreatedKey(KeyInfo):
    key: str = Field(description="The key itself: shown this once, never stored.")


class KeyList(BaseModel):
    keys: list[KeyInfo]


class AuditQuery(BaseModel):
    model_config = _STRICT
    domain: str | None = Field(None, max_length=40, pattern=NO_NUL)
    action: str | None = Field(None, max_length=40, pattern=NO_NUL)
    limit: int = Field(100, ge=1, le=1000)
    before_id: int | None = Field(None, ge=1, le=MAX_NUMBER)


class AuditItem(BaseModel):
    id: int
    at: dt.datetime
    actor: str
    action: str
    group: str | None
    domain: str | None
    version: int | None
    before_hash: str | None
    after_hash: str | None
    detail: dict[str, Any]
    request_id: str | None


class AuditList(BaseModel):
    entries: list[AuditItem]
