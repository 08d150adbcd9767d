"""What the admin added to the store: rule hits per hour (written in batches by the
refresher) and the lock-out table, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt

import pytest

from dealer_rules.core.published import PublishedRulesets, Refresher
from dealer_rules.core.store import Store, hits, logins

from support.databases import make_database_url

UTC = dt.timezone.utc
H10 = dt.datetime(2026, 11, 27, 10, tzinfo=UTC)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    url, cleanup = make_database_url(request.param, tmp_path)
    store = Store(url)
    store.upgrade()
    yield store
    store.dispose()
    cleanup()


def test_the_migration_is_at_the_newest_revision(store):
    from alembic.script import ScriptDirectory
    head = ScriptDirectory.from_config(store.alembic_config()).get_current_head()
    assert store.current_revision() == head and head >= "0005"


def test_hits_add_up_per_rule_and_hour(store):
    with store.write() as session:
        hits.add_hits(session, {("north", "tiers", "gold", H10 + dt.timedelta(minutes=5)): 2,
                                ("north", "tiers", "silver", H10): 1})
    with store.write() as session:       # another worker's batch of the same hour
        hits.add_hits(session, {("north", "tiers", "gold", H10 + dt.timedelta(minutes=50)): 3,
                                ("north", "tiers", "gold", H10 + dt.timedelta(hours=1)): 4,
                                ("south", "tiers", "gold", H10): 9})
    with store.read() as session:
        rows = hits.hits_since(session, "north", H10 - dt.timedelta(minutes=30))
        assert rows == [("tiers", "gold", H10, 5), ("tiers", "silver", H10, 1),
                        ("tiers", "gold", H10 + dt.timedelta(hours=1), 4)]
        assert hits.hits_since(session, "north", H10 + dt.timedelta(minutes=61)) == \
            [("tiers", "gold", H10 + dt.timedelta(hours=1), 4)]
        assert hits.hits_since(session, "north", H10, domain="sla") == []


def test_the_refresher_batches_hits_and_keeps_them_if_the_store_fails(store, registry):
    refresher = Refresher(store, registry, PublishedRulesets())
    refresher.rules_fired("north", "visit", {"big_job": 2})
    refresher.rules_fired("north", "visit", {"big_job": 1, "gold": 1})
    refresher.rules_fired("north", "visit", {})
    broken = Refresher(Store("sqlite:////nonexistent/dir/x.sqlite"), registry, PublishedRulesets())
    broken._hits = dict(refresher._hits)
    with pytest.raises(Exception):
        broken.flush_hits()
    assert sum(broken._hits.values()) == 4          # kept for the next try
    refresher.flush_hits()
    assert refresher._hits == {}
    with store.read() as session:
        counts = {rule: n for _, rule, _, n in hits.hits_since(
            session, "north", dt.datetime.now(UTC) - dt.timedelta(hours=1))}
    assert counts == {"big_job": 3, "gold": 1}


def test_lock_out_rows(store):
    """Counted per user name and address on both databases, in separate transactions (as
    separate workers would)."""
    with store.write() as session:
        for _ in range(4):
            assert logins.record_failure(session, "mei", "10.1.1.1", 5,
                                         dt.timedelta(minutes=15), H10) is None
    with store.write() as session:
        until = logins.record_failure(session, "mei", "10.1.1.1", 5, dt.timedelta(minutes=15), H10)
    assert until == H10 + logins.FIRST_LOCK
    with store.read() as session:
        assert logins.locked_until(session, "mei", "10.1.1.1", H10 + dt.timedelta(seconds=1)) == until
        assert logins.locked_until(session, "mei", "10.1.1.2", H10) is None
        assert logins.locked_until(session, "other", "10.1.1.1", H10) is None
        assert logins.has_failures(session, "mei", "10.1.1.1")