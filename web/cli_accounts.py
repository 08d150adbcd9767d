"""``dealer-rules users`` and ``dealer-rules groups``: give staff their logins and roles,
and add dealer groups, on the store the service uses (added through the
``dealer_rules.cli`` entry-point group). Every change is audited as done by ``cli``.

A new user's password, or a reset one, is generated and printed once (like the admin's at
first start): a one-time password, which the user must change at the first sign-in and
which does not open the API until then. For scripts, ``--password-stdin`` sets a password
read from standard input instead: a chosen one, not one-time, usable at once (also over
the API).
"""
from __future__ import annotations

import contextlib
import sys

import click

from dealer_rules.core.store import Actor, accounts, groups
from dealer_rules.core.store.errors import AlreadyExists, Invalid, NotFound
from dealer_rules.core.store.schema import ROLES

ACTOR = Actor("cli")
MIN_PASSWORD = accounts.MIN_PASSWORD
STDIN_HELP = ("Read the password from the first line of standard input (for scripts): a "
              "chosen password, not one-time, usable at once in the admin and the API.")


@contextlib.contextmanager
def open_store():
    from dealer_rules.core.store import Store

    from .cli import service_settings
    store = Store(service_settings()["DATABASE_URL"])
    try:
        store.upgrade()
        yield store
    except (AlreadyExists, Invalid, NotFound) as exc:
        raise click.ClickException(exc.render("en") if hasattr(exc, "render") else str(exc))
    finally:
        store.dispose()


@click.group()
def users():
    """Staff who sign in to the admin, and their roles per dealer group."""


@users.command("add")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), required=True,
              help="viewer reads, editor edits drafts, publisher publishes, admin also "
                   "manages keys.")
@click.option("--group", "group", help="The dealer group the role is for.")
@click.option("--all-groups", is_flag=True, help="The role in every dealer group.")
@click.option("--name", default="", help="Display name (e.g. 王美).")
@click.option("--password-stdin", "from_stdin", is_flag=True, help=STDIN_HELP)
def add_user(username, role, group, all_groups, name, from_stdin):
    """Create USERNAME with a role, and print a one-time password (the user must change
    it at the first sign-in), or set the one read with --password-stdin."""
    if bool(group) == all_groups:
        raise click.UsageError("give either --group GROUP or --all-groups")
    password = _chosen_password() if from_stdin else accounts.one_time_password()
    with open_store() as store, store.write() as session:
        if group:
            groups.get_group(session, group)
        accounts.create_user(session, ACTOR, username, password, name, one_time=not from_stdin)
        accounts.grant_role(session, ACTOR, username, role, None if all_groups else group)
    click.echo(f"created {username} ({role} in {'every group' if all_groups else group})")
    if not from_stdin:
        click.echo(click.style("one-time password: ", fg="yellow") + password)


@users.command("grant")
@click.argument("username")
@click.option("--role", type=click.Choice(ROLES), required=True)
@click.option("--group", "group", help="The dealer group the role is for.")
@click.option("--all-groups", is_flag=True, help="The role in every dealer group.")
def grant(username, role, group, all_groups):
    """Give USERNAME a role in a group (replacing the role it had there)."""
    if bool(group) == all_groups:
        raise click.UsageError("give either --group GROUP or --all-groups")
    with open_store() as store, store.write() as session:
        if group:
            groups.get_group(session, group)
        accounts.grant_role(session, ACTOR, username, role, None if all_groups else group)
    click.echo(f"{username} is {role} in {'every group' if all_groups else group}")


@users.command("revoke")
@click.argument("username")
@click.option("--group", "group", help="The dealer group to take the role away in.")
@click.option("--all-groups", is_flag=True, help="Take away the role in every group.")
def revoke(username, group, all_groups):
    """Take USERNAME's role in a group (or the role in every group) away."""
    if bool(group) == all_groups:
        raise click.UsageError("give either --group GROUP or --all-groups")
    with open_store() as store, store.write() as session:
        accounts.revoke_role(session, ACTOR, username, None if all_groups else group)
    click.echo(f"{username} has no role {'in every group' if all_groups else 'in ' + group} now")


@users.command("password")
@click.argument("username")
@click.option("--password-stdin", "from_stdin", is_flag=True, help=STDIN_HELP)
def reset_password(username, from_stdin):
    """Give USERNAME a new one-time password (printed once), or set the one read with
    --password-stdin. Either way every session of USERNAME ends."""
    password = _chosen_password() if from_stdin else accounts.one_time_password()
    with open_store() as store, store.write() as session:
        accounts.set_password(session, ACTOR, username, password, one_time=not from_stdin)
    if from_stdin:
        click.echo(f"the password of {username} is set")
    else:
        click.echo(click.style("one-time password: ", fg="yellow") + password)


def _chosen_password() -> str:
    """The first line of standard input (for scripts: ``echo "$PASS" | ...``)."""
    password = sys.stdin.readline().rstrip("\r\n")
    if len(password) < MIN_PASSWORD:
        raise click.UsageError(f"--password-stdin: the password on standard input needs at "
                               f"least {MIN_PASSWORD} characters")
    if "\x00" in password:
        raise click.UsageError("--password-stdin: the password holds a NUL character")
    return password


@users.command("list")
def list_users():
    """Every user with their roles."""
    with open_store() as store, store.read() as session:
        for user in accounts.list_users(session):
            roles = ", ".join(f"{role} in {group or 'every group'}"
                              for group, role in sorted(accounts.roles_of(user).items(),
                                                        key=lambda kv: kv[0] or ""))
            state = "" if user.active else " (disabled)"
            click.echo(f"{user.username}{state}  {user.display_name}  {roles or 'no role'}")


@click.group("groups")
def groups_command():
    """Dealer groups (each has its own rulesets, users' roles and API keys)."""


@groups_command.command("add")
@click.argument("group_id")
@click.option("--name", required=True, help="The group's name, e.g. 华东汽车集团.")
@click.option("--locale", type=click.Choice(["zh-CN", "en"]), default="zh-CN", show_default=True)
@click.option("--timezone", default="Asia/Shanghai", show_default=True)
@click.option("--parent", metavar="GROUP", default=None,
              help="An existing group whose rulesets this group's may extend (besides "
                   "default); fixed once the group is added. See docs/tenants.md.")
def add_group(group_id, name, locale, timezone, parent):
    """Add the dealer group GROUP_ID (a child of --parent GROUP if given)."""
    with open_store() as store, store.write() as session:
        groups.create_group(session, ACTOR, group_id, name, locale, timezone, parent)
    click.echo(f"created the dealer group {group_id}" + (f", a child of {parent}" if parent else ""))


@groups_command.command("parent")
@click.argument("group_id")
@click.argument("parent", required=False)
def set_parent(group_id, parent):
    """Declare GROUP_ID a child of PARENT (leave PARENT out: of nobody). Its rulesets may
    then extend PARENT's (and default's) and no other group's; for stores whose groups
    extended each other before parents existed. See docs/tenants.md."""
    with open_store() as store, store.write() as session:
        groups.set_parent(session, ACTOR, group_id, parent)
    click.echo(f"{group_id} is a child of {parent}" if parent else
               f"{group_id} has no parent group now (it may extend default only)")


@groups_command.command("list")
def list_groups():
    """Every dealer group."""
    with open_store() as store, store.read() as session:
        for group in groups.list_groups(session):
            parent = f"  parent: {group.parent_id}" if group.parent_id else ""
            click.echo(f"{group.id}  {group.name}  {group.locale}  {group.timezone}{parent}")
