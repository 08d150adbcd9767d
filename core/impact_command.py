"""``dealer-rules impact``: the impact report of a draft from the command line, the same
report as the API's ``POST .../rulesets/{domain}/impact`` and the admin's publish page
(core/impact.py), with a progress bar over large files.

Where the two versions come from: with ``--database-url``, the store's published version
and its draft (or ``--draft FILE``); without it, the ruleset files (``--rulesets``, over the
shipped ones) and ``--draft FILE``. Where the customers come from: ``--input FILE``
(.jsonl, .csv or .xlsx, columns as in ``dealer-rules evaluate --input``), or with
``--database-url`` and no ``--input``, the group's recorded sample.
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click


@click.command("impact")
@click.option("--group", "-g", required=True, help="Dealer group id, e.g. default.")
@click.option("--domain", "-d", required=True, help="Domain, e.g. tiers.")
@click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The customers to replay: .jsonl (one facts object, or {facts, at}, a "
                   "line), .csv or .xlsx (columns are dotted fact paths). Default with "
                   "--database-url: the group's recorded sample of evaluations.")
@click.option("--draft", "draft_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="The changed ruleset (YAML). Default with --database-url: the store's draft.")
@click.option("--rulesets", "paths", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Where the published ruleset and its bases are (repeatable; default: the "
                   "shipped rulesets). Not with --database-url.")
@click.option("--database-url", metavar="URL",
              help="Compare with the store's published version (and its draft); replay its "
                   "recorded sample when there is no --input.")
@click.option("--at", "at", help="Decide as if at this time (ISO 8601) the rows that have no "
                                 "time of their own; default: now.")
@click.option("--limit", type=click.IntRange(min=1), default=None,
              help="Replay at most this many customers.")
@click.option("--format", "output", type=click.Choice(["text", "json"]), default="text",
              show_default=True, help="json: the whole report, as the API gives it.")
@click.pass_obj
def impact(obj, group, domain, input_path, draft_path, paths, database_url, at, limit, output):
    """Replay customers with the published ruleset and with a draft: what would change.

    Prints how many decisions change and how, which rules apply more or less often, the
    money, points and entitlements summed, and example customers of each kind of change.
    A progress bar shows on a terminal while a large file is replayed.
    """
    from .bulk.progress import progress_for_terminal
    from .bulk.rows_in import InputFile
    from .evaluate import Evaluator
    from .impact import replay
    from .impact_input import customers_of
    from .messages import UserError
    from .problems import RulesetError
    if database_url and paths:
        raise click.UsageError("give --rulesets or --database-url, not both")
    if not database_url and not (input_path and draft_path):
        raise click.UsageError("without --database-url, give --input and --draft")
    try:
        when = dt.datetime.fromisoformat(at) if at else None
    except ValueError:
        raise click.BadParameter(f"{at!r} is not an ISO 8601 date-time", param_hint="--at")
    draft_text = draft_path.read_text(encoding="utf-8") if draft_path else None
    store = None
    try:
        if database_url:
            from .store.database import Store
            from .store.impact_versions import versions_to_compare
            store = Store(database_url)
            versions = versions_to_compare(store, obj.registry, group, domain, draft_text)
            published, draft, close = versions.published, versions.draft, versions.close
        else:
            published, draft = _from_files(obj.registry, group, domain, paths, draft_text,
                                           str(draft_path))
            close = lambda: (published.close(), draft.close())   # noqa: E731
    except LookupError as exc:
        obj.fail(ValueError(exc.args[0]))
    except (RulesetError, UserError) as exc:
        obj.fail(exc)
    progress = None
    try:
        if input_path:
            source = InputFile(input_path)
            total = source.estimate()
            rows, label = customers_of(source, when), "file"
        else:
            from .store.samples import samples_of
            with store.read() as session:
                found = samples_of(session, group, domain, limit)
            rows, total, label = [(f, a) for f, a, _ in found], len(found), "sample"
        if limit:
            import itertools
            rows = itertools.islice(rows, limit)
            total = min(total, limit) if total is not None else limit
        progress = progress_for_terminal(f"{group}/{domain}")
        if progress is not None:
            progress.start(total)
        report = replay(Evaluator(obj.pm), published, draft, rows, group=group, source=label,
                        progress=progress.advance if progress is not None else None)
    except (UserError, OSError) as exc:
        obj.fail(exc)
    finally:
        if progress is not None:
            progress.close()
        close()
        if store is not None:
            store.dispose()
    if output == "json":
        click.echo(json.dumps(report.model_dump(mode="json"), indent=2, ensure_ascii=False))
    else:
        click.echo(text_of(report))


def _from_files(registry, group, domain, paths, draft_text, draft_source):
    from .bulk.source import library_of
    from .library import RulesetLibrary
    from .ruleset import load_ruleset
    base = library_of(tuple(str(p) for p in paths))
    published = base.compile(group, domain, registry)
    try:
        loaded = load_ruleset(draft_text, draft_source)
        doc = loaded.document
        if (doc.group, doc.domain) != (group, domain):
            raise click.UsageError(f"{draft_source} is the ruleset of {doc.group}/{doc.domain}, "
                                   f"not {group}/{domain}")
        changed = RulesetLibrary(fallback=base)
        changed.add(loaded)
        return published, changed.compile(group, domain, registry)
    except BaseException:
        published.close()
        raise


def text_of(report) -> str:
    """The report for a person: counts, kinds with their counts, rules, sums."""
    lines = [f"{report.group}/{report.domain}: {report.evaluated} replayed ({report.source}), "
             f"{report.changed} changed, {report.unchanged} unchanged"
             + (f", {report.failed_both} failed in both" if report.failed_both else "")
             + f" in {report.seconds:.1f} s"]
    if report.kinds:
        lines.append("kinds of change:")
        lines += [f"  {k.count:>7}  {k.key}" for k in report.kinds]
    if report.rules:
        lines.append("rules applying more or less often:")
        lines += [f"  {r.difference:>+7}  {r.title} ({r.id}: {r.before} -> {r.after})"
                  for r in report.rules]
    if report.effects:
        lines.append("sums over the changed decisions (before -> after):")
        lines += [f"  {e.difference:>12} {e.unit or '':3} {e.path} ({e.before} -> {e.after})"
                  for e in report.effects]
    if report.entitlements:
        lines.append("entitlements granted more or less often:")
        lines += [f"  {e.difference:>+7}  {e.label or e.code} ({e.path})"
                  for e in report.entitlements]
    return "\n".join(lines)
