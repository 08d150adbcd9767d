"""Checks of a ruleset's text for the admin's pages, kept by the text's hash: the editor,
its live validation and the publish page check the same draft again and again, and
compiling it (resolving ``extends``, building the matcher) costs far more than a page may.

A check is kept per (group, domain, hash of the text, with or without test cases) and the
store's generation, which every publish and rollback bumps: a base group's new version is
seen at once. Drafts of other groups are not read (the checks here use published bases),
so a saved draft elsewhere changes nothing kept here.
"""
from __future__ import annotations

import threading
from collections import OrderedDict

from dealer_rules.core.store import rulesets
from dealer_rules.core.store.workflow import Check

from ..services import services

_SIZE = 64
_kept: OrderedDict = OrderedDict()
_lock = threading.Lock()


def check(group: str, domain: str, text: str, tests: bool = False) -> Check:
    """``Workflow.check`` of ``text`` as (group, domain), from the cache when it can be."""
    found = services()
    key = (id(found), group, domain, rulesets.text_hash(text), tests, found.store.generation())
    with _lock:
        kept = _kept.get(key)
        if kept is not None:
            _kept.move_to_end(key)
            return kept
    result = found.workflow.check(group, domain, text, tests=tests)
    with _lock:
        _kept[key] = result
        while len(_kept) > _SIZE:
            _kept.popitem(last=False)
    return result
