"""My account: a signed-in user's own name, roles and password.

Why here: a new user's password is a one-time one (printed by ``dealer-rules serve`` or
``dealer-rules users``, or shown once on the People page), and the user is told to change
it after signing in. Changing it keeps this session signed in and signs out every other.
"""
from __future__ import annotations

import datetime as dt

from flask import flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _

from dealer_rules.core.store import accounts, audit, groups, logins

from ..services import services
from . import bp
from .session_auth import (_fingerprint, _locked_message, actor, login_required, principal,
                           services_config)

MIN_PASSWORD = 10


@bp.get("/account")
@login_required
def account():
    return _page()


@bp.post("/account/password")
@login_required
def change_password():
    current = request.form.get("current", "")
    new = request.form.get("new", "")
    problem = None
    if len(new) < MIN_PASSWORD:
        problem = _("The new password needs at least %(n)s characters.", n=MIN_PASSWORD)
    elif new != request.form.get("repeat", ""):
        problem = _("The two new passwords differ.")
    elif new == current:
        problem = _("The new password is the same as the current one.")
    if problem is None:
        problem = _change(principal().username, current, new)
    if problem is not None:
        return _page(problem), 400
    flash(_("Your password is changed. Other sessions of yours are signed out."), "ok")
    return redirect(url_for("admin.account"))


def _change(username: str, current: str, new: str) -> str | None:
    """Change the password (None), or say why not. Wrong current passwords count towards
    the same lock as failed sign-ins, so a borrowed session cannot guess its way in."""
    config = services_config()
    now = dt.datetime.now(dt.timezone.utc)
    with services().store.write() as db:
        locked = logins.locked_until(db, username, now)
        if locked is not None:
            audit.record(db, actor(), "password_change_refused", username=username)
            return _locked_message(locked)
        user = accounts.verify_password(db, username, current)
        if user is None:
            audit.record(db, actor(), "password_change_refused", username=username)
            locked = logins.record_failure(db, username, config["LOGIN_MAX_FAILURES"],
                                           dt.timedelta(seconds=config["LOGIN_LOCK_SECONDS"]), now)
            return _("The current password is not right.") if locked is None \
                else _locked_message(locked)
        logins.record_success(db, username)
        accounts.set_password(db, actor(), username, new, action="password_changed")
        session["pw"] = _fingerprint(user)     # stay signed in here only
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
    username = principal().username
    with services().store.read() as db:
        user = accounts.get_user(db, username)
        names = {row.id: row.name for row in groups.list_groups(db)}
        roles = sorted(accounts.roles_of(user).items(), key=lambda kv: (kv[0] is not None, kv[0] or ""))
        shown = [(names.get(group, group) if group else None, role) for group, role in roles]
        display_name = user.display_name
    return render_template("admin/account.html", username=username, display_name=display_name,
                           roles=shown, problem=problem, name_problem=name_problem,
                           min_password=MIN_PASSWORD)
