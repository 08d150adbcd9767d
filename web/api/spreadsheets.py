"""A ruleset's parameters as an Excel workbook, and an edited workbook imported as the draft.

``GET .../rulesets/{domain}/export.xlsx`` writes the draft's (else the published version's)
parameters to .xlsx (core/workbook.py), headers in ``?lang=`` or the Accept-Language.
``POST .../rulesets/{domain}/draft/import.xlsx?revision=N`` reads an edited workbook (the
raw .xlsx body, or a form upload in field ``file``), checks every cell and saves the
changed values as the draft like a parameters PATCH (editor role, 409 on a stale revision,
audited with each change); a wrong cell is 422 listing every one by sheet, row, column and
address in the reader's language, and nothing is saved.
"""
from __future__ import annotations

from typing import Literal

from flask import Blueprint, current_app, request
from pydantic import BaseModel, ConfigDict, Field

from dealer_rules.core.messages import Message
from dealer_rules.core.parameters import ParametersUnreadable
from dealer_rules.core.store.schema import MAX_NUMBER
from dealer_rules.core.workbook import WorkbookError, export_workbook, read_workbook

from .. import auth
from ..errors import ApiError, lang
from ..services import services
from .models import NO_NUL
from .parameters import ChangedValue, PatchedDraft, ruleset_text, save_changes, unreadable
from .routing import authenticate_first, endpoint, read_body
from .rulesets import RS, version_info

bp = Blueprint("spreadsheets", __name__, url_prefix="/api/v1")
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
_BINARY = {"type": "string", "format": "binary"}
#: the .xlsx type first; application/octet-stream too, which client generators understand
WORKBOOK_MEDIA = {XLSX: {"schema": _BINARY}, "application/octet-stream": {"schema": _BINARY}}
UPLOAD_MEDIA = {"application/octet-stream": {"schema": _BINARY}, "multipart/form-data": {"schema": {
    "type": "object", "properties": {"file": _BINARY}, "required": ["file"]}}}


class ExportQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    lang: Literal["en", "zh"] | None = Field(None, description="Headers' language (default: Accept-Language).")
    version: Literal["draft", "published"] | None = Field(
        None, description="Default: the draft if there is one, else the published version.")


class ImportQuery(BaseModel):
    model_config = ConfigDict(extra="forbid")
    revision: int = Field(ge=0, le=MAX_NUMBER, description="The revision you read.")
    comment: str = Field("", max_length=2000, pattern=NO_NUL)


def workbook_bytes(group: str, domain: str, language: str, which: str | None = None) -> tuple[bytes, str]:
    """(the .xlsx of what the caller may read, its file name)."""
    text, version, _ = ruleset_text(group, domain, which)
    try:
        data = export_workbook(text, services().registry, language)
    except ParametersUnreadable as exc:
        raise unreadable(exc) from None
    return data, f"{group}-{domain}-{version}.xlsx"


@endpoint(bp, RS + "/export.xlsx", "GET", summary="Export parameters to Excel", tag="parameters",
          auth="any", query=ExportQuery, response=None, errors=(401, 403, 404, 422),
          response_media=WORKBOOK_MEDIA)
def export_xlsx(group: str, domain: str, query: ExportQuery):
    """The ruleset's parameters as an .xlsx workbook: a sheet of constants and settings, one
    of rule parameters, one per decision table; a hidden column of addresses ties each row
    to the YAML. Of the draft if there is one, else of the published version."""
    data, name = workbook_bytes(group, domain, query.lang or lang(), query.version)
    response = current_app.response_class(data, mimetype=XLSX)
    response.headers["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


def import_changes(group: str, domain: str, data: bytes, revision: int, comment: str):
    """Check a workbook against the ruleset and save its changes (see the module)."""
    text, _, _ = ruleset_text(group, domain, None)
    auth.require_group(auth.current(), group, role="editor")
    try:
        changes = read_workbook(data, text, services().registry)
    except WorkbookError as exc:
        raise ApiError(422, exc.msg, [
            {"path": p.address, "message": Message("workbook_cell", sheet=p.sheet, row=p.row,
                                                    column=p.column, address=p.address, problem=p.message),
             "code": p.message.code, "sheet": p.sheet, "row": p.row, "column": p.column}
            for p in exc.problems] or None) from None
    except ParametersUnreadable as exc:
        raise unreadable(exc) from None
    return save_changes(group, domain, revision, changes, comment, "spreadsheet")


@endpoint(bp, RS + "/draft/import.xlsx", "POST", summary="Import parameters from Excel",
          tag="parameters", auth="user", query=ImportQuery, response=PatchedDraft,
          errors=(401, 403, 404, 409, 413, 415, 422), reads_body=True, body_media=UPLOAD_MEDIA)
def import_xlsx(group: str, domain: str, query: ImportQuery):
    """Send an exported workbook, edited (the .xlsx as the body, typed
    application/octet-stream or the .xlsx type, or a form upload in field ``file``). Every cell is checked; a wrong one is 422 with one ``errors`` item per cell
    (``sheet``, ``row``, ``column``, ``path`` = address) and nothing is saved. Otherwise
    the changed values are saved as the draft, audited like a parameters PATCH."""
    authenticate_first("user")
    upload = request.files.get("file") if request.mimetype == "multipart/form-data" else None
    if upload is not None:
        data = upload.read()
    elif request.mimetype in (XLSX, "application/octet-stream"):
        data = read_body()
    else:
        raise ApiError(415, Message("needs_xlsx"))
    saved, revision, text, changes, problems = import_changes(group, domain, data, query.revision,
                                                              query.comment)
    return PatchedDraft(draft=version_info(group, domain, saved) if saved is not None else None,
                        revision=revision, yaml=text,
                        changes=[ChangedValue(**c.to_json()) for c in changes], problems=problems)
