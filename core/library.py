"""Rulesets read from YAML files: what the CLI validates, tests and evaluates.

A library is every ``*.yaml``/``*.yml`` file under the given paths, indexed by
(dealer group, domain). Files that fail to load are reported, not skipped silently. A
ruleset may ``extends`` a group that is not under the given paths: the lookup then falls
back to ``fallback`` (the CLI passes the shipped ``rulesets/`` directory).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .compile import CompiledRuleset, compile_ruleset
from .layering import ResolvedRuleset, resolve
from .limits import LimitExceeded
from .messages import Message
from .problems import Problem, RulesetError
from .registry import Registry
from .ruleset import LoadedRuleset, load_ruleset


@dataclass
class RulesetLibrary:
    rulesets: dict = field(default_factory=dict)   # (group, domain) -> LoadedRuleset
    errors: list = field(default_factory=list)     # [RulesetError] of files that failed to load
    fallback: "RulesetLibrary | None" = None

    @classmethod
    def from_paths(cls, paths, fallback: "RulesetLibrary | None" = None,
                   relative_to: Path | None = None) -> "RulesetLibrary":
        library = cls(fallback=fallback)
        for path in paths:
            path = Path(path)
            files = sorted(p for p in path.rglob("*") if p.suffix in (".yaml", ".yml")) \
                if path.is_dir() else [path]
            for file in files:
                library.add_file(file, relative_to)
        return library

    def add_file(self, file: Path, relative_to: Path | None = None) -> None:
        name = _display(file, relative_to)
        try:
            text = file.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            self.errors.append(RulesetError([Problem(Message("unreadable", detail=str(exc)), name)]))
            return
        try:
            self.add(load_ruleset(text, name))
        except RulesetError as exc:
            self.errors.append(exc)
        except LimitExceeded as exc:     # reported like any other problem of the file
            self.errors.append(RulesetError([Problem(exc.msg, name, exc.line)]))

    def add(self, loaded: LoadedRuleset) -> None:
        doc = loaded.document
        key = (doc.group, doc.domain)
        if key in self.rulesets:
            other = self.rulesets[key].source
            self.errors.append(RulesetError([Problem(
                Message("duplicate_ruleset", group=doc.group, domain=doc.domain, other=other),
                loaded.source, 1, 1)]))
            return
        self.rulesets[key] = loaded

    def get(self, group: str, domain: str) -> LoadedRuleset | None:
        found = self.rulesets.get((group, domain))
        if found is None and self.fallback is not None:
            return self.fallback.get(group, domain)
        return found

    def resolve(self, group: str, domain: str) -> ResolvedRuleset:
        loaded = self.get(group, domain)
        if loaded is None:
            raise LookupError(f"no ruleset for group {group!r} and domain {domain!r}")
        return resolve(loaded, self.get)

    def compile(self, group: str, domain: str, registry: Registry) -> CompiledRuleset:
        return compile_ruleset(self.resolve(group, domain), registry)

    def keys(self) -> list[tuple[str, str]]:
        return sorted(self.rulesets)


def _display(file: Path, relative_to: Path | None) -> str:
    base = relative_to or Path.cwd()
    try:
        return str(file.resolve().relative_to(base.resolve()))
    except ValueError:
        return str(file)
