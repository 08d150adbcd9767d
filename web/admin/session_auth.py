"""Signing in to the admin: a session cookie (HttpOnly, SameSite=Lax, Secure when
configured), CSRF on every form, the one lock-out of every password check
(web/password_checks.py: per user and address, 429 while locked), and the
``web.auth.Principal`` of the signed-in user, so roles and "another group's things do not
exist" (404) work exactly as in the API.

A session holds the user's id and ``session_version``: signing out, or changing the
password, bumps the version in the store, so every session signed in before (and every
copy of its cookie) ends. A user signed in with a one-time password sees only the page
that changes it until they have."""
from __future__ import annotations

import datetime as dt
import functools

from flask import Flask, abort, flash, g, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_wtf.csrf import CSRFError, CSRFProtect, generate_csrf
from sqlalchemy.exc import DataError
from werkzeug.exceptions import HTTPException

from dealer_rules.core.limits import LimitExceeded
from dealer_rules.core.store import Actor, accounts, audit, groups
from dealer_rules.core.store.errors import NotFound as StoreNotFound
from dealer_rules.core.messages import Message
from dealer_rules.core.store.errors import NotStorable
from dealer_rules.core.store.schema import ROLES, User

from .. import auth, password_checks
from ..services import services
from . import bp

csrf = CSRFProtect()


def init_app(app: Flask) -> None:
    csrf.init_app(app)
    app.jinja_env.globals["csrf_token"] = generate_csrf


@bp.before_request
def _protect_forms():
    """Every state-changing request of the admin carries the session's CSRF token (a form
    field, or the X-CSRFToken header for the editor's background calls). No value with a
    NUL character goes further (PostgreSQL cannot hold one; SQLite would: the same answer
    on both)."""
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        csrf.protect()
    if any("\x00" in value for values in (request.args, request.form)
           for _name, given in values.lists() for value in given):
        raise NotStorable(Message("not_storable", detail="a NUL character"))


@bp.errorhandler(CSRFError)
def _csrf_refused(exc):
    return render_template("admin/error.html", status=400,
                           message=_("This form has expired or did not come from this site. "
                                     "Go back, reload the page and try again.")), 400


@bp.errorhandler(HTTPException)
def _http_error(exc: HTTPException):
    messages = {
        403: _("You do not have the role this needs."),
        404: _("There is nothing here."),
        405: _("This page does not accept that request."),
    }
    message = exc.description if getattr(exc, "admin_message", False) else \
        messages.get(exc.code, _("The request could not be handled."))
    return render_template("admin/error.html", status=exc.code, message=message,
                           needed=getattr(exc, "needed", None),
                           grantors=getattr(exc, "grantors", None)), exc.code


@bp.errorhandler(NotStorable)
@bp.errorhandler(DataError)
def _not_storable(exc):
    return render_template("admin/error.html", status=400, message=_(
        "A value you entered cannot be stored (for example an invisible control character); "
        "nothing was changed.")), 400


@bp.errorhandler(LimitExceeded)
def _over_limit(exc: LimitExceeded):
    """A text or ruleset over a size or time limit (core/limits.py): which, and how to
    raise it, in the reader's language; nothing was changed."""
    from .i18n import lang
    return render_template("admin/error.html", status=exc.status,
                           message=exc.render(lang())), exc.status


@bp.errorhandler(Exception)
def _unexpected(exc: Exception):
    import logging
    logging.getLogger(__name__).exception("unexpected error in the admin")
    return render_template("admin/error.html", status=500,
                           message=_("Something went wrong on our side (request %(id)s). "
                                     "Please try again; if it happens again, tell your "
                                     "administrator.", id=g.get("request_id", "-"))), 500


def forbid(message: str, needed: str | None = None, grantors: list[str] | None = None):
    """Refuse with 403 and ``message``; ``needed`` (a role) and ``grantors`` (display names
    of who can grant it) give the 403 page the way forward."""
    exc = HTTPException(description=message)
    exc.code = 403
    exc.admin_message = True
    exc.needed, exc.grantors = needed, grantors
    raise exc


def grantors_of(session, group: str) -> list[str]:
    """The display names of who can grant a role in ``group``: its own administrators, or
    when it has none, the administrators of every group."""
    admins = [(everywhere, user.display_name or user.username) for user, role, everywhere
              in accounts.members(session, group) if role == "admin" and user.active]
    return [name for everywhere, name in admins if not everywhere] or \
        [name for _everywhere, name in admins]


# -- who is signed in --------------------------------------------------------------------------

def principal() -> auth.Principal | None:
    if "principal" in g:
        return g.principal
    found = None
    uid = session.get("uid")
    if uid is not None:
        with services().store.read() as db:
            user = db.get(User, uid)
            if user is not None and user.active and session.get("sv") == user.session_version:
                found = auth.Principal("user", f"user:{user.username}", roles=accounts.roles_of(user))
                g.user_display = user.display_name or user.username
                g.must_change_password = user.must_change_password
    g.principal = found
    return found


#: what a user with a one-time password may still reach: the page that changes it
_BEFORE_CHANGE = {"admin.first_password", "admin.change_password", "admin.logout",
                  "admin.login", "admin.static", "admin.switch_language"}


@bp.before_request
def _one_time_password_first():
    """A one-time password is changed before anything else (it cannot be skipped)."""
    if request.endpoint in _BEFORE_CHANGE or "uid" not in session:
        return None
    if principal() is not None and g.get("must_change_password"):
        return redirect(url_for("admin.first_password"))
    return None


def actor() -> Actor:
    p = principal()
    return Actor(p.name if p else "anonymous", g.get("request_id"))


def login_required(view):
    @functools.wraps(view)
    def wrapped(*args, **kwargs):
        if principal() is None:
            return redirect(url_for("admin.login", next=request.full_path.rstrip("?")))
        return view(*args, **kwargs)
    return wrapped


def group_page(role: str = "viewer"):
    """The view is about ``<group>``: signed in, the group visible to the user (else 404,
    exactly like a group that does not exist), and at least ``role`` there (else 403)."""
    def decorate(view):
        @functools.wraps(view)
        @login_required
        def wrapped(group, *args, **kwargs):
            p = principal()
            if not p.sees(group):
                abort(404)
            with services().store.read() as db:
                try:
                    row = groups.get_group(db, group)
                except StoreNotFound:
                    abort(404)
                from .i18n import group_title
                g.group, g.group_name = row.id, group_title(row.id, row.name)
                g.group_locale, g.group_timezone = row.locale, row.timezone
                g.role = accounts.role_in(p.roles, group)
                if not accounts.has_role(p.roles, group, role):
                    forbid(_("This needs the %(role)s role in %(group)s.",
                             role=role_label(role), group=g.group_name),
                           needed=role, grantors=grantors_of(db, group))
            return view(group, *args, **kwargs)
        return wrapped
    return decorate


def can(role: str) -> bool:
    """The signed-in user holds at least ``role`` in the current group."""
    current = g.get("role")
    return current is not None and ROLES.index(current) >= ROLES.index(role)


def role_label(role: str | None) -> str:
    return {"viewer": _("viewer"), "editor": _("editor"), "publisher": _("publisher"),
            "admin": _("administrator")}.get(role or "", role or "")


@bp.app_context_processor
def _globals():
    return {"can": can, "role_label": role_label, "current_principal": principal}


# -- signing in and out -----------------------------------------------------------------------

@bp.route("/login", methods=["GET", "POST"])
def login():
    target = request.values.get("next") or ""
    if not target.startswith("/admin") or target.startswith("//"):
        target = url_for("admin.dashboard")
    if request.method == "GET":
        if principal() is not None:
            return redirect(target)
        return render_template("admin/login.html", next=target)
    username = request.form.get("username", "").strip()[:100]
    password = request.form.get("password", "")
    try:
        account = password_checks.check(username, password, via="admin")
    except password_checks.Locked as exc:
        if not (exc.just_locked or exc.remembered):   # once per worker and lock: a flood
            with services().store.write() as db:          # of attempts writes nothing
                audit.record(db, Actor(f"user:{username}", g.get("request_id")),
                             "login_refused_locked", locked_until=exc.until.isoformat())
        return locked_page(exc, "admin/login.html", next=target, username=username)
    if account is None:
        return render_template("admin/login.html", next=target, username=username,
                               error=_("Wrong user name or password.")), 401
    with services().store.write() as db:
        audit.record(db, Actor(f"user:{username}", g.get("request_id")), "login")
    lang = request.form.get("lang") or session.get("lang")
    session.clear()
    session["uid"], session["sv"] = account.id, account.session_version
    if lang:
        session["lang"] = lang
    if account.must_change_password:
        return redirect(url_for("admin.first_password"))
    return redirect(target)


def locked_page(exc: password_checks.Locked, template: str, field: str = "error", **context):
    """``template`` saying (in its ``field``) that password checks are locked: 429 with
    Retry-After."""
    context[field] = _locked_message(exc.until)
    return render_template(template, **context), 429, {"Retry-After": str(exc.retry_after())}


def _locked_message(until: dt.datetime) -> str:
    from .i18n import when
    return _("Too many failed sign-ins for this user from this address. Try again after "
             "%(time)s.", time=when(until, "short"))


def services_config():
    from flask import current_app
    return current_app.config


@bp.post("/logout")
def logout():
    """Signs out here and everywhere else: every session of the user (and every copy of
    its cookie) ends."""
    p = principal()
    if p is not None:
        with services().store.write() as db:
            accounts.end_sessions(db, p.username)
            audit.record(db, actor(), "logout")
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang
    flash(_("You are signed out."), "ok")
    return redirect(url_for("admin.login"))
