"""One evaluation: facts in, a Decision out (architecture.md, "The flow of one evaluation").

facts -> the domain's facts model (FactsError with field paths) -> derive_facts hooks ->
matcher -> validity windows, exclusive groups, hit policy -> each applied rule's actions ->
finalise_result hooks -> Decision. Nothing here touches a database or starts a thread;
the result object is created per evaluation, so a failing action leaves nothing half-done
behind: the evaluation raises ``ActionError`` and no Decision exists.
"""
from __future__ import annotations

import datetime as dt
import operator
import time

from pydantic import BaseModel, ValidationError

from .compile import CompiledRule, CompiledRuleset
from .conditions.explain import Judge, why_false
from .conditions.interpreter import Env
from .decision import Decision, NotFired, RuleExplanation, Timings, construct, fresh_result
from .domain import ActionContext
from .encoding import NotMatchable, matcher_facts
from .localize import localize_input
from .messages import Message, UserError
from .hookcalls import plugin_that_raised
from .next_change import next_change_at
from .problems import loc_text, pydantic_message


#: the largest number a fact may hold (a float's range), as "number out of range" says
LARGEST_NUMBER = "1.7e308"


class FactsError(UserError):
    """The facts do not fit the domain's facts model; ``problems`` has each field path."""

    def __init__(self, problems: list[dict]):
        self.problems = problems  # [{"path": "customer.tier", "message": Message}]
        super().__init__(Message("facts_invalid"))

    def render(self, lang: str = "en") -> str:
        head = self.msg.render(lang)
        return head + ": " + "; ".join(f"{p['path'] or '(facts)'}: {p['message'].render(lang)}"
                                       for p in self.problems)

    def __str__(self):
        return self.render("en")


def facts_message(error: dict, schema) -> Message:
    """The message of one pydantic error on facts; an unknown field gets "did you mean"
    from the field names where it stands (``schema``: the domain's facts FieldType)."""
    if error["type"] != "extra_forbidden":
        return pydantic_message(error)
    where = schema
    for part in error["loc"][:-1]:
        if where is None:
            break
        where = where.item if isinstance(part, int) else where.fields.get(part)
    names = list(where.fields) if where is not None else []
    return pydantic_message(error, names)


class EvaluationError(UserError):
    """An action or a plugin's evaluation hook failed on these facts: the error names what
    failed (rule and action, or plugin and hook); no result was produced. The CLI, the
    ruleset test runner, the API (422 ``evaluation_failed``) and the admin report both alike."""


class ActionError(EvaluationError):
    """An action raised; names the rule and the action. No result was produced."""

    def __init__(self, rule: str, action: str, cause: BaseException):
        self.rule, self.action, self.cause = rule, action, cause
        super().__init__(Message("action_failed", rule=rule, action=action,
                                 detail=f"{type(cause).__name__}: {cause}"))


def matcher_input(facts, schema, computed, env: Env, tz, encode=None) -> dict:
    """What durable-rules' matcher is given for one evaluation (core.encoding.matcher_facts).

    :raises FactsError: a value the matcher cannot hold (an infinite number, a text over
        16,000 characters), with its path.
    """
    try:
        return matcher_facts(facts, schema, computed, env, tz, encode)
    except NotMatchable as exc:
        raise _not_matchable(exc) from None


def _not_matchable(exc: NotMatchable) -> FactsError:
    """A value the matcher cannot hold, at its path: past a float's range (1e400) is
    ``number_out_of_range``, anything else ``not_matchable``."""
    message = Message("number_out_of_range", limit=LARGEST_NUMBER) if exc.out_of_range \
        else Message("not_matchable", detail=str(exc))
    return FactsError([{"path": ".".join(exc.path), "message": message}])


class HookError(EvaluationError):
    """A plugin's evaluation hook raised; names the plugin and the hook. No result."""

    def __init__(self, plugin: str, hook: str, cause: BaseException):
        self.plugin, self.hook, self.cause = plugin, hook, cause
        super().__init__(Message("hook_failed", plugin=plugin, hook=hook,
                                 detail=f"{type(cause).__name__}: {cause}"))


class Evaluator:
    """Evaluates compiled rulesets, calling the plugins' evaluation hooks.

    :param pm: the plugin manager (core.plugins.get_plugin_manager()).
    """

    def __init__(self, pm):
        self._derive = pm.hook.derive_facts
        self._finalise = pm.hook.finalise_result
        self._next_changes = pm.hook.next_changes

    def validate_facts(self, ruleset: CompiledRuleset, facts) -> BaseModel:
        """The facts as a fresh instance of the domain's facts model (FactsError if invalid)."""
        model = ruleset.domain.facts
        if type(facts) is not dict:  # (a JSON object, the usual case, is no model)
            if isinstance(facts, model):
                return facts.model_copy(deep=True)
            if isinstance(facts, BaseModel):
                facts = facts.model_dump()
        try:
            # the model's validator itself: model_validate() only adds a call around it
            return model.__pydantic_validator__.validate_python(
                localize_input(facts, ruleset.schema, ruleset.tz))
        except ValidationError as exc:
            raise FactsError([{"path": loc_text(e["loc"]), "message": facts_message(
                e, ruleset.schema)} for e in exc.errors(include_url=False)]) from None

    def evaluate(self, ruleset: CompiledRuleset, facts, at: dt.datetime | None = None,
                 explain: bool = False, lang: str = "en") -> Decision:
        """Decide what applies to ``facts`` at ``at`` (default: now in the group's zone).

        :param facts: a dict (JSON-like) or an instance of the domain's facts model.
        :param explain: also report every rule that did not apply, and why, and every
            rule's condition judged part by part (``Decision.explanation``).
        :param lang: en or zh: the language of the explanation's plain words.
        :raises FactsError: the facts do not fit the domain's facts model.
        :raises ActionError: an action failed; nothing is returned.
        """
        started = time.perf_counter()
        model, at = self.prepare(ruleset, facts, at)
        return self._decide(ruleset, model, at, started, explain, lang, True)

    def prepare(self, ruleset: CompiledRuleset, facts, at: dt.datetime | None = None):
        """The facts validated and derived, and ``at`` in the group's zone: the part of an
        evaluation that depends only on the facts, the domain and the settings.

        The impact replay (core/impact.py) prepares each customer once and decides it with
        both versions (``decide``) when they share domain, zone and settings: rules and
        actions read the facts and never change them after ``derive_facts``.

        :returns: ``(facts model, at)``.
        """
        tz = ruleset.tz
        at = dt.datetime.now(tz) if at is None else (
            at.replace(tzinfo=tz) if at.tzinfo is None else
            at if at.tzinfo is tz else at.astimezone(tz))
        model = self.validate_facts(ruleset, facts)
        if self._derive.get_hookimpls():  # (see _call)
            _call(self._derive, domain=ruleset.domain, facts=model, at=at,
                  settings=ruleset.settings)
        return model, at

    def decide(self, ruleset: CompiledRuleset, prepared, *, next_change: bool = True) -> Decision:
        """Decide prepared facts (``prepare``, with this ruleset or one of the same domain,
        zone and settings); the facts are only read.

        :param next_change: compute ``next_change_at`` (None otherwise): a replay that
            compares results does not need it.
        """
        model, at = prepared
        return self._decide(ruleset, model, at, time.perf_counter(), False, "en", next_change)

    def _decide(self, ruleset: CompiledRuleset, model, at, started: float, explain: bool,
                lang: str, next_change: bool) -> Decision:
        domain = ruleset.domain
        settings = ruleset.settings
        env = Env(model, at)
        engine_started = time.perf_counter()
        try:
            keys = ruleset.match(env)
        except NotMatchable as exc:
            raise _not_matchable(exc) from None
        engine_ms = (time.perf_counter() - engine_started) * 1000

        matched = list(map(ruleset.rule_by_key.__getitem__, keys))
        if not ruleset.matcher.ranked:
            matched.sort(key=_RANK)
        # no validity window, exclusive group or hit policy "first": every match applies
        applied, passed_over = (matched, _NONE_PASSED_OVER) if ruleset.every_match_applies \
            else _select(matched, at, ruleset.hit_policy)

        result = fresh_result(domain.result)
        fired = []
        context = ActionContext(domain.name, ruleset.group, model, at, None, settings)
        for rule in applied:
            context.rule = rule.info
            for action, params in rule.actions:
                try:
                    action.apply(result, params, context)
                except Exception as exc:
                    raise ActionError(rule.id, action.name, exc) from exc
            fired.append(rule.fired)
        if self._finalise.get_hookimpls():  # (see _call)
            _call(self._finalise, domain=domain, result=result, facts=model, at=at,
                  settings=settings)

        # when the answer changes by itself (core/next_change.py): plugins' instants, windows,
        # midnight; nothing to ask when no rule has a window or reads today and no plugin
        # implements next_changes
        changes_at = None
        if next_change and (ruleset.has_windows or ruleset.uses_today
                            or self._next_changes.get_hookimpls()):
            changes_at = next_change_at(
                self._next_changes, {"domain": domain, "facts": model, "result": result,
                                     "at": at, "settings": settings},
                matched if ruleset.has_windows else (), at, ruleset.uses_today,
                _next_changes_failed)

        not_fired = explanation = None
        if explain:
            not_fired = _explain(ruleset, matched, applied, passed_over, env, at)
            explanation = _judged(ruleset, applied, not_fired, env, lang)
        return construct(
            Decision, result=result, fired=fired, ruleset=ruleset.identity, at=at,
            timings=construct(Timings, total_ms=(time.perf_counter() - started) * 1000,
                              engine_ms=engine_ms),
            not_fired=not_fired, explanation=explanation, next_change_at=changes_at)


def _call(hook, **kwargs) -> None:
    """Call an evaluation hook through pluggy (wrappers, ordering and tracing as pluggy
    defines them); an exception becomes a ``HookError`` naming the plugin that raised it.
    Callers skip a hook no plugin implements (``hook.get_hookimpls()`` empty): pluggy would
    run nothing, and the call costs about a microsecond, a third of what the compiled
    matcher needs for 30 rules."""
    try:
        hook(**kwargs)
    except Exception as exc:
        raise HookError(plugin_that_raised(hook, exc), hook.name, exc) from exc


def _next_changes_failed(plugin: str, exc: BaseException) -> HookError:
    return HookError(plugin, "next_changes", exc)


_RANK = operator.attrgetter("rank")
_NONE_PASSED_OVER: dict = {}  # (only read)


def _precedence(rule: CompiledRule):
    return rule.rank


def _select(matched: list[CompiledRule], at, hit_policy: str):
    """Which matched rules apply: inside their validity window, the first of each exclusive
    group, and with hit policy ``first`` only the first. Returns (applied, passed_over)
    where passed_over maps a rule id to (reason, detail)."""
    applied, passed_over, groups = [], {}, {}
    for rule in matched:
        if (rule.valid_from is not None and at < rule.valid_from) or \
                (rule.valid_to is not None and at >= rule.valid_to):
            passed_over[rule.id] = ("outside_window", _window_text(rule))
            continue
        if rule.exclusive is not None:
            winner = groups.get(rule.exclusive)
            if winner is not None:
                passed_over[rule.id] = ("excluded", f"{rule.exclusive}: {winner}")
                continue
            groups[rule.exclusive] = rule.id
        if hit_policy == "first" and applied:
            passed_over[rule.id] = ("hit_policy_first", applied[0].id)
            continue
        applied.append(rule)
    return applied, passed_over


def _window_text(rule: CompiledRule) -> str:
    """The validity window as written, an ISO 8601 interval ``start/end`` with both ends
    included (``..`` for an open side): the same in every language, for the reader's
    program to format."""
    return rule.window


def _explain(ruleset, matched, applied, passed_over, env, at) -> list[NotFired]:
    applied_ids = {r.id for r in applied}
    matched_ids = {r.id for r in matched}
    out = []
    for rule in sorted(ruleset.rules, key=_precedence):
        if rule.id in applied_ids:
            continue
        values = {}
        if not rule.enabled:
            reason, detail = "disabled", ""
        elif rule.id in passed_over:
            reason, detail = passed_over[rule.id]
        elif rule.id not in matched_ids:
            why = why_false(rule.condition, env)
            reason, detail, values = "condition", why["failed"], why["values"]
        else:  # pragma: no cover - every matched rule is applied or passed over
            reason, detail = "condition", ""
        out.append(NotFired.model_construct(id=rule.id, title=rule.title, reason=reason,
                                            detail=detail, values=values))
    return out


#: a rule's outcome in plain words, (en, zh)
_OUTCOME = {"applied": ("applied", "已生效"), "condition": ("condition not met", "条件未满足"),
            "disabled": ("switched off", "已停用"),
            "outside_window": ("outside its validity window", "不在有效期内"),
            "excluded": ("another rule of its group applied", "同组的另一条规则已生效"),
            "hit_policy_first": ("an earlier rule applied (hit policy first)",
                                 "已有更靠前的规则生效（命中策略：first）")}


def outcome_words(reason: str | None, lang: str) -> str:
    """What became of a rule, in plain words: ``None`` (it applied) or a NotFired reason."""
    en, zh = _OUTCOME.get(reason or "applied", (reason, reason))
    return zh if lang == "zh" else en


def _judged(ruleset, applied, not_fired, env, lang: str) -> list[RuleExplanation]:
    """Every rule in precedence order, its condition judged part by part."""
    judge = Judge(ruleset.domain, lang, getattr(ruleset.resolved, "constant_titles", {}) or {})
    why = {n.id: n.reason for n in not_fired}
    applied_ids = {r.id for r in applied}
    out = []
    for rule in sorted(ruleset.rules, key=_precedence):
        reason = None if rule.id in applied_ids else why.get(rule.id, "condition")
        condition = None if reason == "disabled" else judge.part(rule.condition, env)
        out.append(construct(RuleExplanation, id=rule.id, title=rule.title,
                             applied=reason is None, reason=reason,
                             said=outcome_words(reason, lang), condition=condition))
    return out
