"""``export DIR`` and ``import DIR``: a store's rulesets as files, and files back into a store.

Export writes each group's published rulesets (with ``drafts``: the draft instead, where a
ruleset has one) as ``DIR/<group>/<domain>.yaml``, the layout of the shipped rulesets/
that ``validate``, ``test``, ``evaluate --rulesets`` and ``db seed`` read. Each file is the
stored text byte for byte, so its sha256 is the version's content hash. ``DIR/manifest.json``
lists the groups (name, locale, time zone) and per file the group, domain, state, version
number, content hash, author and time.

Import reads every ``*.yaml`` under DIR, checks them all before writing anything (each
loads, names a known domain, no two files hold the same group and domain; with
``publish`` each compiles and passes its test cases, bases found in DIR first, then in
the store), creates missing groups (from the manifest when there is one), and saves each
file as its ruleset's draft, or publishes it through the workflow's gate (audited as the
given actor), bases before the rulesets that extend them. A file whose text is already
the published version is left as it is (a draft someone is working on stays), and so is
one that, without ``publish``, is already the draft.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from ..library import RulesetLibrary
from ..messages import Message
from ..problems import RulesetError
from ..ruleset import load_ruleset
from ..testing import run_tests
from . import audit, rulesets
from .database import Store
from .errors import Refused
from .groups import create_group
from .portable import DataError
from .schema import DealerGroup, Ruleset
from .workflow import Workflow

MANIFEST = "manifest.json"


# -- export --------------------------------------------------------------------------------------

def export_rulesets(store: Store, directory, drafts: bool = False,
                    force: bool = False) -> list[dict]:
    """Write the files and the manifest; returns the manifest's file entries."""
    directory = Path(directory)
    if directory.exists() and any(directory.iterdir()) and not force:
        raise DataError(Message("export_not_empty", directory=str(directory)))
    entries, texts, groups = [], {}, {}
    with store.read() as session:
        for group in session.scalars(select(DealerGroup).order_by(DealerGroup.id)):
            groups[group.id] = {"name": group.name, "locale": group.locale,
                                "timezone": group.timezone}
            for ruleset in session.scalars(select(Ruleset).where(Ruleset.group_id == group.id)
                                           .order_by(Ruleset.domain)):
                row = (rulesets.draft_of(session, ruleset) if drafts else None) \
                    or rulesets.published_of(session, ruleset)
                if row is None:
                    continue
                file = f"{group.id}/{ruleset.domain}.yaml"
                texts[file] = row.yaml
                entries.append({
                    "file": file, "group": group.id, "domain": ruleset.domain,
                    "state": row.state, "version": row.number, "based_on": row.based_on,
                    "content_hash": row.content_hash, "author": row.author,
                    "published_at": row.published_at.isoformat() if row.published_at else None,
                    "updated_at": row.updated_at.isoformat()})
    manifest = {"format": "dealer-rules-export", "format_version": 1,
                "drafts": drafts, "groups": groups, "rulesets": entries}
    texts[MANIFEST] = json.dumps(manifest, indent=2, ensure_ascii=False, sort_keys=True) + "\n"
    for file, text in texts.items():
        try:
            _write(directory / file, text.encode("utf-8"))
        except OSError as exc:
            raise DataError(Message("cannot_write", file=str(directory / file),
                                    detail=exc.strerror or exc)) from None
    return entries


def _write(path: Path, data: bytes) -> None:
    """Byte for byte (no newline translation), renamed into place when complete."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_bytes(data)
    os.replace(part, path)


# -- import --------------------------------------------------------------------------------------

@dataclass
class Imported:
    group: str
    domain: str
    outcome: str                 # "published", "saved", "unchanged"
    version: int | None = None
    content_hash: str = ""


@dataclass
class ImportProblems(Exception):
    """Why nothing was imported: file problems and failing test cases."""
    errors: list = field(default_factory=list)     # RulesetError or DataError, renderable
    done: list = field(default_factory=list)       # [Imported] before a publish was refused

    def render(self, lang: str = "en") -> str:
        lines = [error.render(lang) for error in self.errors]
        last = Message("import_partly", done=len(self.done), names=[
            f"{i.group}/{i.domain}" for i in self.done]) if self.done else \
            Message("import_stopped", count=len(lines))
        return "\n".join(lines + [last.render(lang)])


def read_directory(directory, registry) -> tuple[dict, dict]:
    """({(group, domain): (LoadedRuleset, text)}, manifest groups); ImportProblems if any
    file does not load, names an unknown domain, or repeats a (group, domain)."""
    directory = Path(directory)
    files = sorted(p for p in directory.rglob("*") if p.suffix in (".yaml", ".yml"))
    if not files:
        raise ImportProblems([DataError(Message("no_ruleset_files", directory=str(directory)))])
    found, errors = {}, []
    for file in files:
        name = str(file.relative_to(directory))
        try:
            text = file.read_bytes().decode("utf-8")
            loaded = load_ruleset(text, name)
        except (OSError, UnicodeDecodeError) as exc:
            errors.append(DataError(Message("unreadable", detail=f"{name}: {exc}")))
            continue
        except RulesetError as exc:
            errors.append(exc)
            continue
        key = (loaded.document.group, loaded.document.domain)
        if loaded.document.domain not in registry.domains:
            errors.append(DataError(Message("no_domain", domain=loaded.document.domain)))
        elif key in found:
            errors.append(DataError(Message("duplicate_ruleset", group=key[0], domain=key[1],
                                            other=found[key][0].source)))
        else:
            found[key] = (loaded, text)
    if errors:
        raise ImportProblems(errors)
    manifest = directory / MANIFEST
    groups = {}
    if manifest.is_file():
        try:
            groups = json.loads(manifest.read_text(encoding="utf-8")).get("groups") or {}
        except (ValueError, AttributeError):
            groups = {}
    return found, groups


def import_rulesets(workflow: Workflow, directory, actor: audit.Actor,
                    publish: bool = False) -> list[Imported]:
    found, groups = read_directory(directory, workflow.registry)
    if publish:
        _precheck(workflow, found, groups)
    done = []
    store = workflow.store
    with store.write() as session:
        for group in sorted({g for g, _ in found}):
            if session.get(DealerGroup, group) is None:
                info = groups.get(group) if isinstance(groups.get(group), dict) else {}
                loaded = next(l for (g, _), (l, _t) in found.items() if g == group)
                create_group(session, actor, group, info.get("name") or group,
                             info.get("locale") or "zh-CN",
                             info.get("timezone") or loaded.document.timezone or "Asia/Shanghai")
    for key in _bases_first(found):
        loaded, text = found[key]
        try:
            done.append(_import_one(workflow, key, text, actor, publish))
        except ImportProblems as problems:       # a publish refused after the check passed
            problems.done = [i for i in done if i.outcome != "unchanged"]
            raise
    return done


def _import_one(workflow: Workflow, key, text: str, actor, publish: bool) -> Imported:
    group, domain = key
    digest = rulesets.text_hash(text)
    with workflow.store.read() as session:
        head = rulesets.head(session, group, domain)
        published = rulesets.published_of(session, head) if head else None
        draft = rulesets.draft_of(session, head) if head else None
        revision = head.revision if head else 0
    same_published = published is not None and published.content_hash == digest
    if same_published and (publish or draft is None):
        return Imported(group, domain, "unchanged", published.number, digest)
    if not publish and draft is not None and draft.content_hash == digest:
        return Imported(group, domain, "unchanged", None, digest)
    workflow.save_draft(group, domain, text, revision, actor, comment="imported")
    if not publish:
        return Imported(group, domain, "saved", None, digest)
    try:
        version = workflow.publish(group, domain, actor, comment="imported")
    except Refused as refused:
        raise ImportProblems([*refused.problems, *[
            DataError(Message("case_failed", name=case.name, group=group, domain=domain,
                              detail=case.failures))
            for case in refused.failures]]) from None
    return Imported(group, domain, "published", version.number, version.content_hash)


def _precheck(workflow: Workflow, found: dict, groups: dict) -> None:
    """Every file compiles and passes its test cases, extending the files beside it first,
    then the store's published rulesets; ImportProblems listing all that fail."""
    with workflow.store.read() as session:
        stored = RulesetLibrary()
        for row in rulesets.all_published(session):
            if (row.group, row.domain) not in found:
                stored.add(rulesets.load(row.yaml, rulesets.label(row.group, row.domain,
                                                                  row.number), row.timezone))
        zones = {g: info.get("timezone") for g, info in groups.items() if isinstance(info, dict)}
        zones.update({g.id: g.timezone for g in session.scalars(select(DealerGroup))})
    library = RulesetLibrary(fallback=stored)
    for (group, _), (loaded, text) in found.items():
        copy = load_ruleset(text, loaded.source)
        if copy.document.timezone is None and zones.get(group):
            copy.document.timezone = zones[group]
        library.add(copy)
    errors = []
    for group, domain in sorted(found):
        try:
            compiled = library.compile(group, domain, workflow.registry)
        except RulesetError as exc:
            errors.append(exc)
            continue
        try:
            for case in run_tests(compiled, workflow.evaluator):
                if not case.passed:
                    errors.append(DataError(Message(
                        "case_failed", name=case.name, group=group, domain=domain,
                        detail=case.failures)))
        finally:
            compiled.close()
    if errors:
        raise ImportProblems(errors)


def _bases_first(found: dict) -> list:
    """The (group, domain) keys ordered so a ruleset comes after the one it extends."""
    ordered, seen = [], set()

    def visit(key, trail=()):
        if key in seen or key not in found or key in trail:
            return
        base = found[key][0].document.extends
        if base:
            visit((base, key[1]), trail + (key,))
        seen.add(key)
        ordered.append(key)

    for key in sorted(found):
        visit(key)
    return ordered
