"""Budgets for expensive input: how large a ruleset text may be, how deeply it may nest,
how many rules and test cases it may hold, how long and deep a condition may be, and how
long one request may work on it.

Why: one small YAML text (an alias "billion laughs") or one huge ruleset could otherwise
hold a worker for minutes and grow its memory for good. Every limit refuses early, with a
``LimitExceeded`` that names the limit, its value and the setting that raises it.

The core reads ``current()``; the web service calls ``configure()`` once at start-up from
its settings (docs/configuration.md); the CLI reads the same ``DEALER_RULES_*`` environment
variables. The time budget is per
request (``time_budget(seconds)`` around the work, ``check_time()`` in long loops), held
in a context variable so that threads never share one.
"""
from __future__ import annotations

import contextlib
import contextvars
import os
import time
from dataclasses import dataclass, replace

from .messages import Message, UserError


@dataclass(frozen=True)
class Limits:
    yaml_bytes: int = 1024 * 1024       # MAX_YAML_BYTES
    yaml_depth: int = 32                # MAX_YAML_DEPTH
    rules: int = 1000                   # MAX_RULES_PER_RULESET (1,000 load in ~2 s)
    test_cases: int = 500               # MAX_TEST_CASES
    condition_chars: int = 4000         # MAX_CONDITION_LENGTH
    condition_depth: int = 40           # MAX_CONDITION_DEPTH
    time_budget: float = 5.0            # REQUEST_TIME_BUDGET, seconds (0: none)


#: setting name (docs/configuration.md) of each limit
SETTING = {"yaml_bytes": "MAX_YAML_BYTES", "yaml_depth": "MAX_YAML_DEPTH",
           "rules": "MAX_RULES_PER_RULESET", "test_cases": "MAX_TEST_CASES",
           "condition_chars": "MAX_CONDITION_LENGTH", "condition_depth": "MAX_CONDITION_DEPTH",
           "time_budget": "REQUEST_TIME_BUDGET"}

#: message code (core/messages.py) of each limit
MESSAGE = {"yaml_bytes": "limit_yaml_bytes", "yaml_depth": "limit_yaml_depth",
           "rules": "limit_rules", "test_cases": "limit_test_cases",
           "condition_chars": "limit_condition_chars",
           "condition_depth": "limit_condition_depth", "time_budget": "limit_time_budget"}


def from_environment(environ=None) -> Limits:
    """The defaults, with any ``DEALER_RULES_<SETTING>`` environment variable applied (the
    CLI's limits; the service reads the same variables through its settings)."""
    environ = os.environ if environ is None else environ
    given = {}
    for field, name in SETTING.items():
        value = environ.get("DEALER_RULES_" + name)
        if value:
            kind = type(getattr(Limits(), field))
            try:
                given[field] = kind(value)
            except ValueError:
                raise ValueError(f"DEALER_RULES_{name}={value!r} is not a number") from None
    return replace(Limits(), **given)


_limits = from_environment()
_deadline: contextvars.ContextVar = contextvars.ContextVar("dealer_rules_deadline", default=None)
_lifted: contextvars.ContextVar = contextvars.ContextVar("dealer_rules_lifted", default=False)
NONE = Limits(0, 0, 0, 0, 0, 0, 0)


def current() -> Limits:
    return NONE if _lifted.get() else _limits


@contextlib.contextmanager
def lifted():
    """No size limits inside: for loading what is already published (it passed the limits
    of its day; lowering a limit must not stop the service from serving it)."""
    token = _lifted.set(True)
    try:
        yield
    finally:
        _lifted.reset(token)


def configure(settings: dict) -> Limits:
    """Set the limits from settings named as in ``SETTING`` (missing ones keep their value)."""
    global _limits
    given = {field: settings[name] for field, name in SETTING.items()
             if settings.get(name) is not None}
    _limits = replace(_limits, **given)
    return _limits


def reset() -> Limits:
    """Back to the defaults and the environment (tests that lowered a limit)."""
    global _limits
    _limits = from_environment()
    return _limits


class LimitExceeded(UserError):
    """Input over one of the limits; ``status`` is 413 for a size, 422 otherwise.

    :param limit: the ``Limits`` field name (``rules``, ``yaml_bytes`` ...).
    """

    def __init__(self, limit: str, found, line: int | None = None):
        self.limit, self.found, self.line = limit, found, line
        self.setting = "DEALER_RULES_" + SETTING[limit]
        self.maximum = getattr(current(), limit)
        self.status = 413 if limit == "yaml_bytes" else 422
        super().__init__(Message(MESSAGE[limit], found=found, max=self.maximum,
                                 setting=self.setting, line=line))


def refuse_over(limit: str, found, line: int | None = None) -> None:
    """Raise LimitExceeded if ``found`` is over the ``limit`` (0 or None: no limit)."""
    maximum = getattr(current(), limit)
    if maximum and found > maximum:
        raise LimitExceeded(limit, found, line)


@contextlib.contextmanager
def time_budget(seconds: float | None = None):
    """Give the work inside at most ``seconds`` (default: the REQUEST_TIME_BUDGET limit);
    ``check_time()`` raises once it is spent. Nested budgets keep the earlier deadline."""
    seconds = _limits.time_budget if seconds is None else seconds
    deadline = time.monotonic() + seconds if seconds else None
    outer = _deadline.get()
    if outer is not None and (deadline is None or outer < deadline):
        deadline = outer
    token = _deadline.set(deadline)
    try:
        yield
    finally:
        _deadline.reset(token)


def start_request_budget() -> None:
    """For a web request (web/budgets.py): REQUEST_TIME_BUDGET seconds from now."""
    seconds = _limits.time_budget
    _deadline.set(time.monotonic() + seconds if seconds else None)


def end_request_budget() -> None:
    _deadline.set(None)


def check_time() -> None:
    """Raise LimitExceeded (``time_budget``) if the current request's budget is spent."""
    deadline = _deadline.get()
    if deadline is not None and time.monotonic() > deadline:
        raise LimitExceeded("time_budget", _limits.time_budget)
