"""The two versions an impact report compares, compiled from the store: the published
version of (group, domain) and its draft (or a text standing in for the draft).

Each is compiled once, as a publish would compile it (``extends`` resolved against the
published bases the group may extend), and closed by the caller.
"""
from __future__ import annotations

from dataclasses import dataclass

from ..compile import CompiledRuleset, compile_ruleset
from ..layering import resolve
from ..messages import Message
from . import rulesets
from .errors import NotFound
from .groups import get_group


@dataclass
class ComparedVersions:
    published: CompiledRuleset | None
    draft: CompiledRuleset

    def close(self) -> None:
        for compiled in (self.published, self.draft):
            if compiled is not None:
                compiled.close()


def versions_to_compare(store, registry, group: str, domain: str,
                        draft_text: str | None = None) -> ComparedVersions:
    """The published version and the draft (``draft_text`` if given) of (group, domain).

    :raises NotFound: no such group, ruleset or draft.
    :raises RulesetError: the draft does not compile.
    """
    with store.read() as session:
        zone = get_group(session, group).timezone
        head = rulesets.require_head(session, group, domain)
        if draft_text is None:
            draft_row = rulesets.draft_of(session, head)
            if draft_row is None:
                raise NotFound(Message("no_draft", group=group, domain=domain))
            draft_text = draft_row.yaml
        published_row = rulesets.published_of(session, head)
        published = None
        if published_row is not None:
            published = _compile(session, registry, group, domain, published_row.yaml, zone,
                                 published_row.number)
        try:
            draft = _compile(session, registry, group, domain, draft_text, zone, None)
        except BaseException:
            if published is not None:
                published.close()
            raise
    return ComparedVersions(published, draft)


def _compile(session, registry, group, domain, text, zone, number) -> CompiledRuleset:
    source = rulesets.label(group, domain, number)
    loaded = rulesets.load_in_place(text, source, zone, group, domain)
    lookup = rulesets.StoreLookup(session)
    lookup.overrides[(group, domain)] = loaded
    return compile_ruleset(resolve(loaded, lookup), registry, version=number,
                           check_cases=False)
