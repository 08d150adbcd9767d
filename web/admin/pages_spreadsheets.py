"""Excel for a ruleset's parameters in the admin: download the workbook (Chinese or
English headers) and upload an edited one into the draft.

Staff who prefer Excel change thresholds and discounts offline (core/workbook.py). An
upload is checked cell by cell before anything is saved; when a cell is wrong the page
lists every one by sheet, row and column in the reader's language and the draft is left
as it was. A good upload is saved like any draft save (revision check, audit entry that
lists each changed value), so the YAML editor and the tables show the same draft.
"""
from __future__ import annotations

from flask import flash, redirect, render_template, request, url_for
from flask_babel import gettext as _

from dealer_rules.core.parameter_changes import ParameterChangeError, patch
from dealer_rules.core.parameters import ParametersUnreadable
from dealer_rules.core.store import Conflict, StoreError
from dealer_rules.core.workbook import WorkbookError, export_workbook, read_workbook

from ..services import services
from . import bp
from .i18n import lang
from .rulesets_view import state
from .session_auth import actor, group_page

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


@bp.get("/g/<group>/<domain>/spreadsheet")
@group_page("viewer")
def spreadsheet(group: str, domain: str):
    return render_template("admin/spreadsheet.html", rs=state(group, domain), problems=None)


@bp.get("/g/<group>/<domain>/spreadsheet.xlsx")
@group_page("viewer")
def spreadsheet_download(group: str, domain: str):
    current = state(group, domain)
    language = request.args.get("lang") if request.args.get("lang") in ("en", "zh") else lang()
    try:
        data = export_workbook(current.text, services().registry, language)
    except ParametersUnreadable as exc:
        flash(exc.render(lang()), "error")
        return redirect(url_for("admin.spreadsheet", group=group, domain=domain))
    from flask import current_app
    response = current_app.response_class(data, mimetype=XLSX)
    which = "draft" if current.editing_draft else f"v{current.published.number}"
    response.headers["Content-Disposition"] = f'attachment; filename="{group}-{domain}-{which}.xlsx"'
    return response


@bp.post("/g/<group>/<domain>/spreadsheet")
@group_page("editor")
def spreadsheet_upload(group: str, domain: str):
    current = state(group, domain)
    upload = request.files.get("file")
    revision = request.form.get("revision", type=int)
    comment = request.form.get("comment", "").strip()[:500]
    language = lang()
    problems = None
    if upload is None or not upload.filename:
        flash(_("Choose the Excel file (.xlsx) to upload."), "error")
        return redirect(url_for("admin.spreadsheet", group=group, domain=domain))
    try:
        changes = read_workbook(upload.read(), current.text, services().registry)
        patched = patch(current.text, changes, services().registry)
    except WorkbookError as exc:
        problems = {"title": exc.render(language),
                    "cells": [{"sheet": p.sheet, "row": p.row, "column": p.column,
                               "address": p.address, "message": p.message.render(language)}
                              for p in exc.problems]}
    except (ParameterChangeError, ParametersUnreadable) as exc:
        problems = {"title": exc.render(language), "cells": []}
    if problems is not None:
        return render_template("admin/spreadsheet.html", rs=current, problems=problems), 422
    if not patched.changes:
        flash(_("The workbook changes nothing: the draft is as it was."), "ok")
        return redirect(url_for("admin.spreadsheet", group=group, domain=domain))
    try:
        services().workflow.save_draft(group, domain, patched.text, revision, actor(), comment,
                                       via="spreadsheet",
                                       changes=[c.to_json() for c in patched.changes])
    except Conflict:
        flash(_("Someone saved this ruleset since you opened this page; nothing was saved. "
                "Download the workbook again and redo your changes."), "error")
        return redirect(url_for("admin.spreadsheet", group=group, domain=domain))
    except StoreError as exc:
        flash(exc.render(language), "error")
        return redirect(url_for("admin.spreadsheet", group=group, domain=domain))
    flash(_("Draft saved from the workbook: %(n)s value(s) changed.", n=len(patched.changes)), "ok")
    return redirect(url_for("admin.ruleset_table", group=group, domain=domain))
