"""API keys of a dealer group (its admins manage them) and the group's audit log."""
from __future__ import annotations

from flask import Blueprint

from dealer_rules.core.store import StoreError, accounts, audit

from .. import auth
from ..services import services
from .models import AuditItem, AuditList, AuditQuery, CreatedKey, KeyInfo, KeyList, NewKey
from .routing import endpoint
from .rulesets import actor, store_error

bp = Blueprint("keys", __name__, url_prefix="/api/v1")


def key_info(row, cls=KeyInfo, **extra):
    return cls(prefix=row.prefix, label=row.label, group=row.group_id, scopes=row.scopes,
               created_by=row.created_by, created_at=row.created_at, revoked_at=row.revoked_at,
               last_used_at=row.last_used_at, **extra)


@endpoint(bp, "/groups/<group>/keys", "GET", summary="List API keys", tag="keys", auth="user",
          response=KeyList, errors=(401, 403, 404))
def list_keys(group: str):
    """The group's keys (prefixes and labels; a key itself is never shown again)."""
    auth.require_group(auth.current(), group, role="admin")
    with services().store.read() as session:
        return KeyList(keys=[key_info(r) for r in accounts.list_api_keys(session, group)])


@endpoint(bp, "/groups/<group>/keys", "POST", summary="Create an API key", tag="keys",
          auth="user", body=NewKey, response=CreatedKey, status=201,
          errors=(401, 403, 404, 413, 415, 422))
def create_key(group: str, body: NewKey):
    """A new key for the group's systems; the answer holds the key, shown this once."""
    auth.require_group(auth.current(), group, role="admin")
    try:
        with services().store.write() as session:
            row, key = accounts.create_api_key(session, actor(), group, body.label, body.scopes)
            return key_info(row, CreatedKey, key=key), 201
    except StoreError as exc:
        raise store_error(exc) from None


@endpoint(bp, "/groups/<group>/keys/<prefix>", "DELETE", summary="Revoke an API key",
          tag="keys", auth="user", response=KeyInfo, errors=(401, 403, 404))
def revoke_key(group: str, prefix: str):
    """Revoke a key; every worker refuses it within about a second."""
    auth.require_group(auth.current(), group, role="admin")
    try:
        with services().store.write() as session:
            return key_info(accounts.revoke_api_key(session, actor(), group, prefix))
    except StoreError as exc:
        raise store_error(exc) from None


@endpoint(bp, "/groups/<group>/audit", "GET", summary="Read the audit log", tag="audit",
          auth="user", query=AuditQuery, response=AuditList, errors=(401, 403, 404, 422))
def read_audit(group: str, query: AuditQuery):
    """The group's audit entries, newest first (``before_id`` pages back)."""
    auth.require_group(auth.current(), group, role="publisher")
    with services().store.read() as session:
        rows = audit.entries(session, group, query.domain, query.action, query.limit,
                             query.before_id)
        return AuditList(entries=[AuditItem(id=r.id, at=r.at, actor=r.actor, action=r.action,
                                            group=r.group_id, domain=r.domain, version=r.version,
                                            before_hash=r.before_hash, after_hash=r.after_hash,
                                            detail=r.detail, request_id=r.request_id)
                                  for r in rows])
