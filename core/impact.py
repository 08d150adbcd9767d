"""The impact of a change before it is published: the same customers decided by the
published version and by the draft, and what differs.

Why: a manager changing silver's labour discount from 10% to 12% wants to know, before
publishing, how many real customers get a different answer, how, what it costs in total
and which rules fire more or less. ``replay`` evaluates each set of facts (with its own
instant) once with each version, both compiled once by the caller, and reports:

- ``evaluated`` / ``changed`` / ``unchanged`` / ``failed_both``: how many decisions change;
- ``kinds``: the changes grouped by kind ("tier: silver→gold", "labour_discount_percent:
  10→12", rules that start or stop applying), each with its count and a few example
  customers (their facts, to open in Try it);
- ``rules``: the rules that apply more or less often, by title;
- ``effects``: the sums of every number that changed, by result field: money (CNY, known
  from the result model's JSON Schema ``x-currency``), points and other counts, each
  before, after and the difference (over the changed decisions; unchanged ones add 0);
- ``entitlements``: entitlements (list items with a ``code``) granted more or less often.

Fast: an unchanged decision costs the two evaluations, serialising the two results to
JSON (in pydantic's Rust core) and comparing the bytes; only a changed one is taken apart.
No Flask, no store: the API, the admin and the CLI give it the facts and the versions.
"""
from __future__ import annotations

import datetime as dt
import time
from collections import Counter
from decimal import Decimal, InvalidOperation
from typing import Any, Callable, Iterable

from pydantic import BaseModel, Field

from .messages import UserError

EXAMPLES_PER_KIND = 3
MAX_KINDS = 50


class FieldChange(BaseModel):
    path: str = Field(description="The result field, list positions as [] "
                                  "(e.g. benefits[].label).")
    before: Any = Field(None, description="Its value with the published version; omitted "
                                          "(null) for amounts and counts, which differ per "
                                          "customer (see effects).")
    after: Any = Field(None, description="Its value with the draft.")


class ImpactExample(BaseModel):
    facts: dict = Field(description="The customer's facts as recorded (personal fields "
                                    "masked), to try again.")
    at: dt.datetime | None = Field(None, description="The instant it was decided at.")
    changes: dict[str, list] = Field(default_factory=dict,
                                     description="Each changed result field: [before, after].")
    error_before: str | None = None
    error_after: str | None = None


class ChangeKind(BaseModel):
    key: str = Field(description="A short text naming the kind of change.")
    count: int = Field(description="Decisions changed this way.")
    changes: list[FieldChange] = Field(default_factory=list)
    rules_started: list[str] = Field(default_factory=list,
                                     description="Titles of rules that apply only with the draft.")
    rules_stopped: list[str] = Field(default_factory=list,
                                     description="Titles of rules that apply only with the "
                                                 "published version.")
    examples: list[ImpactExample] = Field(default_factory=list)


class RuleShift(BaseModel):
    id: str
    title: str
    before: int = Field(description="Decisions it applied in with the published version.")
    after: int = Field(description="... with the draft.")
    difference: int


class Effect(BaseModel):
    path: str = Field(description="The result field (list positions as []).")
    unit: str = Field(description="CNY for money, empty for points and other counts.")
    before: str = Field(description="Its sum over the changed decisions, published version.")
    after: str = Field(description="Its sum over the changed decisions, draft.")
    difference: str = Field(description="after - before (as a decimal string).")


class EntitlementShift(BaseModel):
    path: str
    code: str
    label: str = ""
    before: int
    after: int
    difference: int


class ImpactReport(BaseModel):
    group: str
    domain: str
    published_version: int | None = Field(description="The published version compared.")
    draft_hash: str = Field(description="Content hash of the draft compared.")
    source: str = Field("", description="sample (recorded evaluations) or file.")
    evaluated: int = Field(description="Sets of facts replayed.")
    changed: int = Field(description="Decisions that differ between the two versions.")
    unchanged: int
    failed_both: int = Field(0, description="Facts neither version could decide.")
    kinds: list[ChangeKind] = Field(default_factory=list,
                                    description="The kinds of change, most frequent first.")
    other_kinds: int = Field(0, description="Changed decisions in kinds past the first 50.")
    rules: list[RuleShift] = Field(default_factory=list,
                                   description="Rules applying more or less often.")
    effects: list[Effect] = Field(default_factory=list,
                                  description="Summed money, points and counts that change.")
    entitlements: list[EntitlementShift] = Field(default_factory=list)
    seconds: float = Field(0.0, description="How long the replay took.")


# -- the shape of a result -------------------------------------------------------------------

def money_paths(result_model: type[BaseModel]) -> frozenset:
    """The paths (list positions as []) of the money fields of a result model: those whose
    JSON Schema says ``x-currency``."""
    schema = result_model.model_json_schema(mode="serialization")
    defs = schema.get("$defs", {})
    found: set = set()

    def walk(node, path, depth):
        if depth > 20 or not isinstance(node, dict):
            return
        if "$ref" in node:
            walk(defs.get(node["$ref"].rsplit("/", 1)[-1], {}), path, depth + 1)
        if "x-currency" in node and path:
            found.add(path)
        for key in ("anyOf", "oneOf", "allOf"):
            for option in node.get(key, ()):
                walk(option, path, depth + 1)
        if "items" in node:
            walk(node["items"], path + "[]", depth + 1)
        for name, sub in node.get("properties", {}).items():
            walk(sub, f"{path}.{name}" if path else name, depth + 1)
    walk(schema, "", 0)
    return frozenset(found)


def _diff(old, new, path: str, short: str, leaves: list, codes: list) -> None:
    """The leaves that differ between two JSON values, as (path, short path, before,
    after), skipping equal parts whole; an item with a ``code`` that differs goes to
    ``codes`` too, as (list path, code, 0 before / 1 after, label)."""
    if old != new:
        _differ(old, new, path, short, leaves, codes)


def _differ(old, new, path: str, short: str, leaves: list, codes: list) -> None:
    """``_diff`` of two values known to differ. Two scalars side by side become a leaf
    without a call of their own (most of a result's changes are amounts)."""
    old_dict, new_dict = type(old) is dict, type(new) is dict
    if (old_dict or old is None) and (new_dict or new is None) and (old_dict or new_dict):
        old, new = old or {}, new or {}
        if short.endswith("[]") and old.get("code") != new.get("code"):
            where = short[:-2]
            for side, item in ((0, old), (1, new)):
                if isinstance(item.get("code"), str):
                    codes.append((where, item["code"], side, str(item.get("label") or "")))
        keys = old if old.keys() == new.keys() else list(old) + [k for k in new if k not in old]
        get_old, get_new = old.get, new.get
        for key in keys:
            was, now = get_old(key), get_new(key)
            if was != now:
                if type(was) in _CONTAINERS or type(now) in _CONTAINERS:
                    _differ(was, now, f"{path}.{key}" if path else key,
                            f"{short}.{key}" if short else key, leaves, codes)
                else:
                    leaves.append((f"{path}.{key}" if path else key,
                                   f"{short}.{key}" if short else key, was, now))
        return
    old_list, new_list = type(old) is list, type(new) is list
    if (old_list or old is None) and (new_list or new is None) and (old or new):
        old, new = old or [], new or []
        item_short = short + "[]"
        n_old, n_new = len(old), len(new)
        for index in range(max(n_old, n_new)):
            was = old[index] if index < n_old else None
            now = new[index] if index < n_new else None
            if was != now:      # (equal items, the usual case, skipped without a call)
                _differ(was, now, f"{path}[{index}]", item_short, leaves, codes)
        return
    leaves.append((path, short, old, new))


_CONTAINERS = frozenset((dict, list))
#: JSON types of a changed leaf that is summed, not listed as "before→after"
_COUNTED = frozenset((int, float))


def _json_data(result) -> dict:
    """A result as JSON data (what the API would answer, as dicts and lists)."""
    return result.__pydantic_serializer__.to_python(result, mode="json")


def _add(sums: dict, short: str, was, now) -> None:
    """Add a changed amount or count to its sums (a value that is no number is left out)."""
    a, b = _number(was), _number(now)
    if (a is None and was is not None) or (b is None and now is not None):
        return
    pair = sums.get(short)
    if pair is None:
        pair = sums[short] = [Decimal(0), Decimal(0)]
    if a is not None:
        pair[0] += a
    if b is not None:
        pair[1] += b


def _number(value) -> Decimal | None:
    """A JSON number or a decimal text as a Decimal (a float as written: 0.1 is 0.1);
    None for anything else (true/false included)."""
    kind = type(value)
    if kind is str:
        try:
            return Decimal(value)
        except InvalidOperation:
            return None
    if kind is int:
        return Decimal(value)
    if kind is float:
        return Decimal(repr(value))
    return None


def _show(value) -> str:
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _error_text(exc: BaseException) -> str:
    if isinstance(exc, UserError):
        return exc.msg.code
    if isinstance(exc, NotPublishedYet):
        return "not_published"
    return type(exc).__name__


# -- the replay --------------------------------------------------------------------------------

class _Tally:
    """What a replay adds up as it goes; ``report`` turns it into an ImpactReport."""

    def __init__(self, published, draft):
        self.published, self.draft = published, draft
        self.money = money_paths(draft.domain.result)
        self.evaluated = self.changed = self.failed_both = 0
        self.fired_before: Counter = Counter()    # tuple of rule ids -> decisions
        self.fired_after: Counter = Counter()
        self.kinds: dict = {}                     # signature -> [count, kind parts, examples]
        self.sums: dict = {}                      # path -> [before, after]
        self.codes: dict = {}                     # (path, code) -> [before, after, label]

    def differ(self, facts, at, before, after, old_data=None, new_data=None) -> None:
        """One changed decision (a Decision or the exception of each side); ``old_data`` /
        ``new_data``: the results as JSON data (``_json_data``) when the caller has them."""
        self.changed += 1
        parts, changes, leaves = [], [], ()
        started = stopped = ()
        errors = None
        if isinstance(before, BaseException) or isinstance(after, BaseException):
            text_before = _error_text(before) if isinstance(before, BaseException) else "ok"
            text_after = _error_text(after) if isinstance(after, BaseException) else "ok"
            parts.append(f"error: {text_before}→{text_after}")
            changes.append(("(error)", text_before, text_after))
            errors = (None if text_before == "ok" else text_before,
                      None if text_after == "ok" else text_after)
        else:
            if old_data is None:
                old_data, new_data = _json_data(before.result), _json_data(after.result)
            leaves, codes = [], []
            _diff(old_data, new_data, "", "", leaves, codes)
            seen = set()
            money, sums = self.money, self.sums
            for _path, short, was, now in leaves:
                counted = short in money or type(was or now) in _COUNTED
                if counted:
                    _add(sums, short, was, now)
                    part = short
                else:
                    part = f"{short}: {_show(was)}→{_show(now)}"
                if part in seen:
                    continue
                seen.add(part)
                parts.append(part)
                changes.append((short, None, None) if counted else (short, was, now))
            for where, code, side, label in codes:
                entry = self.codes.setdefault((where, code), [0, 0, ""])
                entry[side] += 1
                entry[2] = entry[2] or label
            if before.fired_ids != after.fired_ids:
                ids_before = {r.id for r in before.fired}
                ids_after = {r.id for r in after.fired}
                started = tuple(r.title for r in after.fired if r.id not in ids_before)
                stopped = tuple(r.title for r in before.fired if r.id not in ids_after)
                parts += [f"+{t}" for t in started] + [f"-{t}" for t in stopped]
        signature = tuple(parts)
        kind = self.kinds.get(signature)
        if kind is None:
            kind = self.kinds[signature] = [
                0, [FieldChange(path=p, before=b, after=a) for p, b, a in changes], started,
                stopped, []]
        kind[0] += 1
        if len(kind[4]) < EXAMPLES_PER_KIND:
            example = ImpactExample(facts=facts if isinstance(facts, dict) else {}, at=at,
                                    changes={path: [was, now] for path, _, was, now in leaves})
            if errors is not None:
                example.error_before, example.error_after = errors
            kind[4].append(example)

    def report(self, group, domain, source, seconds) -> ImpactReport:
        titles = {r.id: r.title for r in self.published.rules} if self.published else {}
        titles.update({r.id: r.title for r in self.draft.rules})
        before, after = Counter(), Counter()
        for ids, n in self.fired_before.items():
            for rule in ids:
                before[rule] += n
        for ids, n in self.fired_after.items():
            for rule in ids:
                after[rule] += n
        rules = [RuleShift(id=r, title=titles.get(r, r), before=before[r], after=after[r],
                           difference=after[r] - before[r])
                 for r in sorted(set(before) | set(after)) if before[r] != after[r]]
        rules.sort(key=lambda s: (-abs(s.difference), s.id))
        ordered = sorted(self.kinds.items(), key=lambda item: (-item[1][0], item[0]))
        kinds = [ChangeKind(key=_headline(sig, k[1]), count=k[0], changes=k[1],
                            rules_started=list(k[2]), rules_stopped=list(k[3]), examples=k[4])
                 for sig, k in ordered[:MAX_KINDS]]
        effects = [Effect(path=p, unit="CNY" if p in self.money else "",
                          before=str(a), after=str(b), difference=str(b - a))
                   for p, (a, b) in sorted(self.sums.items()) if a != b]
        shifts = [EntitlementShift(path=p, code=c, label=e[2], before=e[0], after=e[1],
                                   difference=e[1] - e[0])
                  for (p, c), e in sorted(self.codes.items()) if e[0] != e[1]]
        return ImpactReport(
            group=group, domain=domain,
            published_version=self.published.version if self.published else None,
            draft_hash=self.draft.content_hash, source=source, evaluated=self.evaluated,
            changed=self.changed, unchanged=self.evaluated - self.changed - self.failed_both,
            failed_both=self.failed_both, kinds=kinds,
            other_kinds=sum(k[0] for _, k in ordered[MAX_KINDS:]), rules=rules,
            effects=effects, entitlements=shifts, seconds=round(seconds, 3))


def _headline(signature: tuple, changes: list) -> str:
    """The kind's name: its changes with values and its rules (amounts and counts, which
    differ per customer, only when nothing else changed)."""
    counted = {c.path for c in changes if c.before is None and c.after is None}
    named = [part for part in signature if part not in counted]
    return "; ".join(named or signature) or "(other)"


def replay(evaluator, published, draft, items: Iterable, *, group: str | None = None,
           source: str = "", progress: Callable[[int], None] | None = None,
           every: int = 1000) -> ImpactReport:
    """Decide every ``(facts, at)`` of ``items`` with ``published`` and with ``draft``
    (compiled rulesets; ``published`` may be None: nothing published yet, every decision
    counts as changed) and report what differs.

    :param at: None means now (the same instant for both versions).
    :param progress: called with the number of items done since the last call, every
        ``every`` items and at the end (a progress bar).
    """
    started = time.perf_counter()
    tally = _Tally(published, draft)
    decide = evaluator.decide
    share = published is not None and _same_preparation(published, draft)
    before_counts, after_counts = tally.fired_before, tally.fired_after
    done = 0
    for facts, at in items:
        if at is None:
            at = dt.datetime.now(dt.timezone.utc)
        # each customer's facts are validated and derived once when both versions would do
        # the same (one domain, zone and settings); else once per version
        try:
            prepared = evaluator.prepare(draft, facts, at)
        except Exception as exc:        # noqa: BLE001 - a bad row is part of the report
            prepared = exc
        if published is None:
            old = None
        elif share and not isinstance(prepared, BaseException):
            old = _decided(decide, published, prepared)
        elif share:
            old = prepared
        else:
            old = _evaluated(evaluator, published, facts, at)
        new = prepared if isinstance(prepared, BaseException) else \
            _decided(decide, draft, prepared)
        tally.evaluated += 1
        done += 1
        if progress is not None and done >= every:
            progress(done)
            done = 0
        old_failed, new_failed = isinstance(old, BaseException), isinstance(new, BaseException)
        if old_failed and new_failed:
            tally.failed_both += 1
            continue
        if old is None:
            if not new_failed:
                after_counts[new.fired_ids] += 1
            tally.differ(facts, at, NotPublishedYet(), new)
            continue
        if not old_failed:
            fired_old = old.fired_ids
            before_counts[fired_old] += 1
        if not new_failed:
            fired_new = new.fired_ids
            after_counts[fired_new] += 1
        if old_failed or new_failed:
            tally.differ(facts, at, old, new)
            continue
        if fired_old == fired_new:
            result_old, result_new = old.result, new.result
            if result_old == result_new:    # (equal values: stops at the first difference)
                continue
            old_data, new_data = _json_data(result_old), _json_data(result_new)
            if old_data == new_data:
                continue
            tally.differ(facts, at, old, new, old_data, new_data)
            continue
        tally.differ(facts, at, old, new)
    if progress is not None and done:
        progress(done)
    return tally.report(group or draft.group, draft.domain.name, source,
                        time.perf_counter() - started)


def _same_preparation(published, draft) -> bool:
    """Both versions prepare facts alike (core.evaluate.Evaluator.prepare): one domain,
    one time zone, equal settings (derived facts depend on the settings)."""
    return published.domain is draft.domain and published.tz == draft.tz and \
        published.settings == draft.settings


class _Decided:
    """What the replay keeps of a decision: the result and the fired rules (their ids as a
    tuple, for counting); ``next_change_at`` is not compared, so not computed."""
    __slots__ = ("result", "fired", "fired_ids")

    def __init__(self, decision):
        self.result, self.fired = decision.result, decision.fired
        self.fired_ids = tuple(r.id for r in decision.fired)


def _decided(decide, ruleset, prepared):
    try:
        return _Decided(decide(ruleset, prepared, next_change=False))
    except Exception as exc:            # noqa: BLE001 - a bad row is part of the report
        return exc


def _evaluated(evaluator, ruleset, facts, at):
    try:
        return _Decided(evaluator.decide(ruleset, evaluator.prepare(ruleset, facts, at),
                                         next_change=False))
    except Exception as exc:            # noqa: BLE001
        return exc


class NotPublishedYet(Exception):
    """The published side of a replay when nothing is published yet."""
