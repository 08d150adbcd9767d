"""``extends``: layer one dealer group's ruleset on another's.

The base group's rules come first, in their order; a rule with the same id in the child
replaces the base's rule where it stood ("overridden"); ``disable: [ids]`` removes base
rules; new ids are added after ("own"). Settings the child leaves out (time zone, hit
policy) come from the base; ``settings`` are merged key by key, the child's keys replacing
the base's; ``constants`` likewise. Test cases are the child's own: an override can legitimately change what the
base's tests expect.

Who may extend whom is the caller's policy (core/tenancy.py): ``may_extend(child, base)``,
passed in or carried by the lookup as its ``may_extend`` attribute (the store's lookup
does). A base the policy refuses is never looked up: the refusal reads the same whether
it exists or not.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable

from .messages import Message
from .problems import Problem, RulesetError
from .ruleset import DEFAULT_TIMEZONE, LoadedRuleset, Rule, TestCase

OWN, INHERITED, OVERRIDDEN = "own", "inherited", "overridden"


@dataclass
class PlacedRule:
    """A rule of a resolved ruleset, with where it was written."""
    rule: Rule
    origin: str          # own / inherited / overridden
    source: str          # file name or version label of the document it is written in
    loaded: LoadedRuleset
    index: int           # its index in that document's rules

    @property
    def loc(self) -> tuple:
        return self.loaded.loc_of(self.index)


@dataclass
class ResolvedRuleset:
    group: str
    domain: str
    title: str
    timezone: str
    hit_policy: str
    rules: list[PlacedRule]
    tests: list[TestCase]
    loaded: LoadedRuleset
    chain: list[str] = field(default_factory=list)   # this group, then its bases
    disabled: list[str] = field(default_factory=list)
    settings: dict = field(default_factory=dict)
    #: for each settings key, the document that set it (for error lines)
    settings_from: dict = field(default_factory=dict)
    constants: dict = field(default_factory=dict)
    constant_titles: dict = field(default_factory=dict)


Lookup = Callable[[str, str], "LoadedRuleset | None"]
MayExtend = Callable[[str, str], bool]


def resolve(loaded: LoadedRuleset, lookup: Lookup, _seen: tuple = (),
            may_extend: MayExtend | None = None) -> ResolvedRuleset:
    """Resolve ``extends`` chains; raises RulesetError (a base it may not extend, missing
    base, cycle, unknown id). ``may_extend`` defaults to the lookup's own policy, else any."""
    if may_extend is None:
        may_extend = getattr(lookup, "may_extend", None) or _anyone
    doc = loaded.document
    chain = _seen + (doc.group,)
    own = [PlacedRule(rule, OWN, loaded.source, loaded, i) for i, rule in enumerate(loaded.rules)]
    if doc.extends is None:
        if doc.disable:
            _raise_disable_unknown(loaded, set(doc.disable))
        return ResolvedRuleset(doc.group, doc.domain, doc.title, doc.timezone or DEFAULT_TIMEZONE,
                               doc.hit_policy or "all", own, list(doc.tests), loaded, [doc.group],
                               settings=dict(doc.settings),
                               settings_from={k: loaded for k in doc.settings},
                               constants=dict(doc.constants),
                               constant_titles=dict(doc.constant_titles))
    where = loaded.positions.of(("extends",))
    if doc.extends in chain:
        raise RulesetError([Problem(Message("extends_cycle", chain=" -> ".join(chain + (doc.extends,))),
                                    loaded.source, where and where.line, where and where.column,
                                    path="extends")])
    if not may_extend(doc.group, doc.extends):
        raise RulesetError([Problem(Message("may_not_extend", group=doc.group, base=doc.extends),
                                    loaded.source, where and where.line, where and where.column,
                                    path="extends")])
    base_loaded = lookup(doc.extends, doc.domain)
    if base_loaded is None:
        raise RulesetError([Problem(Message("base_missing", group=doc.extends, domain=doc.domain),
                                    loaded.source, where and where.line, where and where.column,
                                    path="extends")])
    base = resolve(base_loaded, lookup, chain, may_extend)
    rules = [PlacedRule(p.rule, INHERITED, p.source, p.loaded, p.index) for p in base.rules]
    position = {p.rule.id: i for i, p in enumerate(rules)}
    unknown = set(doc.disable) - set(position)
    if unknown:
        _raise_disable_unknown(loaded, unknown)
    for placed in own:
        if placed.rule.id in position:
            rules[position[placed.rule.id]] = PlacedRule(placed.rule, OVERRIDDEN, placed.source,
                                                         loaded, placed.index)
        else:
            rules.append(placed)
    disabled = set(doc.disable)
    rules = [p for p in rules if not (p.rule.id in disabled and p.origin == INHERITED)]
    return ResolvedRuleset(doc.group, doc.domain, doc.title, doc.timezone or base.timezone,
                           doc.hit_policy or base.hit_policy, rules, list(doc.tests), loaded,
                           [doc.group] + base.chain, sorted(disabled),
                           settings={**base.settings, **doc.settings},
                           settings_from={**base.settings_from, **{k: loaded for k in doc.settings}},
                           constants={**base.constants, **doc.constants},
                           constant_titles={**base.constant_titles, **doc.constant_titles})


def _anyone(child: str, base: str) -> bool:
    """No policy: files on disk belong to one operator (the CLI's library)."""
    return True


def _raise_disable_unknown(loaded: LoadedRuleset, unknown: set):
    problems = []
    for i, rule_id in enumerate(loaded.document.disable):
        if rule_id in unknown:
            pos = loaded.positions.of(("disable", i))
            problems.append(Problem(Message("disable_unknown", id=rule_id), loaded.source,
                                    pos and pos.line, pos and pos.column, path=f"disable[{i}]"))
    raise RulesetError(problems)
