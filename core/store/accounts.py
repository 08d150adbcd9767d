"""Users with roles per dealer group, and API keys for other systems.

Passwords are hashed with werkzeug (scrypt). An API key reads ``drk_<prefix>_<secret>``;
only the sha256 of the whole key is stored, with the prefix for lookup, so a key is shown
once, when created, and can never be recovered, only revoked. Keys carry scopes:
``evaluate`` (the evaluate endpoints), ``read`` (published rulesets and history of the key's
group) and ``dry_run`` (evaluate against the group's draft).
"""
from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import secrets
from dataclasses import dataclass

from sqlalchemy import select, update
from sqlalchemy.orm import Session
from werkzeug.security import check_password_hash, generate_password_hash

from ..messages import Message
from . import audit
from .database import Store
from .errors import AlreadyExists, Invalid, NotFound
from .groups import get_group
from .schema import ROLES, ApiKey, User, UserRole, utcnow

SCOPES = ("evaluate", "read", "dry_run")
#: werkzeug's hashing method; tests lower the cost, production keeps scrypt
PASSWORD_METHOD = "scrypt"
KEY_PREFIX = "drk_"
#: the shortest password a person chooses (the admin's password change, ``--password-stdin``)
MIN_PASSWORD = 10


# -- users ------------------------------------------------------------------------------------

def create_user(session: Session, actor: audit.Actor, username: str, password: str,
                display_name: str = "", group: str | None = None,
                one_time: bool = False) -> User:
    """``group``: the dealer group it was done for (its audit log shows it). ``one_time``:
    the password was made for the user (``one_time_password()``), who must change it at
    the first sign-in; a password the user chose (``--password-stdin``) is not."""
    if session.scalar(select(User).where(User.username == username)) is not None:
        raise AlreadyExists(Message("user_exists", username=username))
    user = User(username=username,
                password_hash=generate_password_hash(password, PASSWORD_METHOD),
                display_name=display_name or username, active=True,
                must_change_password=one_time, session_version=0)
    session.add(user)
    session.flush()
    audit.record(session, actor, "user_created", group=group, username=username)
    return user


def set_password(session: Session, actor: audit.Actor, username: str, password: str,
                 action: str = "password_set", group: str | None = None,
                 one_time: bool = False) -> User:
    """Set (or, with ``action="password_changed"``, the user changes) a password: every
    session signed in before ends (``end_sessions``). ``one_time``: as in ``create_user``.
    ``group``: the dealer group it was done for (its audit log shows it)."""
    user = get_user(session, username)
    user.password_hash = generate_password_hash(password, PASSWORD_METHOD)
    user.must_change_password = one_time
    user.session_version += 1
    session.flush()
    audit.record(session, actor, action, group=group, username=username)
    return user


def end_sessions(session: Session, username: str) -> int:
    """End every admin session of ``username`` (and every copy of their cookies): the
    session version each cookie carries no longer matches. Returns the new version."""
    user = get_user(session, username)
    user.session_version += 1
    session.flush()
    return user.session_version


def set_display_name(session: Session, actor: audit.Actor, username: str, name: str) -> None:
    user = get_user(session, username)
    before, user.display_name = user.display_name, name
    audit.record(session, actor, "name_changed", username=username, before_name=before, name=name)


def get_user(session: Session, username: str) -> User:
    user = session.scalar(select(User).where(User.username == username))
    if user is None:
        raise NotFound(Message("no_user", username=username))
    return user


def list_users(session: Session) -> list[User]:
    return list(session.scalars(select(User).order_by(User.username)))


def verify_password(session: Session, username: str, password: str) -> User | None:
    """The active user if the password is right, else None (same work either way). No
    lock-out here: the service checks passwords through web/password_checks.py."""
    user = session.scalar(select(User).where(User.username == username))
    usable = user is not None and user.active
    return user if password_matches(user.password_hash if usable else None, password) else None


def password_matches(password_hash: str | None, password: str) -> bool:
    """``password`` fits ``password_hash``; with no hash (no such user) the same work is
    done, so the time taken does not tell which user names exist."""
    if password_hash is None:
        check_password_hash(_DUMMY_HASH, password)
        return False
    return check_password_hash(password_hash, password)


_DUMMY_HASH = generate_password_hash("not a password")


def grant_role(session: Session, actor: audit.Actor, username: str, role: str,
               group: str | None) -> None:
    """Give ``username`` ``role`` in ``group`` (None: in every group), replacing the role
    it had there."""
    if role not in ROLES:
        raise Invalid(Message("unknown_role", role=role, roles=", ".join(ROLES)))
    user = get_user(session, username)
    if group is not None:
        get_group(session, group)
    for existing in user.roles:
        if existing.group_id == group:
            existing.role = role
            break
    else:
        session.add(UserRole(user_id=user.id, group_id=group, role=role))
    session.flush()
    audit.record(session, actor, "role_granted", group=group, username=username, role=role)


def revoke_role(session: Session, actor: audit.Actor, username: str, group: str | None) -> None:
    """Take ``username``'s role in ``group`` away (a role in every group stays); ``group``
    None: the role in every group (roles in single groups stay)."""
    user = get_user(session, username)
    held = [r for r in user.roles if r.group_id == group]
    if not held:
        raise NotFound(Message("no_role", username=username, group=group) if group is not None
                       else Message("no_role_everywhere", username=username))
    for existing in held:          # one, since migration 0003; every one before it
        session.delete(existing)
    session.flush()
    session.expire(user, ["roles"])
    audit.record(session, actor, "role_revoked", group=group, username=username,
                 role=held[0].role)


def members(session: Session, group: str) -> list[tuple[User, str, bool]]:
    """Who holds a role in ``group``: (user, role, True if the role is for every group),
    by user name; a user with both has the stronger role listed (on a tie, every group's)."""
    found: dict[int, tuple[User, str, bool]] = {}
    rows = session.execute(select(User, UserRole).join(UserRole, UserRole.user_id == User.id)
                           .where((UserRole.group_id == group) | (UserRole.group_id.is_(None))))
    for user, role in rows:
        entry = (user, role.role, role.group_id is None)
        held = found.get(user.id)
        # the stronger role; on a tie the one in every group (it is what stays if the
        # group's own is removed)
        if held is None or (ROLES.index(entry[1]), entry[2]) > (ROLES.index(held[1]), held[2]):
            found[user.id] = entry
    return sorted(found.values(), key=lambda e: e[0].username)


def one_time_password() -> str:
    """A new user's or a reset password, shown once; the user changes it after signing in."""
    return secrets.token_urlsafe(12)


def roles_of(user: User) -> dict[str | None, str]:
    """{group id or None (all groups): role}."""
    return {r.group_id: r.role for r in user.roles}


def role_in(roles: dict[str | None, str], group: str) -> str | None:
    """The strongest role that applies in ``group``."""
    found = [r for g, r in roles.items() if g is None or g == group]
    return max(found, key=ROLES.index) if found else None


def has_role(roles: dict[str | None, str], group: str, needed: str) -> bool:
    role = role_in(roles, group)
    return role is not None and ROLES.index(role) >= ROLES.index(needed)


# -- API keys ---------------------------------------------------------------------------------

@dataclass(frozen=True)
class KeyInfo:
    """What a worker keeps in memory to authenticate a key without the database."""
    id: int
    prefix: str
    key_hash: str
    group: str
    scopes: frozenset
    label: str


def hash_key(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


def split_key(key: str) -> str | None:
    """The lookup prefix of a well-formed key, else None."""
    if not key.startswith(KEY_PREFIX):
        return None
    prefix, _, secret = key[len(KEY_PREFIX):].partition("_")
    return prefix if len(prefix) == 8 and len(secret) >= 20 else None


def create_api_key(session: Session, actor: audit.Actor, group: str, label: str,
                   scopes=("evaluate",)) -> tuple[ApiKey, str]:
    """A new key; returns the row and the key itself (shown once, never stored)."""
    get_group(session, group)
    scopes = sorted(set(scopes))
    for scope in scopes:
        if scope not in SCOPES:
            raise Invalid(Message("unknown_scope", scope=scope, scopes=", ".join(SCOPES)))
    prefix = secrets.token_hex(4)
    key = f"{KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
    row = ApiKey(prefix=prefix, key_hash=hash_key(key), label=label, group_id=group,
                 scopes=scopes, created_by=actor.name)
    session.add(row)
    session.flush()
    audit.record(session, actor, "key_created", group=group, prefix=prefix, label=label,
                 scopes=scopes)
    Store.bump(session)
    return row, key


def revoke_api_key(session: Session, actor: audit.Actor, group: str, prefix: str) -> ApiKey:
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.group_id == group))
    if row is None:
        raise NotFound(Message("no_key", prefix=prefix))
    if row.revoked_at is None:
        row.revoked_at = utcnow()
        audit.record(session, actor, "key_revoked", group=group, prefix=prefix, label=row.label)
        Store.bump(session)
    return row


def list_api_keys(session: Session, group: str) -> list[ApiKey]:
    return list(session.scalars(select(ApiKey).where(ApiKey.group_id == group)
                                .order_by(ApiKey.id)))


def find_key(session: Session, key: str) -> KeyInfo | None:
    """``key``'s info if it is a live key in the store (one indexed read): for a key newer
    than a worker's snapshot, so that a key works the moment it is made."""
    prefix = split_key(key)
    if prefix is None:
        return None
    row = session.scalar(select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.revoked_at.is_(None)))
    if row is None or not hmac.compare_digest(row.key_hash, hash_key(key)):
        return None
    return KeyInfo(row.id, row.prefix, row.key_hash, row.group_id, frozenset(row.scopes), row.label)


def active_keys(session: Session) -> dict[str, KeyInfo]:
    """Every key not revoked, by prefix: the snapshot the workers authenticate against."""
    rows = session.scalars(select(ApiKey).where(ApiKey.revoked_at.is_(None)))
    return {r.prefix: KeyInfo(r.id, r.prefix, r.key_hash, r.group_id, frozenset(r.scopes), r.label)
            for r in rows}


def check_key(keys: dict[str, KeyInfo], key: str) -> KeyInfo | None:
    """The key's info if ``key`` is a live key in the snapshot ``keys``."""
    prefix = split_key(key)
    info = keys.get(prefix) if prefix else None
    if info is None or not hmac.compare_digest(info.key_hash, hash_key(key)):
        return None
    return info


def touch_keys(session: Session, used: dict[int, dt.datetime]) -> None:
    """Record when keys were last used (batched by the workers, not per request)."""
    for key_id, when in used.items():
        session.execute(update(ApiKey).where(ApiKey.id == key_id).values(last_used_at=when))
