"""Turn a resolved ruleset into something ready to evaluate, or say everything wrong with it.

Checks every rule against its domain (conditions against the facts model, actions against
the domain's actions and their parameter models, validity windows), compiles the
conditions once, and builds the engine's Matcher. All problems are collected and raised
together as one ``RulesetError``, each with its file, line and rule.
"""
from __future__ import annotations

import datetime as dt
import difflib
import hashlib
import json
import zoneinfo
from dataclasses import dataclass, field

from pydantic import BaseModel, ValidationError

from . import limits
from .case_check import check_cases as check_cases_of
from .conditions.checker import check
from .conditions.compiler import ComputedValues, compile_condition, used_keys
from .compiled_matcher import CompiledMatcher
from .encoder_source import fast_encoder
from .encoding import matcher_facts, used_fields
from .conditions.parser import parse
from .conditions.syntax import ConditionError, Node
from .decision import AppliedAction, FiredRule, RulesetIdentity
from .domain import Domain, RuleInfo
from .engine import EngineError, Matcher, chosen_engine
from .facts_schema import FieldType
from .label_check import contradictions
from .label_templates import labelled, unfilled
from .layering import PlacedRule, ResolvedRuleset
from .messages import Message
from .problems import Problem, RulesetError, loc_text, pydantic_message
from .registry import Registry
from .ruleset import problems_from

#: computed values one ruleset may need (the engine's 250-fields-per-object limit)
MAX_COMPUTED = 90


@dataclass
class CompiledRule:
    id: str
    title: str
    priority: int
    order: int                     # position in the resolved ruleset (ties: earlier first)
    when: str
    condition: Node                # the checked condition (for explanations)
    actions: list                  # [(Action, params model instance)]
    enabled: bool
    valid_from: dt.datetime | None
    valid_to: dt.datetime | None   # exclusive end
    exclusive: str | None
    origin: str
    source: str
    description: str = ""
    #: developer notes (where the rule comes from in the policy): not shown to staff
    notes: str = ""
    #: the validity window as written, an ISO 8601 interval ``start/end`` with both ends
    #: included (a date: its whole day; ``..``: open): what explanations show
    window: str = "../.."
    #: how this rule appears in a Decision; built once, shared by every decision (frozen)
    fired: FiredRule | None = None
    info: RuleInfo | None = None
    #: sort key: higher priority first, then the order in the ruleset
    rank: tuple = ()

    def in_window(self, at: dt.datetime) -> bool:
        return (self.valid_from is None or at >= self.valid_from) and \
            (self.valid_to is None or at < self.valid_to)


@dataclass
class CompiledRuleset:
    """A ruleset ready to evaluate: rules compiled, the engine's matcher built."""
    group: str
    domain: Domain
    schema: FieldType
    title: str
    timezone: str
    tz: dt.tzinfo
    hit_policy: str
    rules: list[CompiledRule]
    #: the engine's matcher: core.engine.Matcher (durable) or core.compiled_matcher's
    matcher: object
    computed: ComputedValues
    content_hash: str
    resolved: ResolvedRuleset
    version: int | None = None
    rule_by_key: dict = field(default_factory=dict)
    identity: RulesetIdentity | None = None
    settings: BaseModel | None = None
    #: what the matcher was built from: (rule key, DNF terms of durable-rules conditions)
    terms: list = field(default_factory=list)
    #: ``(facts, tz) -> dict``: encodes just the fields the rules look at (durable only)
    encode: object = None
    #: a rule's condition reads ``today``: the answer may change at midnight (either matcher)
    uses_today: bool = False
    #: no rule has a validity window or an exclusive group and the hit policy is not
    #: ``first``: every matched rule applies (evaluate skips selecting)
    every_match_applies: bool = False
    #: some rule has a validity window: its edges count for ``next_change_at``
    has_windows: bool = False
    #: problems of severity warning (core/label_check.py), found when compiled to check
    warnings: list = field(default_factory=list)

    @property
    def engine(self) -> str:
        """The matcher's kind: ``durable`` or ``compiled``."""
        return self.matcher.engine

    def match(self, env) -> list:
        """The keys of the enabled rules whose condition holds for ``env`` (an interpreter
        ``Env``: the validated facts and the time), whichever matcher serves.

        :raises NotMatchable: (durable) a value its C matcher cannot hold.
        """
        if self.encode is None:  # the compiled matcher reads the facts model itself
            return self.matcher.match(env)
        return self.matcher.match(matcher_facts(env.facts, self.schema, self.computed, env,
                                                self.tz, self.encode))

    def close(self) -> None:
        """Free the engine's resources now rather than when garbage-collected."""
        self.matcher.close()


def compile_ruleset(resolved: ResolvedRuleset, registry: Registry, version: int | None = None,
                    check_cases: bool = True, engine: str | None = None) -> CompiledRuleset:
    """Check and compile; raises RulesetError listing every problem found.

    :param check_cases: also check the test cases' facts and expected paths
        (core/case_check.py); the service compiles published versions to serve them without
        it, so that a test case never stops a published ruleset from being served.
    :param engine: ``durable`` or ``compiled``; None: ``core.engine.chosen_engine()``.
        Both accept and refuse the same rulesets (the durable form is always built, so its
        limits apply to both and a ruleset never depends on where it is served).
    """
    engine = engine or chosen_engine()
    loaded = resolved.loaded
    try:
        domain = registry.domain(resolved.domain)
    except LookupError:
        close = difflib.get_close_matches(resolved.domain, list(registry.domains), n=1)
        pos = loaded.positions.of(("domain",))
        hint = Message("did_you_mean", suggestion=close[0]) if close else \
            Message("known_names", names=sorted(registry.domains))
        raise RulesetError([Problem(Message("unknown_domain", name=resolved.domain, hint=hint),
                                    loaded.source, pos and pos.line, pos and pos.column,
                                    path="domain")]) from None
    schema = registry.schemas[domain.name]
    tz = zoneinfo.ZoneInfo(resolved.timezone)
    computed = ComputedValues()
    problems, rules, terms = [], [], []
    settings = _settings(resolved, domain, problems)
    for order, placed in enumerate(resolved.rules):
        limits.check_time()
        compiled, rule_terms = _compile_rule(placed, order, domain, schema, tz, registry,
                                             computed, problems, resolved.constants)
        if compiled is not None:
            rules.append(compiled)
            if compiled.enabled:
                terms.append((f"r{order}", rule_terms))
    if check_cases:
        problems += check_cases_of(loaded, domain, schema)
    used = used_keys(terms)
    computed.items = [c for c in computed.items
                      if (c.list_path.key + "." + c.key if c.list_path else c.key) in used]
    if len(computed.items) > MAX_COMPUTED:
        problems.append(Problem(Message("too_many_computed", count=len(computed.items),
                                        max=MAX_COMPUTED), loaded.source))
    if problems:
        raise RulesetError(problems)
    try:
        if engine == "compiled":
            by_key = {f"r{r.order}": r for r in rules}
            # in precedence order, so its keys come ranked (evaluate need not sort them)
            matcher = CompiledMatcher(sorted(
                [(key, by_key[key].condition) for key, rule_terms in terms if rule_terms],
                key=lambda pair: by_key[pair[0]].rank), ranked=True)
        else:
            matcher = Matcher(terms)
    except EngineError as exc:
        placed = resolved.rules[int(exc.rule[1:])] if exc.rule else None
        raise RulesetError([_problem(placed, ("when",), Message("engine_refused", detail=str(exc)))
                            if placed else Problem(Message("engine_refused", detail=str(exc)),
                                                   loaded.source)]) from None
    digest = content_hash(resolved)
    warnings = contradictions(resolved, registry) if check_cases else []
    return CompiledRuleset(
        group=resolved.group, domain=domain, schema=schema, title=resolved.title,
        timezone=resolved.timezone, tz=tz, hit_policy=resolved.hit_policy, rules=rules,
        matcher=matcher, computed=computed, content_hash=digest,
        resolved=resolved, version=version, settings=settings, terms=terms,
        encode=_encoder(schema, used) if engine == "durable" else None,
        uses_today="_today" in used, warnings=warnings,
        rule_by_key={f"r{r.order}": r for r in rules},
        every_match_applies=resolved.hit_policy != "first" and all(
            r.valid_from is None and r.valid_to is None and r.exclusive is None for r in rules),
        has_windows=any(r.valid_from is not None or r.valid_to is not None for r in rules),
        identity=RulesetIdentity(group=resolved.group, domain=domain.name, version=version,
                                 content_hash=digest))


def _compile_rule(placed: PlacedRule, order, domain: Domain, schema, tz, registry, computed,
                  problems, constants):
    rule = placed.rule
    before = len(problems)
    condition = terms = None
    try:
        condition = check(parse(rule.when), schema, constants)
        terms = compile_condition(condition, computed, tz).terms
    except ConditionError as exc:
        pos = placed.loaded.positions.inside(placed.loc + ("when",), exc.pos)
        problems.append(Problem(exc.msg, placed.source, pos and pos.line, pos and pos.column,
                                rule.id, loc_text(placed.loc + ("when",))))
    actions = []
    for j, call in enumerate(rule.then):
        action = registry.actions.get((domain.name, call.action))
        if action is None:
            names = [a.name for a in registry.actions_of(domain.name)]
            close = difflib.get_close_matches(call.action, names, n=1, cutoff=0.6)
            hint = Message("did_you_mean", suggestion=close[0]) if close else \
                Message("known_names", names=names)
            problems.append(_problem(placed, ("then", j), Message(
                "unknown_action", domain=domain.name, name=call.action, hint=hint)))
            continue
        unknown = _unknown_keys(action.params, call.params)
        for key, hint in unknown:
            loc = placed.loc + ("then", j, call.action, key)
            pos = placed.loaded.positions.key_of(loc)
            problems.append(Problem(Message("unknown_key", name=key, hint=hint), placed.source,
                                    pos and pos.line, pos and pos.column, rule.id, loc_text(loc)))
        known = labelled(action, {k: v for k, v in call.params.items() if k not in dict(unknown)},
                         placed.loaded.document.language)
        for name, unit in unfilled(action, known):
            problems.append(_problem(placed, ("then", j, call.action, action.label_param), Message(
                "label_placeholder", name=name, unit=unit)))
        try:
            params = action.params.model_validate(known)
        except ValidationError as exc:
            found = problems_from(exc, placed.source, placed.loaded.positions,
                                  prefix=placed.loc + ("then", j, call.action))
            for p, error in zip(found, exc.errors(include_url=False)):
                p.rule = rule.id
                if placed.loc[0] == "tables" and error["loc"]:  # a decision-table cell
                    loc = placed.loaded.param_loc(placed.index, j, call.action, error["loc"][0])
                    if len(loc) == 5:
                        pos = placed.loaded.positions.of(loc)
                        p.line, p.column = pos and pos.line, pos and pos.column
                        p.path = loc_text(loc)
            problems.extend(found)
            continue
        if not unknown:
            actions.append((action, params))
    valid_from = _instant(rule.valid_from, tz, end=False)
    valid_to = _instant(rule.valid_to, tz, end=True)
    if valid_from and valid_to and valid_from >= valid_to:
        problems.append(_problem(placed, ("valid_to",), Message(
            "window_order", start=str(rule.valid_from), end=str(rule.valid_to))))
    if len(problems) > before:
        return None, None
    fired = FiredRule(id=rule.id, title=rule.title, priority=rule.priority, when=rule.when,
                      actions=[AppliedAction(action=a.name, params=p.model_dump(mode="json"))
                               for a, p in actions], origin=placed.origin)
    return CompiledRule(
        id=rule.id, title=rule.title, priority=rule.priority, order=order, when=rule.when,
        condition=condition, actions=actions, enabled=rule.enabled, valid_from=valid_from,
        valid_to=valid_to, exclusive=rule.exclusive, origin=placed.origin,
        source=placed.source, description=rule.description, notes=rule.notes, fired=fired,
        window=f"{_as_written(rule.valid_from, tz)}/{_as_written(rule.valid_to, tz)}",
        info=RuleInfo(rule.id, rule.title, rule.priority), rank=(-rule.priority, order)), terms


def _settings(resolved: ResolvedRuleset, domain: Domain, problems: list):
    """The group's settings as the domain's settings model (None if it has none)."""
    if domain.settings is None:
        for key, loaded in resolved.settings_from.items():
            pos = loaded.positions.key_of(("settings", key))
            problems.append(Problem(Message("no_settings", domain=domain.name), loaded.source,
                                    pos and pos.line, pos and pos.column, path=f"settings.{key}"))
            break
        return None
    unknown = _unknown_keys(domain.settings, resolved.settings)
    for key, hint in unknown:
        loaded = resolved.settings_from.get(key, resolved.loaded)
        pos = loaded.positions.key_of(("settings", key))
        problems.append(Problem(Message("unknown_key", name=key, hint=hint), loaded.source,
                                pos and pos.line, pos and pos.column, path=f"settings.{key}"))
    known = {k: v for k, v in resolved.settings.items() if k not in dict(unknown)}
    try:
        settings = domain.settings.model_validate(known)
        return None if unknown else settings
    except ValidationError as exc:
        for error in exc.errors(include_url=False):
            key = error["loc"][0] if error["loc"] else None
            loaded = resolved.settings_from.get(key, resolved.loaded)
            loc = ("settings",) + tuple(error["loc"])
            pos = loaded.positions.of(loc)
            problems.append(Problem(pydantic_message(error), loaded.source, pos and pos.line,
                                    pos and pos.column, path=loc_text(loc)))
        return None


def _encoder(schema, used: set):
    """The ruleset's encoder of just the fields its rules use, and whether they use the
    evaluation time (``now``, ``today``; ``_now`` also stands for "always")."""
    encode = fast_encoder(schema, used_fields(used))
    encode.uses_now = "_now" in used
    encode.uses_today = "_today" in used
    return encode


def _unknown_keys(model: type[BaseModel], given) -> list:
    """Keys of ``given`` that ``model`` has no field for, with a "did you mean": a typo in a
    parameter is an error, even where a plugin's model would silently ignore it."""
    if not isinstance(given, dict) or model.model_config.get("extra") == "allow":
        return []
    known = set(model.model_fields)
    known |= {f.alias for f in model.model_fields.values() if f.alias}
    out = []
    for key in given:
        if key not in known:
            close = difflib.get_close_matches(str(key), sorted(known), n=1, cutoff=0.6)
            out.append((key, Message("did_you_mean", suggestion=close[0]) if close else
                        Message("known_names", names=sorted(known))))
    return out


def _problem(placed: PlacedRule, sub: tuple, message: Message) -> Problem:
    loc = placed.loc + sub
    pos = placed.loaded.positions.of(loc)
    return Problem(message, placed.source, pos and pos.line, pos and pos.column,
                   placed.rule.id, loc_text(loc))


def _as_written(value, tz) -> str:
    """A validity bound for explanations: a date as the date, a date-time in the zone."""
    if value is None:
        return ".."
    if isinstance(value, dt.datetime) and value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.isoformat()


def _instant(value, tz, end: bool):
    """A validity bound as an aware instant; a date ``valid_to`` includes its whole day."""
    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value if value.tzinfo else value.replace(tzinfo=tz)
        return value + dt.timedelta(microseconds=1) if end else value
    start = dt.datetime.combine(value, dt.time(), tzinfo=tz)
    return start + dt.timedelta(days=1) if end else start


def content_hash(resolved: ResolvedRuleset) -> str:
    """sha256 of the resolved ruleset's meaning (rules, settings, tests), not its layout."""
    body = {
        "group": resolved.group, "domain": resolved.domain, "title": resolved.title,
        "timezone": resolved.timezone, "hit_policy": resolved.hit_policy,
        "settings": resolved.settings,
        "constants": resolved.constants,
        # notes are for developers, not what the rules mean (and hashes stay as they were)
        "rules": [p.rule.model_dump(mode="json", exclude={"notes"}) for p in resolved.rules],
        "tests": [t.model_dump(mode="json") for t in resolved.tests],
    }
    text = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"), default=str)
    return hashlib.sha256(text.encode()).hexdigest()
