"""``dealer-rules keys``: API keys of a dealer group from the command line, for operators'
scripts (the admin's API keys page does the same by hand). A new key is printed once and
never again: only its hash is stored (core/store/accounts.py). Every change is audited as
done by ``cli``; running workers see it within about a second.
"""
from __future__ import annotations

import click

from dealer_rules.core.store import accounts, groups

from .cli_accounts import ACTOR, open_store


@click.group("keys")
def keys_command():
    """API keys for a dealer group's systems (create, list, revoke)."""


@keys_command.command("create")
@click.option("--group", "group", required=True, help="The dealer group the key acts for.")
@click.option("--scope", "scopes", multiple=True, required=True,
              type=click.Choice(accounts.SCOPES),
              help="What the key may do: evaluate, read (published rulesets, history), "
                   "dry_run (try drafts). Repeat for several.")
@click.option("--label", default="", help="What the key is for (default: 'created by the CLI').")
def create_key(group, scopes, label):
    """Create an API key for GROUP and print it, this once."""
    with open_store() as store, store.write() as session:
        row, key = accounts.create_api_key(session, ACTOR, group,
                                           label or "created by the CLI", scopes)
    click.echo(key)
    click.echo(f"created the key above for {group} ({', '.join(row.scopes)}; prefix "
               f"{row.prefix}): it is shown this once, never again", err=True)


@keys_command.command("list")
@click.option("--group", "group", help="Only this dealer group's keys (default: every group).")
def list_keys(group):
    """Every API key (prefix, group, scopes, label, state); never the key itself."""
    with open_store() as store, store.read() as session:
        ids = [group] if group else [g.id for g in groups.list_groups(session)]
        for group_id in ids:
            if group:
                groups.get_group(session, group_id)
            for row in accounts.list_api_keys(session, group_id):
                state = f"revoked {row.revoked_at:%Y-%m-%d %H:%M}" if row.revoked_at else "active"
                click.echo(f"{accounts.KEY_PREFIX}{row.prefix}  {row.group_id}  "
                           f"{','.join(row.scopes)}  {state}  {row.label}")


@keys_command.command("revoke")
@click.argument("prefix")
@click.option("--group", "group", required=True, help="The dealer group the key belongs to.")
def revoke_key(prefix, group):
    """Revoke the key PREFIX (as `keys list` shows it, with or without drk_)."""
    if prefix.startswith(accounts.KEY_PREFIX):
        prefix = prefix[len(accounts.KEY_PREFIX):]
    with open_store() as store, store.write() as session:
        row = accounts.revoke_api_key(session, ACTOR, group, prefix)
    click.echo(f"revoked {accounts.KEY_PREFIX}{row.prefix} ({row.label}) of {group}")
