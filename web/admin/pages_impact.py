"""The impact report on the publish page: the group's recorded evaluations (or a file of
customers the user uploads) replayed with the published version and with the draft.

The publish page shows at once; its impact panel (templates/admin/_impact.html,
static/impact.js) then asks this view for the report and shows a spinner until it comes,
so a replay of thousands of customers never holds the page up. The JSON is the API's
report (web/api/impact.py, core/impact.py) plus what the page needs to show it: the result
fields' names in the reader's language, each changed value's name where the plugin's
description names its code (``gold`` -> 金卡, as the facts form names its options,
core/value_names.py), and, for each example customer, the link that opens Try it with
their facts. A changed item of a list that has a ``label`` (an entitlement) is told by its
label under the list's name (权益: 优先维修 → —), not by its code, rule id and other leaves.
"""
from __future__ import annotations

import json
import os
import re
import tempfile

from flask import jsonify, request, url_for
from flask_babel import gettext as _
from pydantic import BaseModel

from dealer_rules.core import limits
from dealer_rules.core.domain_texts import translated
from dealer_rules.core.impact import replay
from dealer_rules.core.impact_input import read_customers
from dealer_rules.core.messages import UserError
from dealer_rules.core.problems import RulesetError
from dealer_rules.core.store import StoreError
from dealer_rules.core.store.impact_versions import versions_to_compare
from dealer_rules.core.store.samples import samples_of
from dealer_rules.core.value_names import value_name

from ..services import services
from . import bp
from .i18n import lang
from .rulesets_view import known_domain
from .session_auth import group_page

#: the most customers the page replays (the newest samples, or a file's first rows)
MAX_ROWS = 20_000
MAX_UPLOAD_BYTES = 20 * 1024 * 1024


@bp.route("/g/<group>/<domain>/impact", methods=["GET", "POST"])
@group_page("editor")
def impact_report(group: str, domain: str):
    """GET: the recorded sample against the draft; POST (a file ``customers``): the
    file's customers. JSON either way; an error is ``{"error": text}`` with 422 / 404."""
    known_domain(domain)
    found = services()
    rows, source = None, "sample"
    if request.method == "POST":
        upload = request.files.get("customers")
        if upload is None or not upload.filename:
            return _error(_("Choose a file of customers (.jsonl, .csv or .xlsx)."))
        suffix = os.path.splitext(upload.filename)[1].lower()
        with tempfile.TemporaryDirectory() as folder:
            path = os.path.join(folder, "customers" + suffix)
            upload.save(path)
            if os.path.getsize(path) > MAX_UPLOAD_BYTES:
                return _error(_("The file is too large: at most 20 MB."))
            try:
                rows = read_customers(path, None, MAX_ROWS)
            except UserError as exc:
                return _error(exc.render(lang()))
        source = "file"
    try:
        with limits.time_budget():
            versions = versions_to_compare(found.store, found.registry, group, domain)
    except StoreError as exc:
        return _error(exc.render(lang()), 404)
    except RulesetError:
        return _error(_("The draft has problems; fix them in the editor first."))
    try:
        if rows is None:
            if found.samples is not None:
                found.samples.flush_quietly()
            with found.store.read() as session:
                rows = [(f, at) for f, at, _v in samples_of(session, group, domain, MAX_ROWS)]
        report = replay(found.evaluator, versions.published, versions.draft, rows,
                        group=group, source=source)
    finally:
        versions.close()
    shown = report.model_dump(mode="json")
    for kind in shown["kinds"]:
        for example in kind["examples"]:
            example["try_url"] = url_for("admin.try_it", group=group, domain=domain,
                                         facts=json.dumps(example["facts"], ensure_ascii=False,
                                                          indent=2),
                                         at=(example["at"] or "")[:16])
    domain_info = found.registry.domains[domain]
    labels = field_labels(domain_info, lang())
    descriptions = _descriptions(domain_info)
    for kind in shown["kinds"]:
        kind["changes"] = shown_changes(kind["changes"], labels, descriptions, domain_info,
                                        lang())
    return jsonify({"report": shown, "recording": found.samples is not None,
                    "labels": labels})


def _error(text: str, status: int = 422):
    return jsonify({"error": text}), status


def field_labels(domain, language: str) -> dict:
    """Each result field's path (list positions as []) -> its name for the reader: the first
    phrase of its description in ``language``."""
    return {path: _first_phrase(text, language)
            for path, english in _descriptions(domain).items()
            if (text := translated(domain, english, language))}


def _descriptions(domain) -> dict:
    """Each result field's path (list positions as []) -> its description, in English."""
    found: dict = {}

    def walk(model, prefix, depth):
        if depth > 8:
            return
        for name, info in model.model_fields.items():
            path = f"{prefix}.{name}" if prefix else name
            if info.description:
                found[path] = info.description
            for inner in _models(info.annotation):
                walk(inner, path + ("[]" if _is_list(info.annotation) else ""), depth + 1)
    walk(domain.result, "", 0)
    return found


def shown_changes(changes: list, labels: dict, descriptions: dict, domain,
                  language: str) -> list:
    """A kind's changed fields as the page lists them: each with ``name`` (the field's name
    for the reader) and ``before_text`` / ``after_text`` (the value's name where the field's
    description names that code, else absent); a list item with a changed ``label`` is told
    by that label alone, under the list's name."""
    labelled = {c["path"][:-len("[].label")] for c in changes
                if c["path"].endswith("[].label")}
    out = []
    for change in changes:
        path = change["path"]
        inside, _sep, leaf = path.rpartition("[].")
        if _sep and inside in labelled:
            if leaf != "label":
                continue
            change = {**change, "name": labels.get(inside, inside)}
        else:
            change = {**change, "name": labels.get(path, path)}
        english = descriptions.get(path, "")
        text = translated(domain, english, language) if english and language != "en" else ""
        for side in ("before", "after"):
            name = value_name(change[side], text) if text else ""
            if name:
                change[side + "_text"] = name
        out.append(change)
    return out


_PHRASES = re.compile(r"[，。；：（）]|, |\. |; | \(|\)|: ")
_DERIVED = re.compile(r"^(Derived|系统自动计算|派生)[:：]\s*")
_CJK = re.compile(r"[\u4e00-\u9fff]")


def _first_phrase(text: str, language: str) -> str:
    """The first phrase of a description; in Chinese the first that is written in Chinese
    ("paid x rate x multiplier（实付金额 × 基础积分比例 × 倍数）" -> the part in brackets)."""
    phrases = [p.strip().rstrip("。.:：") for p in _PHRASES.split(_DERIVED.sub("", text))
               if p.strip()]
    if not phrases:
        return text
    if language != "en":
        for phrase in phrases:
            if _CJK.search(phrase):
                return phrase
    return phrases[0]


def _models(annotation) -> list:
    import typing
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    out = []
    for arg in typing.get_args(annotation):
        out += _models(arg)
    return out


def _is_list(annotation) -> bool:
    import typing
    if typing.get_origin(annotation) in (list, tuple):
        return True
    return any(_is_list(arg) for arg in typing.get_args(annotation))
