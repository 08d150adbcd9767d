"""Keeping a sample of the evaluations a worker answered, for the impact report.

Why: "how many real customers does this change affect, and what does it cost?" can only
be answered from real questions. Each worker offers every evaluation it answered to a
``Sampler`` (a few dictionary operations on the request path, no I/O); a ``rate`` of them
is kept in memory, at most ``max_per_domain`` per (group, domain), and a background thread
(``SampleRecorder``) masks their personal fields and writes them to the store in one batch
every few seconds (core/store/samples.py). If the store is down the batch waits for the
next try (still capped); an evaluation never waits for, or fails because of, recording.

Sampling is by credit, not by chance: each evaluation of a (group, domain) adds ``rate``
to its credit and one is kept whenever the credit reaches 1; the first evaluation of each
(group, domain) a worker answers is kept. So 1 in 10 at rate 0.1, evenly, and a test can
count on what is kept.

Personal fields (names, phones, number plates, VINs, ...) are masked by default: a field
whose pydantic metadata says ``json_schema_extra={"personal": True}`` is masked, one saying
``{"personal": False}`` is not, and a field without the marker is masked when its name
says it is personal (``PERSONAL_NAMES``). A masked text becomes ``"***"``, anything else
null: the rules should not depend on who the customer is.
"""
from __future__ import annotations

import collections
import logging
import re
import threading
import typing

from pydantic import BaseModel

log = logging.getLogger(__name__)

MASK = "***"
#: field names that are personal when the model does not say (a word of the name matches)
PERSONAL_NAMES = re.compile(
    r"(^|_)(name|names|phone|phones|mobile|telephone|tel|plate|plates|plate_number|"
    r"license_plate|licence_plate|vin|vins|id_card|id_number|email|address|wechat|"
    r"wechat_id)($|_)", re.IGNORECASE)


# -- which fields are personal -----------------------------------------------------------------

def personal_fields(model: type[BaseModel]) -> dict:
    """The personal fields of a facts model as a tree: ``{name: True}`` to mask the field,
    ``{name: {...}}`` to look inside it (a nested model or a list of them)."""
    return _personal(model, set())


def _personal(model, seen: set) -> dict:
    if model in seen:
        return {}
    seen = seen | {model}
    tree = {}
    for name, info in model.model_fields.items():
        extra = info.json_schema_extra if isinstance(info.json_schema_extra, dict) else {}
        marked = extra.get("personal")
        key = info.alias or name
        if marked is True or (marked is None and PERSONAL_NAMES.search(name)
                              and not _models_in(info.annotation)):
            tree[key] = True
            continue
        inner = {}
        for nested in _models_in(info.annotation):
            inner.update(_personal(nested, seen))
        if inner:
            tree[key] = inner
    return tree


def _models_in(annotation) -> list:
    """The pydantic models an annotation holds (``Model``, ``list[Model]``, ``Model | None``)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    found = []
    for arg in typing.get_args(annotation):
        found.extend(_models_in(arg))
    return found


def mask(facts, tree: dict):
    """A copy of ``facts`` (JSON-like) with the fields of ``tree`` masked; other values are
    shared, not copied (they are never changed)."""
    if not tree:
        return facts
    if isinstance(facts, list):
        return [mask(item, tree) for item in facts]
    if not isinstance(facts, dict):
        return facts
    out = dict(facts)
    for key, sub in tree.items():
        if key not in out or out[key] is None:
            continue
        if sub is True:
            out[key] = MASK if isinstance(out[key], str) else None
        else:
            out[key] = mask(out[key], sub)
    return out


# -- the sample in memory ----------------------------------------------------------------------

class Sampler:
    """What one worker keeps of its evaluations until the next write.

    :param rate: the share of evaluations kept, 0 to 1 (0: none).
    :param max_per_domain: at most this many waiting per (group, domain); more replace the
        oldest waiting.
    :param mask_personal: mask personal fields before anything is written.
    """

    def __init__(self, rate: float = 0.1, max_per_domain: int = 10000,
                 mask_personal: bool = True):
        self.rate = min(max(float(rate), 0.0), 1.0)
        self.max_per_domain = max(int(max_per_domain), 0)
        self.mask_personal = mask_personal
        self.enabled = self.rate > 0 and self.max_per_domain > 0
        self._credit: dict = {}
        self._waiting: dict = {}        # (group, domain) -> [(version, model, facts, at)]
        self._lock = threading.Lock()
        self._trees: dict = {}          # facts model -> personal_fields tree
        self.kept = self.dropped = 0

    def offer(self, group: str, domain: str, version, facts_model, facts: dict, at) -> None:
        """An evaluation answered: keep it if its turn has come. Never raises."""
        if not self.enabled:
            return
        key = (group, domain)
        credit = self._credit.get(key, 1.0)
        if credit < 1.0:
            self._credit[key] = credit + self.rate
            return
        self._credit[key] = credit - 1.0 + self.rate
        with self._lock:
            waiting = self._waiting.get(key)
            if waiting is None:
                waiting = self._waiting[key] = collections.deque(maxlen=self.max_per_domain)
            elif len(waiting) == self.max_per_domain:
                self.dropped += 1           # the deque drops the oldest waiting
            waiting.append((version, facts_model, facts, at))
            self.kept += 1

    def waiting(self) -> int:
        return sum(len(rows) for rows in self._waiting.values())

    def take(self) -> list[dict]:
        """Everything waiting, as rows for the store (masked), and forget it."""
        with self._lock:
            waiting, self._waiting = self._waiting, {}
        rows = []
        for (group, domain), items in waiting.items():
            for version, model, facts, at in items:
                rows.append({"group": group, "domain": domain, "version": version, "at": at,
                             "facts": self.masked(model, facts)})
        return rows

    def give_back(self, rows: list[dict]) -> None:
        """Rows a write failed on: kept for the next try, within the cap (already masked)."""
        with self._lock:
            for row in reversed(rows):
                key = (row["group"], row["domain"])
                waiting = self._waiting.get(key)
                if waiting is None:
                    waiting = self._waiting[key] = collections.deque(maxlen=self.max_per_domain)
                if len(waiting) < self.max_per_domain:   # newer ones waiting win
                    waiting.appendleft((row["version"], None, row["facts"], row["at"]))

    def masked(self, model, facts):
        if not self.mask_personal or model is None:
            return facts
        tree = self._trees.get(model)
        if tree is None:
            tree = self._trees[model] = personal_fields(model)
        return mask(facts, tree)


def _store_unreachable(exc: BaseException) -> bool:
    from .store.samples import unreachable
    return unreachable(exc)


class SampleRecorder:
    """Writes a Sampler's rows to the store every ``every`` seconds, from a daemon thread.

    :param store: core.store.Store; ``retention_days``: rows older are deleted (0: kept
        until the size cap pushes them out).
    """

    def __init__(self, sampler: Sampler, store, every: float = 5.0, retention_days: float = 30):
        self.sampler, self.store = sampler, store
        self.every, self.retention_days = every, retention_days
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._write_lock = threading.Lock()

    def flush(self) -> int:
        """Write what is waiting now; how many rows. Raises on a store error (the rows wait
        for the next try)."""
        with self._write_lock:
            rows = self.sampler.take()
            if not rows:
                return 0
            try:
                self._write(rows)
            except Exception as exc:
                if not _store_unreachable(exc):
                    return self._one_by_one(rows)
                self.sampler.give_back(rows)
                raise
            return len(rows)

    def _write(self, rows) -> None:
        from .store.samples import add_samples
        with self.store.write() as session:
            add_samples(session, rows, self.sampler.max_per_domain, self.retention_days)

    def _one_by_one(self, rows) -> int:
        """The store refused the batch itself (not a lost connection): write each row
        alone and drop the ones it refuses, so one odd request (a text PostgreSQL's JSON
        cannot hold) never blocks the sample for good."""
        written = 0
        for row in rows:
            try:
                self._write([row])
                written += 1
            except Exception as exc:
                if _store_unreachable(exc):
                    self.sampler.give_back([row])
                    raise
                self.sampler.dropped += 1
                log.warning("an evaluation sample was not recorded: %s: %s",
                            type(exc).__name__, str(exc)[:200])
        return written

    def flush_quietly(self) -> int:
        try:
            return self.flush()
        except Exception as exc:   # the store is down: keep them for the next try
            log.warning("cannot record evaluation samples: %s: %s", type(exc).__name__,
                        str(exc)[:200])
            return 0

    def start(self) -> None:
        if self._thread is not None or not self.sampler.enabled:
            return
        self._thread = threading.Thread(target=self._run, name="dealer-rules-samples",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.wait(self.every):
            if self.sampler.waiting():
                self.flush_quietly()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self.sampler.waiting():
            self.flush_quietly()


