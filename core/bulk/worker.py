"""Evaluating one chunk of rows: raw rows in, finished output and counts out.

``start(job)`` prepares this process once (plugins, the compiled ruleset); ``evaluate_chunk``
then turns raw rows into facts, evaluates them and formats each answer for the output, so
the parent process only moves text and cells. The same functions run in the parent for
``--jobs 1`` and in each worker process otherwise. A row that fails (bad JSON, facts that
do not fit the domain, an action or a plugin that raises) becomes an error row naming the
row and saying why, in the chosen language; the chunk goes on.
"""
from __future__ import annotations

import gc
import json
from collections import Counter
from dataclasses import dataclass

import orjson

from ..messages import Message, UserError
from .columns import decision_cells, error_cells, facts_from_cells, parse_header

_state: dict = {}


@dataclass(frozen=True)
class Job:
    """Everything a process needs to evaluate rows of one run (picklable)."""
    source: object              # RulesetSource
    at: object                  # the evaluation time of the whole file (aware datetime)
    lang: str
    explain: bool               # also list the rules that did not apply, and why
    input_kind: str             # jsonl, csv, xlsx
    header: tuple | None        # the input's column names (csv, xlsx)
    output_kind: str
    result_fields: tuple        # the result's top-level fields (tabular output)


def start(job: Job, opened=None, pm=None) -> None:
    """Get this process ready to evaluate rows of ``job`` (``opened`` and ``pm``: a ruleset
    the caller already compiled and its plugin manager, instead of building them again).
    ``job`` None: this process was forked from one that started already.

    The long-lived objects (compiled ruleset, models, modules) are then frozen out of the
    garbage collector's reach, as ``dealer-rules serve`` does in its workers: otherwise its
    full collections scan them again and again while the rows go by."""
    if job is None:
        gc.freeze()
        return
    from ..evaluate import Evaluator
    from ..plugins import get_plugin_manager
    from ..registry import Registry
    if opened is None:
        pm = get_plugin_manager()
        opened = job.source.open(Registry.from_plugin_manager(pm))
        _state["close"] = opened.close
    _state.update(job=job, ruleset=opened.ruleset, evaluator=Evaluator(pm),
                  paths=parse_header(job.header) if job.header else None)
    gc.freeze()


def stop() -> None:
    gc.unfreeze()
    close = _state.pop("close", None)
    if close is not None:
        close()
    _state.clear()


def evaluate_chunk(first: int, rows: list):
    """Evaluate ``rows`` numbered from ``first``; returns (block, ok, errors, hits): the
    output of the chunk (JSONL as UTF-8 bytes, or rows of cells), the counts and the rules
    applied."""
    job: Job = _state["job"]
    ruleset, evaluate = _state["ruleset"], _state["evaluator"].evaluate
    header, paths, at, explain = job.header, _state["paths"], job.at, job.explain
    jsonl = job.output_kind == "jsonl"
    fields = list(job.result_fields)
    out, hits, errors = [], Counter(), 0
    for number, raw in enumerate(rows, first):
        try:
            if header is None:
                facts = _facts_of_line(raw)
            else:
                facts = facts_from_cells(header, paths, raw)
            decision = evaluate(ruleset, facts, at=at, explain=explain)
            # formatted here too: a result a plugin filled with what JSON cannot hold is
            # this row's error, not the run's
            out.append(row_json(number, decision) if jsonl else
                       decision_cells(number, decision.model_dump(mode="json"), fields))
        except Exception as exc:           # noqa: BLE001 - a bad row never stops the run
            errors += 1
            out.append(_error_row(number, exc, job.lang, jsonl, fields))
            continue
        for rule in decision.fired:
            hits[rule.id] += 1
    block = b"".join(out) if jsonl else out
    return block, len(rows) - errors, errors, hits


_SHARED: dict = {}        # id of a FiredRule or a RulesetIdentity -> (it, its JSON)


def row_json(number: int, decision) -> bytes:
    """One answer as a JSONL line: the row number, the result, the ids of the rules that
    applied, the ruleset version, the evaluation time, next_change_at (and not_fired with
    --explain). A rule's title, condition and actions are the same on every row: they are
    in the ruleset (``dealer-rules evaluate`` of one row prints them). The parts shared by
    every row (rule ids, the ruleset's identity) are serialised once per process."""
    result = decision.result
    line = b'{"row":%d,"ok":true,"result":%s,"fired":[%s],"ruleset":%s,"at":%s,' \
        b'"next_change_at":%s' % (
            number, result.__pydantic_serializer__.to_json(result),
            b",".join(_shared(rule, "id") for rule in decision.fired),
            _shared(decision.ruleset), orjson.dumps(decision.at),
            orjson.dumps(decision.next_change_at))
    if decision.not_fired is not None:
        line += b',"not_fired":' + orjson.dumps(
            decision.model_dump(mode="json", include={"not_fired"})["not_fired"])
    return line + b"}\n"


def _shared(model, field: str | None = None) -> bytes:
    key = id(model)
    found = _SHARED.get(key)
    if found is None or found[0] is not model:
        text = orjson.dumps(getattr(model, field)) if field else \
            model.__pydantic_serializer__.to_json(model)
        found = _SHARED[key] = (model, text)
    return found[1]


def _facts_of_line(line: str) -> dict:
    try:
        facts = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        raise UserError(Message("bulk_bad_json", detail=str(exc))) from None
    if not isinstance(facts, dict):
        raise UserError(Message("bulk_not_object", kind=type(facts).__name__))
    return facts


def _error_row(number: int, exc: Exception, lang: str, jsonl: bool, fields: list):
    if isinstance(exc, UserError):
        text = exc.render(lang)
    else:
        text = Message("bulk_failed", detail=f"{type(exc).__name__}: {exc}").render(lang)
    if not jsonl:
        return error_cells(number, text, fields)
    record = {"row": number, "ok": False, "error": text}
    problems = getattr(exc, "problems", None)
    if problems:
        record["problems"] = [{"path": p["path"], "message": p["message"].render(lang)}
                              for p in problems]
    return json.dumps(record, ensure_ascii=False).encode("utf-8") + b"\n"
