"""Who is calling: an API key (a dealer group's system) or a user (HTTP Basic).

An API key (``Authorization: Bearer drk_...`` or ``X-API-Key``) is checked against the
snapshot the refresher keeps in memory, so evaluations never wait on the database; it sees
only its own dealer group: anything of another group is answered 404, exactly as if it did
not exist. A user's name and password are checked against the store through the one lock-out of
every password check (web/password_checks.py); a user sees the groups where they hold a
role.
"""
from __future__ import annotations

import base64
import binascii
from dataclasses import dataclass, field

from flask import g, request
from sqlalchemy.exc import SQLAlchemyError

from dealer_rules.core.messages import Message
from dealer_rules.core.store import accounts

from . import password_checks
from .errors import ApiError
from .services import services

CHALLENGE = {"WWW-Authenticate": 'Basic realm="dealer-rules", Bearer'}


@dataclass
class Principal:
    kind: str                          # "key" or "user"
    name: str                          # the audit name: key:drk_ab12cd34 / user:alice
    group: str | None = None           # a key's group
    scopes: frozenset = frozenset()
    key_id: int | None = None
    roles: dict = field(default_factory=dict)   # a user's {group or None: role}

    @property
    def username(self) -> str:
        """A user's login name (a key's audit name without ``key:``)."""
        return self.name.partition(":")[2]

    def sees(self, group: str) -> bool:
        if self.kind == "key":
            return group == self.group
        return accounts.role_in(self.roles, group) is not None

    def visible_groups(self) -> set[str] | None:
        """The groups this principal may see (None: every group)."""
        if self.kind == "key":
            return {self.group}
        return None if None in self.roles else set(self.roles)


def current() -> Principal:
    """The authenticated caller (401 if none)."""
    principal = g.get("principal")
    if principal is None:
        principal = _authenticate()
        g.principal = principal
    return principal


#: (the key snapshot it was checked against, key) -> Principal: the hash and lookup once per
#: key and snapshot, not per request; a new snapshot (a key revoked or created) starts afresh
_checked: dict = {}


def _credentials(environ) -> tuple[str, str, str | None]:
    """(scheme, credentials, API key or None) from the request's headers."""
    scheme, _, credentials = environ.get("HTTP_AUTHORIZATION", "").partition(" ")
    key = environ.get("HTTP_X_API_KEY")
    if scheme.lower() == "bearer":
        key = credentials.strip()
    return scheme, credentials, key


def checked_key(environ, found) -> Principal | None:
    """The caller's API key if it was already checked against the key snapshot in use now
    (and is noted as used), else None: the full check is then needed. The evaluation fast
    path (web/fast_evaluate.py) takes only callers known here."""
    key = _credentials(environ)[2]
    cached = _checked.get(key) if key else None
    if cached is None or cached[0] is not found.published.keys:
        return None
    found.refresher.key_used(cached[1].key_id)
    return cached[1]


def _authenticate() -> Principal:
    environ = request.environ
    scheme, credentials, key = _credentials(environ)
    if key:
        found = services()
        principal = checked_key(environ, found)
        if principal is None:
            keys = found.published.keys
            info = accounts.check_key(keys, key) or _newer_key(found, key)
            if info is None:
                raise ApiError(401, Message("unauthenticated"), headers=CHALLENGE)
            principal = Principal("key", f"key:{KEY_NAME(info.prefix)}", info.group, info.scopes,
                                  info.id)
            if len(_checked) > 10_000:
                _checked.clear()
            _checked[key] = (keys, principal)
            found.refresher.key_used(principal.key_id)
        return principal
    if scheme.lower() == "basic":
        try:
            username, _, password = base64.b64decode(credentials, validate=True).decode().partition(":")
        except (binascii.Error, UnicodeDecodeError, ValueError):
            raise ApiError(401, Message("unauthenticated"), headers=CHALLENGE) from None
        if "\x00" in username or "\x00" in password:     # no user is named so (and PostgreSQL
            raise ApiError(401, Message("unauthenticated"), headers=CHALLENGE)   # refuses it)
        return _user(username, password)
    raise ApiError(401, Message("unauthenticated"), headers=CHALLENGE)


def _newer_key(found, key: str):
    """A well-formed key the worker's snapshot does not hold yet, looked up in the store: a
    key works the moment it is made (the snapshot catches up within a second). Store
    unreachable: 503, as for any request that needs it."""
    if accounts.split_key(key) is None:
        return None
    try:
        with found.store.read() as session:
            return accounts.find_key(session, key)
    except SQLAlchemyError:
        raise ApiError(503, Message("store_unavailable"), headers={"Retry-After": "5"}) from None


def KEY_NAME(prefix: str) -> str:  # noqa: N802 - reads like a constant format
    return f"{accounts.KEY_PREFIX}{prefix}"


def _user(username: str, password: str) -> Principal:
    """A user by HTTP Basic: the same lock-out as the admin's sign-in, checked before the
    password is hashed (web/password_checks.py); a one-time password opens nothing here."""
    try:
        account = password_checks.check(username, password, via="api")
    except password_checks.Locked as exc:
        seconds = exc.retry_after()
        raise ApiError(429, Message("sign_in_locked", seconds=seconds),
                       headers={"Retry-After": str(seconds)}) from None
    except SQLAlchemyError:
        raise ApiError(503, Message("store_unavailable"), headers={"Retry-After": "5"}) from None
    if account is None:
        raise ApiError(401, Message("unauthenticated"), headers=CHALLENGE)
    if account.must_change_password:
        raise ApiError(403, Message("one_time_password"))
    return Principal("user", f"user:{account.username}", roles=account.roles)


# -- what each endpoint requires --------------------------------------------------------------

def not_found(group: str) -> ApiError:
    return ApiError(404, Message("no_group", group=group))


def require_group(principal: Principal, group: str, role: str | None = None,
                  scope: str | None = None) -> None:
    """``principal`` may act in ``group``: a key with ``scope`` for its own group, or a user
    with at least ``role`` there. Another group's things are 404 (never 403)."""
    if not principal.sees(group):
        raise not_found(group)
    if principal.kind == "key":
        if scope is None:
            raise ApiError(403, Message("needs_user"))
        if scope not in principal.scopes:
            raise ApiError(403, Message("needs_scope", scope=scope))
        return
    if role is None:
        raise ApiError(403, Message("needs_key"))
    if not accounts.has_role(principal.roles, group, role):
        raise ApiError(403, Message("needs_role", role=role, group=group))


def require_key(principal: Principal, scope: str) -> None:
    if principal.kind != "key":
        raise ApiError(403, Message("needs_key"))
    if scope not in principal.scopes:
        raise ApiError(403, Message("needs_scope", scope=scope))


def require_superuser(principal: Principal) -> None:
    if principal.kind != "user" or principal.roles.get(None) != "admin":
        raise ApiError(403, Message("needs_superuser"))
