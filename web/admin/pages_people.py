"""The people of a dealer group: who may sign in to its admin, with which role.

A group's administrators add colleagues (a new user gets a one-time password, shown once,
like an API key; someone who already works for another of the groups just gets a role
here), change or remove their role here, and give a colleague a new one-time password.
The add form tells whether a user name is taken: group administrators are trusted with
that much. Roles in every group, and users' other groups, stay with whoever administers
those: a group administrator may reset the password only of a user all of whose roles are
in groups they administer, and nobody changes their own role here (My account changes
their own password).
"""
from __future__ import annotations

import re

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from sqlalchemy.exc import IntegrityError

from dealer_rules.core.store import StoreError, accounts
from dealer_rules.core.store.errors import NotFound as StoreNotFound
from dealer_rules.core.store.schema import ROLES

from ..services import services
from . import bp
from .i18n import lang
from .session_auth import actor, forbid, group_page, principal, role_label

USERNAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{1,99}$")


def may_reset(actor_roles: dict, target_roles: dict, is_self: bool) -> bool:
    """Whether the signed-in user may give this user a new one-time password."""
    if is_self:
        return False
    if actor_roles.get(None) == "admin":
        return True
    if not target_roles or None in target_roles:
        return False
    return all(accounts.has_role(actor_roles, group, "admin") for group in target_roles)


def _rows(group: str) -> list[dict]:
    me, mine = principal().username, principal().roles
    with services().store.read() as db:
        return [{"user": user, "role": role, "every_group": every,
                 "is_self": user.username == me,
                 "may_reset": may_reset(mine, accounts.roles_of(user), user.username == me)}
                for user, role, every in accounts.members(db, group)]


def _page(group: str, status: int = 200, **shown):
    response = render_template("admin/people.html", people=_rows(group), roles=ROLES, **shown)
    if shown.get("new_password"):   # shown once, in this response only
        return response, status, {"Cache-Control": "no-store"}
    return response, status


@bp.get("/g/<group>/people")
@group_page("admin")
def people(group: str):
    return _page(group)


@bp.post("/g/<group>/people")
@group_page("admin")
def add_person(group: str):
    username = request.form.get("username", "").strip()
    name = request.form.get("display_name", "").strip()[:100]
    role = request.form.get("role", "")
    form = {"username": username, "display_name": name, "role": role}
    if not USERNAME.match(username):
        return _page(group, 400, problem=_("A user name is 2 to 100 letters, digits, dots, "
                                           "dashes or underscores, e.g. wang.mei."), form=form)
    if role not in ROLES:
        return _page(group, 400, problem=_("Choose a role."), form=form)
    password = None
    try:
        with services().store.write() as db:
            try:
                existing = accounts.get_user(db, username)
            except StoreNotFound:
                existing = None
            if existing is not None:
                refused = _not_addable(accounts.roles_of(existing), group, username)
                if refused:
                    return _page(group, 400, form=form, problem=refused)
            else:
                password = accounts.one_time_password()
                accounts.create_user(db, actor(), username, password, name, group=group,
                                     one_time=True)
            accounts.grant_role(db, actor(), username, role, group)
    except IntegrityError:          # another administrator added the same person just now
        return _page(group, 409, form=form, problem=_(
            "Someone else added %(user)s just now; look at the table.", user=username))
    if password is None:
        flash(_("%(user)s, who already had a login, is now %(role)s here.", user=username,
                role=role_label(role)), "ok")
        return redirect(url_for("admin.people", group=group))
    return _page(group, 201, new_password=password, new_user=username)


def _not_addable(roles: dict, group: str, username: str) -> str | None:
    """Why an existing login cannot be given a role here, or None. A login without any
    role, or with one in every group, is for the command line: adding it here would let
    this group's administrators reset its password and so take it over."""
    if group in roles:
        return _("%(user)s already has a role here; change it in the table.", user=username)
    if not roles:
        return _("%(user)s has a login but no role in any group; the dealer-rules users "
                 "command can give them one.", user=username)
    if None in roles:
        return _("%(user)s has a role in every group already.", user=username)
    return None


def _member(group: str, username: str) -> dict:
    """The row of ``username`` (404 if they hold no role here)."""
    for row in _rows(group):
        if row["user"].username == username:
            return row
    abort(404)


def _changeable(row: dict) -> None:
    if row["is_self"]:
        forbid(_("Nobody changes their own role; ask another administrator."))
    if row["every_group"]:
        forbid(_("A role in every group is set with the dealer-rules users command."))


@bp.post("/g/<group>/people/<username>/role")
@group_page("admin")
def change_role(group: str, username: str):
    row = _member(group, username)
    _changeable(row)
    role = request.form.get("role", "")
    if role not in ROLES:
        abort(400)
    with services().store.write() as db:
        accounts.grant_role(db, actor(), username, role, group)
    flash(_("%(user)s is now %(role)s here.", user=username, role=role_label(role)), "ok")
    return redirect(url_for("admin.people", group=group))


@bp.post("/g/<group>/people/<username>/remove")
@group_page("admin")
def remove_person(group: str, username: str):
    _changeable(_member(group, username))
    try:
        with services().store.write() as db:
            accounts.revoke_role(db, actor(), username, group)
        flash(_("%(user)s no longer has a role here.", user=username), "ok")
    except StoreError as exc:
        flash(exc.render(lang()), "error")
    return redirect(url_for("admin.people", group=group))


@bp.post("/g/<group>/people/<username>/password")
@group_page("admin")
def reset_password(group: str, username: str):
    row = _member(group, username)
    if not row["may_reset"]:
        forbid(_("%(user)s also works in groups you do not administer; their "
                 "administrator can give a new password.", user=username))
    password = accounts.one_time_password()
    with services().store.write() as db:
        accounts.set_password(db, actor(), username, password, group=group, one_time=True)
    return _page(group, 201, new_password=password, new_user=username, reset=True)
