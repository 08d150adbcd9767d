"""The impact of a draft before it is published: ``POST .../rulesets/{domain}/impact``
replays the group's recorded evaluations (or the customers given) with the published
version and with the draft, and reports what changes (core/impact.py).

Only ``group``'s own sample is ever read (core/store/samples.py): one dealer group's
customers are never replayed for another. The admin's publish page fetches the same report
after the page is shown (web/admin/pages_impact.py).
"""
from __future__ import annotations

import base64
import binascii
import datetime as dt
import os
import tempfile
from typing import Any

from flask import Blueprint
from pydantic import BaseModel, ConfigDict, Field

from dealer_rules.core import limits
from dealer_rules.core.impact import ImpactReport, replay
from dealer_rules.core.impact_input import read_customers
from dealer_rules.core.messages import Message, UserError
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import StoreError
from dealer_rules.core.store.impact_versions import versions_to_compare
from dealer_rules.core.store.samples import samples_of

from .. import auth
from ..errors import ApiError
from ..services import services
from .routing import endpoint
from .rulesets import RS, WRITE_ERRORS, problem_items, store_error

bp = Blueprint("impact", __name__, url_prefix="/api/v1")
#: the most customers one request replays (a file's rows past it are not read)
MAX_ROWS = 100_000


class ImpactItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    facts: dict[str, Any]
    at: dt.datetime | None = Field(None, description="Decide as if at this time; default now.")


class ImpactFile(BaseModel):
    model_config = ConfigDict(extra="forbid")
    name: str = Field(max_length=200, description="The file's name; its extension says the "
                                                  "format: .jsonl, .csv or .xlsx.")
    text: str | None = Field(None, description="A JSONL or CSV file's content.")
    base64: str | None = Field(None, description="The file's bytes in base64 (an .xlsx).")


class ImpactRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    yaml: str | None = Field(None, max_length=1_000_000,
                             description="Compare this text instead of the saved draft.")
    items: list[ImpactItem] | None = Field(
        None, max_length=MAX_ROWS, description="Replay these customers instead of the "
                                               "recorded sample.")
    file: ImpactFile | None = Field(None, description="Replay the customers of this file "
                                                      "(one row each, columns as in bulk "
                                                      "evaluation) instead of the sample.")
    limit: int | None = Field(None, ge=1, le=MAX_ROWS,
                              description="Replay at most this many (the newest samples).")
    at: dt.datetime | None = Field(None, description="For a file's rows and items without "
                                                     "their own: decide as if at this time.")


@endpoint(bp, RS + "/impact", "POST", summary="Impact of the draft", tag="drafts", auth="any",
          body=ImpactRequest, response=ImpactReport, errors=WRITE_ERRORS)
def impact(group: str, domain: str, body: ImpactRequest):
    """Replay the group's recorded evaluations (body ``{}``), or the customers given
    (``items`` or a ``file``), with the published version and with the draft, and report how
    many decisions change and how, which rules apply more or less often, the money, points
    and entitlements summed, and example customers for each kind of change."""
    auth.require_group(auth.current(), group, role="editor", scope="dry_run")
    found = services()
    if domain not in found.registry.domains:
        raise ApiError(404, Message("no_domain", domain=domain))
    try:
        with limits.time_budget():
            versions = versions_to_compare(found.store, found.registry, group, domain,
                                           body.yaml)
    except StoreError as exc:
        raise store_error(exc) from None
    except RulesetError as exc:
        raise ApiError(422, exc.msg, problem_items(exc.problems)) from None
    try:
        source, items = customers(found, group, domain, body)
        return replay(found.evaluator, versions.published, versions.draft, items,
                      group=group, source=source)
    finally:
        versions.close()


def customers(found, group: str, domain: str, body: ImpactRequest):
    """(source, [(facts, at)]) to replay: the items, the file, or the recorded sample."""
    limit = body.limit or MAX_ROWS
    if body.items is not None:
        return "items", [(i.facts, i.at or body.at) for i in body.items[:limit]]
    if body.file is not None:
        return "file", file_rows(body.file, body.at, limit)
    if found.samples is not None:      # this worker's waiting samples count too
        found.samples.flush_quietly()
    with found.store.read() as session:
        rows = samples_of(session, group, domain, limit)
    return "sample", [(facts, at) for facts, at, _version in rows]


def file_rows(upload: ImpactFile, at, limit: int) -> list:
    """The rows of an uploaded file as (facts, at); an unreadable file or row is a 422
    naming it (the row and column)."""
    if upload.text is not None:
        data = upload.text.encode("utf-8")
    else:
        try:
            data = base64.b64decode(upload.base64 or "", validate=True)
        except (binascii.Error, ValueError):
            raise ApiError(422, Message("impact_bad_file", name=upload.name)) from None
    suffix = os.path.splitext(upload.name)[1].lower()
    with tempfile.TemporaryDirectory() as folder:
        path = os.path.join(folder, "upload" + suffix)
        with open(path, "wb") as fh:
            fh.write(data)
        try:
            return read_customers(path, at, limit)
        except UserError as exc:
            raise ApiError(422, exc.msg) from None
