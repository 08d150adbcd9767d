"""The published rulesets a worker evaluates with, compiled once and swapped whole.

``PublishedRulesets`` holds one compiled ruleset per (dealer group, domain) and the API
key snapshot; ``Refresher`` keeps it in step with the store from a background thread:
every ``interval`` seconds it reads the store's change counter (one tiny query) and, when
it moved, reloads what is published, recompiles only the rulesets whose version (or a
base's version) changed, and swaps the whole map at once. Nothing on the request path
touches the database: an evaluation leases the compiled ruleset it starts with, so it sees
the old or the new one whole; a replaced ruleset is closed (engine freed) once its last
lease is returned. While the store is unreachable the last loaded rulesets keep serving,
and every Decision names the version it used.
"""
from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from dataclasses import dataclass, field

from .compile import CompiledRuleset, compile_ruleset
from .layering import resolve
from .problems import RulesetError
from .registry import Registry
from .store import accounts, groups, hits, rulesets

log = logging.getLogger(__name__)


class _Entry:
    """A compiled ruleset with the evaluations using it (closed when retired and unused)."""
    __slots__ = ("ruleset", "fingerprint", "users", "retired", "closed", "lock")

    def __init__(self, ruleset: CompiledRuleset, fingerprint: tuple):
        self.ruleset, self.fingerprint = ruleset, fingerprint
        self.users, self.retired, self.closed = 0, False, False
        self.lock = threading.Lock()

    def retire(self) -> None:
        with self.lock:
            self.retired = True
            if self.users == 0 and not self.closed:
                self.closed = True
                self.ruleset.close()


@dataclass
class Status:
    generation: int | None = None        # the store generation loaded (None: never)
    loaded_at: dt.datetime | None = None
    last_poll_ok: bool = False
    last_error: str | None = None
    failed: dict = field(default_factory=dict)   # (group, domain) -> error text


class PublishedRulesets:
    """What this worker serves: {(group, domain): compiled ruleset}, and the API keys."""

    def __init__(self):
        self._entries: dict[tuple[str, str], _Entry] = {}
        self.keys: dict = {}               # prefix -> core.store.accounts.KeyInfo
        self.status = Status()

    def use(self, group: str, domain: str) -> "_Lease":
        """The compiled ruleset of (group, domain), or None, held for the ``with`` block."""
        return _Lease(self._entries, (group, domain))

    def get(self, group: str, domain: str) -> CompiledRuleset | None:
        """The current ruleset without a lease (for reading its identity, not evaluating)."""
        entry = self._entries.get((group, domain))
        return entry.ruleset if entry else None

    def keys_of(self) -> list[tuple[str, str]]:
        return sorted(self._entries)

    def domains_of(self, group: str) -> list[str]:
        return sorted(d for g, d in self._entries if g == group)

    def swap(self, entries: dict) -> None:
        """Serve ``entries`` from now on (one reference assignment) and retire the rest."""
        old, self._entries = self._entries, entries
        for key, entry in old.items():
            if entries.get(key) is not entry:
                entry.retire()

    def close(self) -> None:
        self.swap({})


class _Lease:
    """``with published.use(group, domain) as ruleset``: the ruleset stays open (not closed
    by a swap) until the block ends. A class, not a generator context manager: it runs on
    every evaluation."""
    __slots__ = ("_entries", "_key", "_entry")

    def __init__(self, entries: dict, key: tuple):
        self._entries, self._key, self._entry = entries, key, None

    def __enter__(self):
        while True:
            entry = self._entries.get(self._key)
            if entry is None:
                return None
            with entry.lock:
                if entry.closed:        # swapped out and closed just now: read the map again
                    continue
                entry.users += 1
            self._entry = entry
            return entry.ruleset

    def __exit__(self, *exc):
        entry = self._entry
        if entry is None:
            return False
        with entry.lock:
            entry.users -= 1
            if entry.retired and entry.users == 0 and not entry.closed:
                entry.closed = True
                entry.ruleset.close()
        return False


class Refresher:
    """Keeps a PublishedRulesets in step with a store, from one daemon thread."""

    def __init__(self, store, registry: Registry, holder: PublishedRulesets, interval: float = 0.5,
                 flush_every: float = 30.0):
        self.store, self.registry, self.holder = store, registry, holder
        self.interval, self.flush_every = interval, flush_every
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._used: dict = {}              # api key id -> last used (flushed in batches)
        self._used_lock = threading.Lock()
        self._hits: dict = {}              # (group, domain, rule, hour) -> count (batched)
        self._hour, self._hour_ends = None, 0.0
        self._hits_lock = threading.Lock()

    # -- one pass ------------------------------------------------------------------------------
    def refresh(self, force: bool = False) -> bool:
        """Reload if the store changed; True if something was reloaded. Raises on a store
        error (the loop catches and records it)."""
        generation = self.store.generation()
        if generation == self.holder.status.generation and not force:
            return False
        with self.store.read() as session:
            rows = rulesets.all_published(session)
            keys = accounts.active_keys(session)
            family = groups.family(session)
        self.holder.swap(self._build(rows, family))
        self.holder.keys = keys
        status = self.holder.status
        status.generation, status.loaded_at = generation, dt.datetime.now(dt.timezone.utc)
        return True

    def _build(self, rows, family) -> dict:
        """Compile what is published; ``extends`` only along the groups' declared parents
        (``family``, core/tenancy.py): a ruleset extending a group it may not is not
        served, and says so in ``status.failed``."""
        docs, failed = {}, {}
        for row in rows:
            if row.domain not in self.registry.domains:
                continue    # a ruleset for a plugin this process does not load
            try:
                docs[(row.group, row.domain)] = (row, rulesets.load(
                    row.yaml, rulesets.label(row.group, row.domain, row.number), row.timezone))
            except RulesetError as exc:
                failed[(row.group, row.domain)] = str(exc)
        current = self.holder._entries
        entries = {}
        for key, (row, loaded) in docs.items():
            used = [(row.group, row.number, row.content_hash, tuple(family.ancestors(row.group)))]

            def lookup(group, domain, used=used):
                found = docs.get((group, domain))
                if found is None:
                    return None
                used.append((group, found[0].number, found[0].content_hash))
                return found[1]
            try:
                resolved = resolve(loaded, lookup, may_extend=family.may_extend)
                fingerprint = tuple(used)
                old = current.get(key)
                if old is not None and old.fingerprint == fingerprint:
                    entries[key] = old
                    continue
                entries[key] = _Entry(compile_ruleset(resolved, self.registry, version=row.number,
                                                      check_cases=False),
                                      fingerprint)
            except RulesetError as exc:
                failed[key] = str(exc)
                sealed = any(p.message.code == "may_not_extend" for p in exc.problems)
                if key in current and not sealed:   # keep serving what compiled before
                    entries[key] = current[key]
                log.error("published ruleset %s/%s v%s does not compile: %s", *key, row.number, exc)
        self.holder.status.failed = failed
        return entries

    # -- API key use -----------------------------------------------------------------------------
    def key_used(self, key_id: int) -> None:
        """Note that a key was used now (written to the store in the next batch)."""
        self._used[key_id] = time.time()   # a float here; a datetime once per flush

    def flush_key_use(self) -> None:
        if not self._used:
            return
        with self._used_lock:
            used, self._used = self._used, {}
            used = dict(used)   # key_used takes no lock: a late note to the old dict is dropped
        try:
            with self.store.write() as session:
                accounts.touch_keys(session, {
                    key_id: dt.datetime.fromtimestamp(when, dt.timezone.utc)
                    for key_id, when in used.items()})
        except Exception:
            with self._used_lock:      # try again next time
                for key_id, when in used.items():
                    self._used.setdefault(key_id, when)
            raise

    # -- rule hits ---------------------------------------------------------------------------
    def rules_fired(self, group: str, domain: str, counts) -> None:
        """Count the rules that applied in evaluations now (``{rule: times}``); written to
        the store per hour in the next batch (the admin's hit chart)."""
        if not counts:
            return
        hour = self._this_hour()
        with self._hits_lock:
            for rule, times in counts.items():
                key = (group, domain, rule, hour)
                self._hits[key] = self._hits.get(key, 0) + times

    def _this_hour(self) -> dt.datetime:
        """The start of the current UTC hour, made once an hour rather than per evaluation."""
        now = time.time()
        if now >= self._hour_ends:
            start = now - now % 3600
            self._hour = dt.datetime.fromtimestamp(start, dt.timezone.utc)
            self._hour_ends = start + 3600
        return self._hour

    def flush_hits(self) -> None:
        if not self._hits:
            return
        with self._hits_lock:
            counted, self._hits = self._hits, {}
        try:
            with self.store.write() as session:
                hits.add_hits(session, counted)
        except Exception:
            with self._hits_lock:      # try again next time
                for key, times in counted.items():
                    self._hits[key] = self._hits.get(key, 0) + times
            raise

    # -- the thread ------------------------------------------------------------------------------
    def poll_once(self) -> None:
        status = self.holder.status
        try:
            self.refresh()
            status.last_poll_ok, status.last_error = True, None
        except Exception as exc:   # the store is down or broken: keep serving what we have
            if status.last_poll_ok or status.last_error is None:
                log.warning("cannot refresh published rulesets: %s: %s", type(exc).__name__, exc)
            status.last_poll_ok, status.last_error = False, f"{type(exc).__name__}: {exc}"

    def start(self) -> None:
        if self._thread is not None:
            return
        self._thread = threading.Thread(target=self._run, name="dealer-rules-refresher",
                                        daemon=True)
        self._thread.start()

    def _run(self) -> None:
        last_flush = time.monotonic()
        while not self._stop.wait(self.interval):
            self.poll_once()
            if time.monotonic() - last_flush >= self.flush_every:
                last_flush = time.monotonic()
                try:
                    self.flush_key_use()
                except Exception as exc:
                    log.warning("cannot record API key use: %s", exc)
                try:
                    self.flush_hits()
                except Exception as exc:
                    log.warning("cannot record rule hits: %s", exc)

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        for flush in (self.flush_key_use, self.flush_hits):
            try:
                flush()
            except Exception:
                pass
