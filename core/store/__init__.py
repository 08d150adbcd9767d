"""The ruleset store: dealer groups, versioned rulesets, users and roles, API keys, audit.

``Store(url)`` connects (SQLite file or PostgreSQL); ``store.upgrade()`` migrates;
``Workflow(store, registry, evaluator)`` saves drafts, validates, tests, publishes, rolls
back and compares; ``groups``, ``accounts``, ``rulesets`` and ``audit`` read and write the
rest, each function taking the Session of ``store.read()`` / ``store.write()``.
"""
from . import accounts, audit, groups, hits, logins, rulesets
from .audit import SYSTEM, Actor
from .database import Store
from .errors import AlreadyExists, Conflict, Invalid, NotFound, NotStorable, Refused, StoreError
from .workflow import Check, VersionDiff, Workflow

__all__ = ["Store", "Workflow", "Check", "VersionDiff", "Actor", "SYSTEM", "StoreError",
           "NotFound", "AlreadyExists", "Conflict", "Refused", "Invalid"]
