"""Decisions as JSONL output lines, for a bulk run: each line is made straight from the
decision, and what many rows share is serialised once.

A line: ``{"row":N,"ok":true,"result":{...},"fired":[ids],"ruleset":{...},"at":...,
"next_change_at":...}`` (and ``"not_fired"`` with --explain), the same bytes a run has always
written. A rule's title, condition and actions are the same on every row: they are in the
ruleset (``dealer-rules evaluate`` of one row prints them), so a line names the rules
applied by id.

Why a class: a bulk run makes hundreds of thousands of lines from a few shared objects. The
list of rules applied (``decision.fired`` holds the compiled rules' own FiredRule objects)
is looked up by the rules' identities, and its JSON made once per combination; the
ruleset's identity and the evaluation time (the same for the whole run) are kept from the
row before. The rules' hit counts are kept per combination too and added up per rule only
when asked (``take_hits``), not rule by rule on every row.
"""
from __future__ import annotations

from collections import Counter

import orjson

MAX_COMBINATIONS = 4096     # kept lists of rules applied; past that the cache starts again


class AnswerLines:
    """Makes lines (``line``) and counts the rules applied in them (``take_hits``). One per
    process and run: it keeps the run's FiredRule objects alive while it knows them."""

    def __init__(self):
        self._fired: dict = {}          # ids of the FiredRule objects -> (them, JSON)
        self._counts: Counter = Counter()    # ids of the FiredRule objects -> lines
        self._hits: Counter = Counter()      # counted before the cache started again
        self._ruleset = self._at = None
        self._ruleset_json = self._at_json = b""

    def line(self, number: int, decision) -> bytes:
        """The decision of row ``number`` as one JSONL line (UTF-8, ``\\n`` at the end). A
        result JSON cannot hold raises (pydantic's error) and counts nothing."""
        result = decision.result
        fired = decision.fired
        key = tuple(map(id, fired))
        known = self._fired.get(key)
        if known is None:
            if len(self._fired) >= MAX_COMBINATIONS:
                self._hits.update(self.take_hits())
                self._fired.clear()
            known = self._fired[key] = (
                tuple(fired), b",".join(orjson.dumps(rule.id) for rule in fired))
        ruleset = decision.ruleset
        if ruleset is not self._ruleset:
            self._ruleset_json = ruleset.__pydantic_serializer__.to_json(ruleset)
            self._ruleset = ruleset
        line = b'{"row":%d,"ok":true,"result":%s,"fired":[%s],"ruleset":%s,"at":%s,' \
            b'"next_change_at":%s%s}\n' % (
                number, result.__pydantic_serializer__.to_json(result), known[1],
                self._ruleset_json, self._at_of(decision.at),
                orjson.dumps(decision.next_change_at),
                b"" if decision.not_fired is None else b',"not_fired":' + orjson.dumps(
                    decision.model_dump(mode="json", include={"not_fired"})["not_fired"]))
        self._counts[key] += 1
        return line

    def _at_of(self, at) -> bytes:
        """The evaluation time's JSON: the same instant in the same zone as the row
        before (one comparison of the fields) gives the same text."""
        last = self._at
        if last is None or at.tzinfo is not last.tzinfo or at != last or \
                at.fold != last.fold:
            self._at_json = orjson.dumps(at)
            self._at = at
        return self._at_json

    def take_hits(self) -> dict:
        """How many lines since the last call each rule applied in, by rule id (a plain
        dict: it crosses from a worker process to the parent with every chunk)."""
        hits, self._hits = self._hits, Counter()
        for key, rows in self._counts.items():
            for rule in self._fired[key][0]:
                hits[rule.id] += rows
        self._counts.clear()
        return dict(hits)


def row_json(number: int, decision) -> bytes:
    """One decision as its JSONL line (for a single line; a run keeps an AnswerLines)."""
    return AnswerLines().line(number, decision)
