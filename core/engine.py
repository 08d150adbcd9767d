"""The one door to the matchers: compile a ruleset's conditions once, match facts many times.

Two matchers stand behind it, chosen per process (``chosen_engine``): ``durable``, the C
matcher of durable-rules (the default where it is installed), and ``compiled``, the
conditions compiled to Python functions (core/compiled_matcher.py; the only one where
durable-rules is not installed, e.g. Python 3.13+ or no C compiler). Both answer
``match(...) -> [rule keys]`` and ``close()``; docs/engine.md compares them.

This is the only module that imports durable-rules, and only when a durable matcher is
first built, so everything else imports and runs without it. It uses the C matcher
(``durable_rules_engine``) directly and never its ``Host``, because of what was measured on
durable-rules 2.0.28 (docs/engine.md has the details and tests/core/test_engine_edges.py
pins each one):

- ``Host`` starts self-rescheduling timer threads and never frees a replaced ruleset;
  here no thread is started and ``close()`` (or dropping the Matcher) frees the C ruleset;
- a session that never started an action has uninitialised memory, and deleting it can
  crash the process; every session here is *primed* (one action run through it) before
  use, and deleted only when its ruleset is closed;
- a session lives until deleted (at most 1,024 per ruleset) and sids are hashed to 32
  bits; here each shard owns exactly one session, reused under a lock, its fact retracted
  after every match, so no session outlives its shard and no two callers share one;
- more than 64 simultaneously matching tests overflow the matcher's stack (error 303);
  rules are spread over *shards* (separate C rulesets) so a shard never holds more than
  ``SHARD_TERMS`` terms, whatever the facts;
- an ``or`` fires a rule once per matching branch; here each rule is reported once.

Thread-safety: each shard has a lock; the C calls hold the GIL anyway, so the lock costs
nothing and makes each assert/drain/retract sequence atomic.
"""
from __future__ import annotations

import importlib.util
import itertools
import json
import os
import threading
import weakref

import orjson

from .messages import Message, UserError

#: the environment variable that chooses the matcher (``durable`` or ``compiled``)
ENGINE_VARIABLE = "DEALER_RULES_ENGINE"
ENGINES = ("durable", "compiled")
_chosen: list = [None]   # set by use_engine(): the service's ``engine`` setting
_c = None                # durable_rules_engine, imported by the first durable Matcher

#: at most this many condition terms per C ruleset (the C matcher's stack holds 64)
SHARD_TERMS = 48
_SID = "s"
_FACT_ID = "f"
_READY_RULE = "ready"
_READY_FACT = orjson.dumps({"sid": _SID, "id": "ready", "_engine_ready": 1}).decode()
#: durable-rules finds a fact to retract by its id: the matched fields need not be sent
#: again (re-parsing them was a tenth of a match); tests/core/test_engine_edges.py pins it
_RETRACT = orjson.dumps({"sid": _SID, "id": _FACT_ID}).decode()
_names = itertools.count(1)
_live = {"rulesets": 0, "sessions": 0}
_live_lock = threading.Lock()

_ERRORS = {
    113: "the condition is too complex for the engine (too many tests in one branch)",
    106: "too many rules test the same field",
    102: "the engine does not support this kind of test",
    302: "the facts have too many fields for the matcher (at most 250 in all, nested objects included)",
    303: "too many tests hold at once for the matcher",
    202: "the matcher cannot read a text in the facts",
    203: "the matcher cannot read a number in the facts (core.encoding writes them readably)",
    204: "the matcher cannot read a value in the facts (core.encoding writes them readably)",
    314: "a text in the facts is too long (at most 16 MB)",
}


class EngineError(RuntimeError):
    """The matcher refused a ruleset or a fact; ``rule`` names the rule when known."""

    def __init__(self, message: str, rule: str | None = None, code: int | None = None):
        super().__init__(message)
        self.rule = rule
        self.code = code


class EngineChoiceError(UserError):
    """The chosen matcher is unknown, or durable-rules is chosen but not installed."""


def durable_installed() -> bool:
    """Whether durable-rules' C matcher can be imported here (without importing it)."""
    try:
        return importlib.util.find_spec("durable_rules_engine") is not None
    except (ImportError, ValueError):
        return False


def use_engine(name: str | None) -> None:
    """Choose the matcher for rulesets compiled from now on in this process (the service's
    ``engine`` setting); None goes back to ``DEALER_RULES_ENGINE`` or the default."""
    _chosen[0] = None if name is None else _checked(name, "engine")


def chosen_engine() -> str:
    """``use_engine``'s choice, else ``DEALER_RULES_ENGINE``, else ``durable`` where it is
    installed and ``compiled`` elsewhere.

    :raises EngineChoiceError: an unknown name, or durable chosen where it is not installed.
    """
    if _chosen[0] is not None:
        return _chosen[0]
    named = os.environ.get(ENGINE_VARIABLE, "").strip()
    if named:
        return _checked(named, ENGINE_VARIABLE)
    return "durable" if durable_installed() else "compiled"


def _checked(name: str, where: str) -> str:
    name = name.strip().lower()
    if name not in ENGINES:
        raise EngineChoiceError(Message("unknown_engine", name=name, where=where,
                                        known=", ".join(ENGINES)))
    if name == "durable" and not durable_installed():
        raise EngineChoiceError(Message("durable_missing", where=where))
    return name


def _import_durable():
    global _c
    if _c is None:
        try:
            import durable_rules_engine
        except ImportError:
            raise EngineChoiceError(Message("durable_missing", where=ENGINE_VARIABLE)) from None
        _c = durable_rules_engine
    return _c


def live_counts() -> dict:
    """How many C rulesets and sessions this process holds now (for tests and /metrics)."""
    with _live_lock:
        return dict(_live)


def _code_of(exc: Exception) -> int | None:
    text = str(exc)
    marker = "error code: "
    if marker in text:
        try:
            return int(text.rsplit(marker, 1)[1].split()[0])
        except ValueError:
            return None
    return None


class Matcher:
    """Matches facts against a compiled ruleset's rules.

    :param rules: ``(rule_key, terms)`` pairs; each term is a list of durable-rules
        condition leaves that must all hold (see core.conditions.compiler). Rule keys must
        be made of ``[a-z0-9_]``.
    """

    engine = "durable"
    #: the keys come in the C matcher's order, not in precedence order
    ranked = False

    def __init__(self, rules):
        _import_durable()
        self._shards = []
        batch, size = [], 0
        for key, terms in rules:
            if not terms:
                continue
            if len(terms) > SHARD_TERMS:
                raise EngineError(f"rule has {len(terms)} terms; at most {SHARD_TERMS}", key)
            if size + len(terms) > SHARD_TERMS and batch:
                self._shards.append(_Shard.create(batch))
                batch, size = [], 0
            batch.append((key, terms))
            size += len(terms)
        if batch:
            self._shards.append(_Shard.create(batch))

    def match(self, fact: dict) -> list[str]:
        """The keys of the rules whose condition holds for ``fact``, each once.

        ``fact`` is the encoded facts dict (core.evaluate.matcher_input); the top-level keys
        ``sid`` and ``id`` are set on it (facts models may not use them).
        """
        payload = fact  # a fresh dict from core.evaluate.matcher_input; these keys are ours
        payload["sid"] = _SID
        payload["id"] = _FACT_ID
        try:
            text = _dumps(payload)
        except TypeError as exc:  # a value the matcher cannot hold (e.g. an integer over 64 bits)
            raise EngineError(f"the facts hold a value the engine cannot compare: {exc}") from None
        if len(self._shards) == 1:
            return self._shards[0].match(text)
        fired = []
        for shard in self._shards:
            fired.extend(shard.match(text))
        return fired

    def close(self) -> None:
        """Free the C rulesets now (also done when the Matcher is garbage-collected)."""
        for shard in self._shards:
            shard.close()

    @property
    def shard_count(self) -> int:
        return len(self._shards)

    def facts_held(self) -> int:
        """How many facts the sessions still hold (0 between matches): a leak check."""
        return sum(shard.facts_held() for shard in self._shards)


class _Shard:
    """One C ruleset with its one primed session."""

    def __init__(self, handle: int, names: dict):
        self._names = names   # durable-rules rule name -> our rule key
        self._box = [handle]  # shared with the finalizer
        self._lock = threading.Lock()
        self._finalizer = weakref.finalize(self, _destroy, self._box, self._lock)

    @classmethod
    def create(cls, rules) -> "_Shard":
        definition = {_READY_RULE: {"all": [{"m": {"$ex": {"_engine_ready": 1}}}]}}
        names = {_READY_RULE: _READY_RULE}
        for key, terms in rules:
            for n, term in enumerate(terms):
                condition = term[0] if len(term) == 1 else {"$and": term}
                definition[f"{key}#{n}"] = {"all": [{"m": condition}]}
                names[f"{key}#{n}"] = key
        handle = _create(_dumps(definition), rules)
        shard = cls(handle, names)
        with shard._lock:
            _prime(handle)
        return shard

    def match(self, text: str) -> list[str]:
        with self._lock:
            handle = self._box[0]
            if handle is None:
                raise EngineError("this ruleset has been closed")
            try:
                code, state = _c.assert_fact(handle, text)
            except _c.error as exc:
                code = _code_of(exc)
                raise EngineError(_ERRORS.get(code, f"the engine refused the facts ({exc})"),
                                  code=code) from None
            if code == 1:  # no rule matched: nothing was stored
                return []
            if code != 0:
                self._reset()
                raise EngineError(f"unexpected engine state {code}; the session was reset", code=code)
            fired = []
            names = self._names
            try:
                result = _c.start_action_for_state(handle, state)
                message = result[1] if result else None
                while message:
                    key = names[message[2:message.index('"', 2)]]
                    if key not in fired:
                        fired.append(key)
                    message = _c.complete_and_start_action(handle, state)
                _c.retract_fact(handle, _RETRACT)
            except BaseException:
                self._reset()
                raise
            return fired

    def facts_held(self) -> int:
        with self._lock:
            if self._box[0] is None:
                return 0
            facts = json.loads(_c.get_facts(self._box[0], _SID))
            return sum(1 for f in facts if "$s" not in f)  # the session's own state fact

    def close(self) -> None:
        self._finalizer()

    def _reset(self) -> None:
        """After an unexpected failure: replace the C ruleset by a fresh, primed copy."""
        old = self._box[0]
        new = _create(_c_definition[old], None)
        _prime(new)
        _free(old)
        self._box[0] = new


_c_definition: dict = {}


def _dumps(value) -> str:
    """JSON for the C module: orjson writes UTF-8 as it is (texts are compared as raw JSON,
    so rules and facts must be written the same way) and keeps the ``Fragment`` numbers
    core.encoding prepares for durable-rules' parser."""
    return orjson.dumps(value).decode()


def _create(text: str, rules) -> int:
    try:
        handle = _c.create_ruleset(f"dealer-rules-{next(_names)}", text)
    except _c.error as exc:
        code = _code_of(exc)
        culprit = _find_culprit(rules) if rules else None
        raise EngineError(_ERRORS.get(code, f"the engine refused the ruleset ({exc})"),
                          rule=culprit, code=code) from None
    _c_definition[handle] = text
    with _live_lock:
        _live["rulesets"] += 1
    return handle


def _find_culprit(rules) -> str | None:
    """Which single rule the C compiler refuses (only called after a refusal)."""
    for key, terms in rules:
        for n, term in enumerate(terms):
            condition = term[0] if len(term) == 1 else {"$and": term}
            text = _dumps({"r": {"all": [{"m": condition}]}})
            try:
                handle = _c.create_ruleset(f"dealer-rules-probe-{next(_names)}", text)
            except _c.error:
                return key
            _c.delete_ruleset(handle)
    return None


def _prime(handle: int) -> None:
    """Run one action through the session so its memory is initialised (see module doc)."""
    code, state = _c.assert_fact(handle, _READY_FACT)
    if code != 0:  # pragma: no cover - the ready rule always matches its fact
        raise EngineError(f"could not prime the engine session (code {code})")
    result = _c.start_action_for_state(handle, state)
    message = result[1] if result else None
    while message:
        message = _c.complete_and_start_action(handle, state)
    _c.retract_fact(handle, _READY_FACT)
    with _live_lock:
        _live["sessions"] += 1


def _free(handle: int) -> None:
    try:
        _c.delete_state(handle, _SID)
        with _live_lock:
            _live["sessions"] -= 1
    finally:
        _c.delete_ruleset(handle)
        _c_definition.pop(handle, None)
        with _live_lock:
            _live["rulesets"] -= 1


def _destroy(box: list, lock: threading.Lock) -> None:
    with lock:
        handle, box[0] = box[0], None
        if handle is not None:
            _free(handle)
