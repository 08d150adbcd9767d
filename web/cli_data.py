"""Keeping and moving the store's data from the command line: ``db backup``, ``db restore``,
``db verify``, ``db copy`` (added to the ``db`` group in web/cli.py) and ``export`` /
``import`` (entry points of the ``dealer_rules.cli`` group). The work is done in
core/store (backup.py, verify.py, copy.py, export.py); these commands open the configured
store, print one line per group and domain, and turn every refusal into a plain error
line in the reader's language with exit status 1. docs/data.md shows them in use.
"""
from __future__ import annotations

import contextlib
import sys
from pathlib import Path

import click
from sqlalchemy.exc import SQLAlchemyError

from dealer_rules.core.messages import Message, UserError
from dealer_rules.core.store import Store, rulesets

from .cli_accounts import ACTOR


def _lang() -> str:
    obj = click.get_current_context().find_root().obj
    return getattr(obj, "lang", "en")


def _fail(error) -> None:
    text = error.render(_lang()) if hasattr(error, "render") else str(error)
    for line in text.splitlines() or [""]:
        click.echo(click.style("error: ", fg="red") + line, err=True)
    sys.exit(1)


@contextlib.contextmanager
def open_store(migrate: bool = False):
    """The configured store; refusals and unreachable databases become one error line."""
    from dealer_rules.core.store.export import ImportProblems

    from .cli import service_settings
    store = Store(service_settings()["DATABASE_URL"])
    try:
        if migrate:
            store.upgrade()
        yield store
    except (UserError, ImportProblems) as exc:
        _fail(exc)
    except SQLAlchemyError as exc:
        _fail(f"the store cannot be read or written: {exc.__class__.__name__}: "
              f"{str(exc).splitlines()[0]}")
    finally:
        store.dispose()


def _checkers():
    """The plugin registry and evaluator the service would use (DEALER_RULES_PLUGINS)."""
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.registry import Registry

    from .cli import service_settings
    from .services import plugin_names
    pm = get_plugin_manager(default_plugins=plugin_names(service_settings()["PLUGINS"]))
    return Registry.from_plugin_manager(pm), Evaluator(pm)


def _rows(counts: dict) -> str:
    return ", ".join(f"{count} {table}" for table, count in counts.items()
                     if count and table != "store_state") or "no rows"


def _published_lines(store: Store) -> None:
    with store.read() as session:
        for row in sorted(rulesets.all_published(session), key=lambda r: (r.group, r.domain)):
            click.echo(f"  {row.group}/{row.domain} v{row.number} ({row.content_hash[:12]})")


# -- db backup / restore / verify / copy ----------------------------------------------------------

@click.command()
@click.argument("file", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def backup(file):
    """Write a consistent backup of the store to FILE, while it serves.

    SQLite: a SQLite file made with SQLite's online backup API. PostgreSQL: a portable
    archive (zip of JSON Lines per table with a manifest of row counts and checksums) that
    `db restore` reads into PostgreSQL or SQLite. FILE is written completely or not at all.
    """
    from dealer_rules.core.store.backup import backup as take
    with open_store() as store:
        counts = take(store, file)
        kind = "SQLite file" if store.dialect == "sqlite" else "portable archive"
        click.echo(f"backed up the store to {file} ({kind}): {_rows(counts)}")
        _published_lines(store)


@click.command()
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace a store that already holds data.")
def restore(file, force):
    """Replace the store's contents with the backup FILE (from `db backup`).

    FILE is checked first (SQLite integrity, checksums, schema revision, every version's
    content hash); a store that holds anything is replaced only with --force; it is
    replaced in one transaction, so a failure leaves it as it was. Stop the service first.
    """
    from dealer_rules.core.store.backup import restore as put_back
    with open_store() as store:
        counts = put_back(store, file, force=force)
        click.echo(f"restored {file} into the store: {_rows(counts)}")
        _published_lines(store)


@click.command()
def verify():
    """Check the store: database integrity, schema at the newest migration, every version's
    content hash against its text, every published ruleset compiling. Exits 1 on any
    problem."""
    from dealer_rules.core.store.verify import verify_store
    registry, _ = _checkers()
    with open_store() as store:
        findings = verify_store(store, registry)
    for finding in findings:
        line = finding.render(_lang())
        click.echo(line if finding.ok else click.style(line, fg="red"))
    problems = sum(1 for f in findings if not f.ok)
    if problems:
        click.echo(click.style(Message("verify_problems", count=problems).render(_lang()),
                               fg="red"), err=True)
        sys.exit(1)
    click.echo(Message("verify_sound").render(_lang()))


@click.command("copy")
@click.option("--to", "target", required=True, metavar="URL",
              help="The store to copy into, e.g. postgresql://user@host/dealer_rules.")
@click.option("--force", is_flag=True, help="Replace a target that already holds data.")
def copy_command(target, force):
    """Copy the whole store (groups, versions, drafts, audit log, users, keys, hit counts)
    to the database at URL, then compare the two and verify the copy.

    The target is replaced in one transaction and refused if it holds data, unless
    --force. Stop writes to the source first (docs/data.md: moving to PostgreSQL).
    """
    from dealer_rules.core.store.copy import copy_store, printable_url
    from dealer_rules.core.store.verify import verify_store
    registry, _ = _checkers()
    with open_store() as store:
        report = copy_store(store, target, force=force)
        click.echo(f"copied the store to {printable_url(target)}: {_rows(report.rows)}; "
                   f"{report.versions} ruleset version(s) with the same numbers and hashes")
        copied = Store(target)
        try:
            findings = verify_store(copied, registry)
        finally:
            copied.dispose()
    for finding in findings:
        click.echo(finding.render(_lang()))
    if not all(f.ok for f in findings):
        sys.exit(1)


# -- export / import ---------------------------------------------------------------------------

@click.command("export")
@click.argument("directory", type=click.Path(file_okay=False, path_type=Path))
@click.option("--drafts", is_flag=True,
              help="Write a ruleset's draft instead of its published version where it has one.")
@click.option("--force", is_flag=True, help="Write into a folder that is not empty.")
def export_command(directory, drafts, force):
    """Write every group's published rulesets as YAML files under DIRECTORY.

    One folder per group (DIRECTORY/<group>/<domain>.yaml, the layout of the shipped
    rulesets/), byte for byte the stored text, plus manifest.json with each file's version
    and content hash. validate, test, evaluate --rulesets, db seed and import read them.
    """
    from dealer_rules.core.store.export import export_rulesets
    with open_store() as store:
        entries = export_rulesets(store, directory, drafts=drafts, force=force)
    for entry in entries:
        which = f"v{entry['version']}" if entry["state"] != "draft" else "draft"
        click.echo(f"{entry['group']}/{entry['domain']} {which} -> {directory / entry['file']} "
                   f"({entry['content_hash'][:12]})")
    click.echo(f"exported {len(entries)} ruleset(s) to {directory}")


@click.command("import")
@click.argument("directory", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--publish", is_flag=True,
              help="Publish each ruleset (gated on its test cases) instead of saving a draft.")
def import_command(directory, publish):
    """Read the ruleset files under DIRECTORY (e.g. from `export`) into the store.

    Each file becomes its ruleset's draft, or with --publish its next published version,
    after every file has been checked (nothing is written if one fails). Missing dealer
    groups are created. Audited as the user 'cli'.
    """
    from dealer_rules.core.store import Workflow
    from dealer_rules.core.store.export import import_rulesets
    registry, evaluator = _checkers()
    with open_store(migrate=True) as store:
        done = import_rulesets(Workflow(store, registry, evaluator), directory, ACTOR,
                               publish=publish)
    for item in done:
        if item.outcome == "published":
            what = f"published as v{item.version}"
        elif item.outcome == "saved":
            what = "saved as draft"
        else:
            what = "unchanged" + (f" (v{item.version})" if item.version else " (draft)")
        click.echo(f"{item.group}/{item.domain}: {what} ({item.content_hash[:12]})")
