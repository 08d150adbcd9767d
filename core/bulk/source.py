"""Which ruleset a command evaluates against: shipped and local YAML files, or the store's
published version (``--database-url``). One evaluation and a bulk run use the same code, so
they cannot disagree; a bulk worker process builds its own from the same description.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..library import RulesetLibrary
from ..messages import Message, UserError
from ..shipped import shipped_rulesets


def library_of(paths) -> RulesetLibrary:
    """The rulesets in ``paths`` over the shipped ones (only the shipped ones if none)."""
    shipped = shipped_rulesets()
    fallback = RulesetLibrary.from_paths([shipped]) if shipped else None
    if not paths:
        return fallback or RulesetLibrary()
    return RulesetLibrary.from_paths(paths, fallback=fallback)


class NotPublished(UserError):
    """The store has no published ruleset for the group and domain asked for."""


@dataclass(frozen=True)
class RulesetSource:
    """Where to find the ruleset of (group, domain): ``paths`` of YAML files (over the
    shipped rulesets) or, with ``database_url``, the store's published version. Picklable,
    so a worker process opens its own."""
    group: str
    domain: str
    paths: tuple = ()
    database_url: str | None = None

    def open(self, registry) -> "OpenRuleset":
        """Compile the ruleset. Raises LookupError (no such ruleset), RulesetError (it does
        not compile) or NotPublished."""
        if self.database_url:
            return _published(self.database_url, self.group, self.domain, registry)
        compiled = library_of(self.paths).compile(self.group, self.domain, registry)
        return OpenRuleset(compiled, compiled.close)


@dataclass
class OpenRuleset:
    """A compiled ruleset and how to release it when the run is over."""
    ruleset: object
    close: object


def _published(url: str, group: str, domain: str, registry) -> OpenRuleset:
    """The published version of (group, domain), compiled as the service compiles it."""
    from ..published import PublishedRulesets, Refresher
    from ..store.database import Store
    store = Store(url)
    holder = PublishedRulesets()
    try:
        Refresher(store, registry, holder).refresh(force=True)
    finally:
        store.engine.dispose()
    compiled = holder.get(group, domain)
    if compiled is None:
        holder.close()
        failed = holder.status.failed.get((group, domain))
        if failed:
            raise NotPublished(Message("bulk_failed", detail=failed))
        raise NotPublished(Message("not_published", group=group, domain=domain))
    return OpenRuleset(compiled, holder.close)
