"""The store and the publish workflow against a real database: SQLite and PostgreSQL."""
from __future__ import annotations

import threading
from decimal import Decimal

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DatabaseError

from dealer_rules.core.store import Actor, Conflict, NotFound, Refused
from dealer_rules.core.store import accounts, audit, base_changes, groups, rulesets
from dealer_rules.core.store.seed import ensure_admin, seed_rulesets
from support.service import RULESETS

ALICE = Actor("user:alice", "req-1")
DEFAULT = (RULESETS / "default" / "visit.yaml").read_text(encoding="utf-8")


def published_number(store, group, domain="visit"):
    with store.read() as session:
        pub = rulesets.published_of(session, rulesets.require_head(session, group, domain))
        return pub.number if pub else None


def revision(store, group, domain="visit"):
    with store.read() as session:
        return rulesets.require_head(session, group, domain).revision


def actions(store, group=None):
    with store.read() as session:
        return [e.action for e in reversed(audit.entries(session, group=group))]


def test_migration_creates_the_schema_and_seeding_is_idempotent(seeded):
    from alembic.script import ScriptDirectory
    head = ScriptDirectory.from_config(seeded.alembic_config()).get_current_head()
    assert seeded.current_revision() == head and head >= "0005"
    with seeded.read() as session:
        assert [g.id for g in groups.list_groups(session)] == ["default", "north"]
        assert [(o.domain, o.published, o.draft) for o in rulesets.overview(session, "north")] == \
            [("visit", 1, False)]
    generation = seeded.generation()
    assert seed_rulesets(seeded, RULESETS) == []
    assert seeded.generation() == generation
    assert actions(seeded, "north") == ["group_created", "seeded"]


def test_the_audit_log_refuses_updates_and_deletes(seeded):
    for statement in ("UPDATE audit_log SET actor = 'mallory'", "DELETE FROM audit_log"):
        with pytest.raises(DatabaseError, match="append-only"):
            with seeded.write() as session:
                session.execute(text(statement))
    assert "mallory" not in {e.actor for e in _all_entries(seeded)}


def _all_entries(store):
    with store.read() as session:
        return audit.entries(session, limit=1000)


def test_a_stale_draft_save_conflicts_and_loses_nothing(workflow, seeded):
    start = revision(seeded, "default")
    mine = DEFAULT.replace("percent: 10", "percent: 12")
    saved = workflow.save_draft("default", "visit", mine, start, ALICE, "silver 12%")
    assert revision(seeded, "default") == start + 1
    theirs = DEFAULT.replace("percent: 10", "percent: 15")
    with pytest.raises(Conflict) as caught:
        workflow.save_draft("default", "visit", theirs, start, Actor("user:bob"))
    assert (caught.value.given, caught.value.current) == (start, start + 1)
    assert "reload" in caught.value.render("en") and "重新加载" in caught.value.render("zh")
    with seeded.read() as session:
        draft = rulesets.draft_of(session, rulesets.head(session, "default", "visit"))
        assert draft.yaml == mine and draft.content_hash == saved.content_hash
    # bob reloads and saves on top: accepted
    workflow.save_draft("default", "visit", theirs, caught.value.current, Actor("user:bob"))
    assert revision(seeded, "default") == start + 2
    assert actions(seeded, "default")[-2:] == ["draft_saved", "draft_saved"]


def test_racing_saves_of_the_same_revision_let_exactly_one_through(workflow, seeded):
    start = revision(seeded, "default")
    outcomes, barrier = [], threading.Barrier(4)

    def save(n):
        barrier.wait()
        try:
            workflow.save_draft("default", "visit", DEFAULT + f"# {n}\n", start, Actor(f"user:{n}"))
            outcomes.append("saved")
        except Conflict:
            outcomes.append("conflict")

    threads = [threading.Thread(target=save, args=(n,)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(outcomes) == ["conflict"] * 3 + ["saved"]
    assert revision(seeded, "default") == start + 1


def test_validation_reports_problems_with_lines(workflow):
    broken = DEFAULT.replace("visit.labour >= 1000", "visit.labor >= 1000")
    check = workflow.check("default", "visit", broken, tests=False)
    assert not check.ok
    [problem] = check.problems
    assert problem.rule == "big_job" and problem.line == 21 and "labour" in problem.render("en")
    assert problem.source == "default/visit draft"
    wrong = workflow.check("north", "visit", DEFAULT)
    assert wrong.problems[0].message.code == "wrong_place"


def test_a_publish_is_refused_when_a_test_case_fails_and_nothing_changes(workflow, seeded):
    bad = DEFAULT.replace("percent: 20", "percent: 25")   # the gold case expects 960
    workflow.save_draft("default", "visit", bad, revision(seeded, "default"), ALICE)
    before = revision(seeded, "default")
    with pytest.raises(Refused) as caught:
        workflow.publish("default", "visit", ALICE, "gold 25%")
    [failure] = caught.value.failures
    assert failure.name == "gold customer, big job"
    assert "labour_payable: expected 960, got 900.00" in failure.failures[0].render("en")
    assert published_number(seeded, "default") == 1
    assert revision(seeded, "default") == before
    with seeded.read() as session:
        refusal = audit.entries(session, group="default", action="publish_refused")[0]
        assert refusal.actor == "user:alice" and refusal.detail["failures"]


def test_publish_archives_the_old_version_and_bumps_the_generation(workflow, seeded):
    generation = seeded.generation()
    new = DEFAULT.replace("大单赠送检测", "大单免费检测")
    saved = workflow.save_draft("default", "visit", new, revision(seeded, "default"), ALICE)
    version = workflow.publish("default", "visit", ALICE, "title", revision(seeded, "default"))
    assert version.number == 2 and version.content_hash == saved.content_hash
    assert seeded.generation() == generation + 1
    with seeded.read() as session:
        states = [(v.number, v.state) for v in rulesets.history(session, "default", "visit")]
        assert states == [(2, "published"), (1, "archived")]
        entry = audit.entries(session, group="default", action="published")[0]
        assert (entry.version, entry.after_hash, entry.request_id) == (2, saved.content_hash, "req-1")
        assert entry.before_hash == rulesets.text_hash(DEFAULT)


def test_a_base_publish_that_breaks_a_group_extending_it_is_told_to_that_group(workflow, seeded):
    """The base's own cases decide its publish; the child whose case now fails is told in
    its audit log (and the admin warns), and the base's answer names no child."""
    small_jobs_only = DEFAULT.replace('when: customer.tier in ["silver", "gold", "diamond"]',
                                      'when: customer.tier in ["silver", "gold", "diamond"] '
                                      'and visit.labour < 500')
    workflow.save_draft("default", "visit", small_jobs_only, revision(seeded, "default"), ALICE)
    assert workflow.check("default", "visit").ok
    workflow.publish("default", "visit", ALICE)
    with seeded.read() as session:
        [told] = audit.entries(session, group="north", action="base_changed")
        assert (told.detail["base"], told.detail["base_version"], told.detail["ok"]) == \
            ("default", 2, False)
        assert told.detail["failures"] == ["the north's lower threshold"]
        assert told.actor == "system" and told.version == 1
        assert "north" not in str([e.detail for e in audit.entries(session, group="default")])
        assert [e.domain for e in base_changes.broken_by_base(session, "north")] == ["visit"]
    # rolling the base back is not vetoed either, and clears the warning
    workflow.rollback("default", "visit", 1, ALICE)
    with seeded.read() as session:
        assert audit.entries(session, group="north", action="base_changed")[0].detail["ok"]
        assert base_changes.broken_by_base(session, "north") == []


def test_rollback_publishes_a_copy_of_an_earlier_version(workflow, seeded):
    workflow.save_draft("default", "visit", DEFAULT + "# v2\n", revision(seeded, "default"), ALICE)
    workflow.publish("default", "visit", ALICE)
    copy = workflow.rollback("default", "visit", 1, ALICE, "call centre complained")
    assert (copy.number, copy.based_on, copy.yaml) == (3, 1, DEFAULT)
    assert published_number(seeded, "default") == 3
    with pytest.raises(NotFound):
        workflow.rollback("default", "visit", 9, ALICE)
    assert actions(seeded, "default")[-1] == "rolled_back"


def test_diff_lists_added_removed_and_changed_rules(workflow, seeded):
    new = DEFAULT.replace("percent: 10", "percent: 12").replace("  - id: big_job", "  - id: huge_job")
    workflow.save_draft("default", "visit", new, revision(seeded, "default"), ALICE)
    diff = workflow.diff("default", "visit", 1, "draft")
    assert (diff.added, diff.removed, diff.changed) == (["huge_job"], ["big_job"], ["silver"])
    assert "-    then: [{discount_labour: {percent: 10}}]" in diff.unified
    assert diff.old == "default/visit v1" and diff.new == "default/visit draft"


def test_dry_run_resolves_extends_against_the_store(workflow, seeded):
    facts = {"customer": {"tier": "gold"}, "visit": {"labour": "900"}}
    north = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")
    workflow.save_draft("north", "visit", north.replace(">= 800", ">= 950"),
                        revision(seeded, "north"), ALICE)
    decision = workflow.dry_run("north", "visit", facts)
    assert [r.id for r in decision.fired] == ["gold"]
    assert decision.ruleset.version is None
    # the base's draft is used only when asked for
    workflow.save_draft("default", "visit", DEFAULT.replace("percent: 20", "percent: 30"),
                        revision(seeded, "default"), ALICE)
    assert workflow.dry_run("north", "visit", facts).result.labour_payable == Decimal("720.00")
    assert workflow.dry_run("north", "visit", facts, prefer_drafts=True).result.labour_payable \
        == Decimal("630.00")


def test_users_roles_and_api_keys(seeded):
    password = ensure_admin(seeded)
    assert password and ensure_admin(seeded) is None
    with seeded.write() as session:
        accounts.create_user(session, ALICE, "mei", "s3cret-pass")
        accounts.grant_role(session, ALICE, "mei", "editor", "north")
        row, key = accounts.create_api_key(session, ALICE, "north", "showroom tablets",
                                           ["evaluate", "read"])
    with seeded.read() as session:
        assert accounts.verify_password(session, "admin", password) is not None
        assert accounts.verify_password(session, "mei", "wrong") is None
        roles = accounts.roles_of(accounts.get_user(session, "mei"))
        assert accounts.has_role(roles, "north", "editor")
        assert not accounts.has_role(roles, "north", "publisher")
        assert not accounts.has_role(roles, "default", "viewer")
        keys = accounts.active_keys(session)
    assert key.startswith("drk_") and row.key_hash != key and key not in row.key_hash
    info = accounts.check_key(keys, key)
    assert info.group == "north" and info.scopes == {"evaluate", "read"}
    assert accounts.check_key(keys, key[:-1] + ("x" if key[-1] != "x" else "y")) is None
    with seeded.write() as session:
        accounts.revoke_api_key(session, ALICE, "north", row.prefix)
    with seeded.read() as session:
        assert accounts.check_key(accounts.active_keys(session), key) is None
    assert actions(seeded, "north")[-2:] == ["key_created", "key_revoked"]


def test_one_role_per_user_and_group_and_members_of_a_group(seeded):
    from sqlalchemy.exc import IntegrityError

    from dealer_rules.core.store.schema import User, UserRole
    with seeded.write() as session:
        for name in ("mei", "li", "wang"):
            accounts.create_user(session, ALICE, name, f"{name}-password")
        accounts.grant_role(session, ALICE, "mei", "editor", "north")
        accounts.grant_role(session, ALICE, "mei", "publisher", "north")      # replaces it
        accounts.grant_role(session, ALICE, "li", "viewer", "north")
        accounts.grant_role(session, ALICE, "li", "viewer", None)             # a tie
        accounts.grant_role(session, ALICE, "wang", "viewer", "default")
    with seeded.read() as session:
        assert [(u.username, role, every) for u, role, every in accounts.members(session, "north")] \
            == [("li", "viewer", True), ("mei", "publisher", False)]
    for group in ("north", None):   # the database refuses a second row, NULL group included
        with pytest.raises(IntegrityError):
            with seeded.write() as session:
                user = session.scalar(select(User).where(User.username == "li"))
                session.add(UserRole(user_id=user.id, group_id=group, role="admin"))
    with seeded.write() as session:
        accounts.revoke_role(session, ALICE, "li", "north")
    with seeded.read() as session:
        assert accounts.roles_of(accounts.get_user(session, "li")) == {None: "viewer"}
    with pytest.raises(NotFound):
        with seeded.write() as session:
            accounts.revoke_role(session, ALICE, "li", "north")


TABLE = """\
tables:
  - id: labour_by_spend
    title: 按工时金额打折
    hit_policy: first
    inputs:
      - {name: labour, fact: visit.labour, test: range, title: 工时费, unit: 元}
    outputs:
      - {name: percent, action: discount_labour, param: percent, title: 折扣}
    rows:
      - {labour: "[0, 500)", percent: 5}
      - {labour: "[800, ..)", percent: 8}
"""


def test_table_rows_are_rules_in_the_diff_and_gaps_are_warnings_of_the_check(workflow, seeded):
    with_table = DEFAULT.replace("tests:\n", TABLE + "tests:\n", 1)
    workflow.save_draft("default", "visit", with_table, revision(seeded, "default"), ALICE)
    diff = workflow.diff("default", "visit", 1, "draft")
    assert diff.added == ["labour_by_spend.row_1", "labour_by_spend.row_2"]
    check = workflow.check("default", "visit")
    assert check.ok and check.problems == []     # a gap is shown, it does not stop a save
    assert [w.render("zh").split(": ", 2)[-1] for w in check.warnings] == [
        "提醒：第1行与第2行之间，工时费 为 500–800 元 时没有任何一行符合"]
    workflow.publish("default", "visit", ALICE)
    changed = with_table.replace('{labour: "[800, ..)", percent: 8}', '{labour: "[500, ..)", percent: 8}')
    workflow.save_draft("default", "visit", changed, revision(seeded, "default"), ALICE)
    diff = workflow.diff("default", "visit", "published", "draft")
    assert (diff.added, diff.removed, diff.changed) == ([], [], ["labour_by_spend.row_2"])
    assert workflow.check("default", "visit").warnings == []
