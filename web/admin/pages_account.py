"""My account: a signed-in user's own name, roles and password.

Why here: a new user's password is a one-time one (printed by ``dealer-rules serve`` or
``dealer-rules users``, or shown once on the People page), and the user is told to change
it at the first sign-in: until then this user sees only the page that changes it
(``first_password``). Changing it keeps this session signed in and signs out every other.
"""
from __future__ import annotations

from flask import flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from dealer_rules.core.store import accounts, audit, groups

from .. import password_checks
from ..services import services
from . import bp
from .session_auth import actor, locked_page, login_required, principal

MIN_PASSWORD = accounts.MIN_PASSWORD


@bp.get("/account")
@login_required
def account():
    return _page()


@bp.get("/account/first-password")
@login_required
def first_password():
    """Where a user signed in with a one-time password is sent, and kept, until they
    choose their own (session_auth._one_time_password_first)."""
    if not g.get("must_change_password"):
        return redirect(url_for("admin.account"))
    return _first_page()


@bp.post("/account/password")
@login_required
def change_password():
    current = request.form.get("current", "")
    new = request.form.get("new", "")
    first = bool(g.get("must_change_password"))
    problem = None
    if len(new) < MIN_PASSWORD:
        problem = _("The new password needs at least %(n)s characters.", n=MIN_PASSWORD)
    elif new != request.form.get("repeat", ""):
        problem = _("The two new passwords differ.")
    elif new == current:
        problem = _("The new password is the same as the current one.")
    if problem is None:
        try:
            problem = _change(principal().username, current, new)
        except password_checks.Locked as exc:
            with services().store.write() as db:
                audit.record(db, actor(), "password_change_refused", username=principal().username)
            return locked_page(exc, "admin/first_password.html" if first else "admin/account.html",
                               "problem", **(_first_context() if first else _context()))
    if problem is not None:
        return (_first_page(problem) if first else _page(problem)), 400
    flash(_("Your password is changed. Other sessions of yours are signed out."), "ok")
    return redirect(url_for("admin.dashboard" if first else "admin.account"))


def _change(username: str, current: str, new: str) -> str | None:
    """Change the password (None), or say why not. The current password is checked like a
    sign-in (web/password_checks.py: a wrong one counts towards the same lock, so a
    borrowed session cannot guess its way in; raises ``Locked``)."""
    if password_checks.check(username, current, via="admin") is None:
        with services().store.write() as db:
            audit.record(db, actor(), "password_change_refused", username=username)
        return _("The current password is not right.")
    with services().store.write() as db:
        user = accounts.set_password(db, actor(), username, new, action="password_changed")
        session["sv"] = user.session_version     # stay signed in here only
    return None


@bp.post("/account/name")
@login_required
def change_name():
    name = request.form.get("display_name", "").strip()[:100]
    if not name:
        return _page(name_problem=_("Give a name.")), 400
    with services().store.write() as db:
        accounts.set_display_name(db, actor(), principal().username, name)
    flash(_("Your name is changed."), "ok")
    return redirect(url_for("admin.account"))


def _page(problem: str | None = None, name_problem: str | None = None):
    return render_template("admin/account.html", problem=problem, name_problem=name_problem,
                           **_context())


def _context() -> dict:
    username = principal().username
    with services().store.read() as db:
        user = accounts.get_user(db, username)
        names = {row.id: row.name for row in groups.list_groups(db)}
        roles = sorted(accounts.roles_of(user).items(), key=lambda kv: (kv[0] is not None, kv[0] or ""))
        shown = [(names.get(group, group) if group else None, role) for group, role in roles]
        display_name = user.display_name
    return {"username": username, "display_name": display_name, "roles": shown,
            "min_password": MIN_PASSWORD}


def _first_page(problem: str | None = None):
    return render_template("admin/first_password.html", problem=problem, **_first_context())


def _first_context() -> dict:
    return {"min_password": MIN_PASSWORD}
