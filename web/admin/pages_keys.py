"""API keys of a dealer group: create (the key is shown once), list, revoke."""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.store import StoreError, accounts

from ..services import services
from . import bp
from .i18n import lang
from .session_auth import actor, group_page


def scope_label(scope: str) -> str:
    return {"evaluate": _("evaluate"), "read": _("read rulesets"),
            "dry_run": _("try drafts")}.get(scope, scope)


@bp.app_context_processor
def _labels():
    return {"scope_label": scope_label}


@bp.get("/g/<group>/keys")
@group_page("admin")
def keys(group: str):
    with services().store.read() as session:
        rows = accounts.list_api_keys(session, group)
    return render_template("admin/keys.html", keys=rows, scopes=accounts.SCOPES, new_key=None)


@bp.post("/g/<group>/keys")
@group_page("admin")
def create_key(group: str):
    label = request.form.get("label", "").strip()[:200]
    scopes = [s for s in request.form.getlist("scopes") if s in accounts.SCOPES]
    if not label or not scopes:
        flash(_("Give the key a name and at least one permission."), "error")
        return redirect(url_for("admin.keys", group=group))
    with services().store.write() as session:
        row, key = accounts.create_api_key(session, actor(), group, label, scopes)
    with services().store.read() as session:
        rows = accounts.list_api_keys(session, group)
    # shown once, in this response only: never stored, never put in a redirect or flash
    response = render_template("admin/keys.html", keys=rows, scopes=accounts.SCOPES,
                               new_key=key, new_label=row.label)
    return response, 201, {"Cache-Control": "no-store"}


@bp.post("/g/<group>/keys/<prefix>/revoke")
@group_page("admin")
def revoke_key(group: str, prefix: str):
    try:
        with services().store.write() as session:
            row = accounts.revoke_api_key(session, actor(), group, prefix)
        flash(_("The key %(label)s is revoked; every server refuses it within a second.",
                label=row.label), "ok")
    except StoreError as exc:
        flash(exc.render(lang()), "error")
    return redirect(url_for("admin.keys", group=group))
