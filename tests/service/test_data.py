"""Keeping and moving a store's data: db backup / restore / verify / copy, export / import,
on SQLite and PostgreSQL, through the real `dealer-rules` command."""
from __future__ import annotations

import datetime as dt
import json
import zipfile

import pytest
from click.testing import CliRunner
from sqlalchemy import text

from support.service import RULESETS
from dealer_rules.core.cli import main
from dealer_rules.core.store import (Actor, Store, Workflow, accounts, audit, hits, logins,
                                     rulesets)
from dealer_rules.core.store.portable import TABLES, DatabaseSource, to_json
from dealer_rules.core.store.seed import ensure_admin
from support.databases import make_database_url

NORTH = (RULESETS / "north" / "visit.yaml").read_text(encoding="utf-8")


def run(url, tmp_path, *args, lang="en"):
    env = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_PLUGINS": "support.sample_plugin",
           "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
           "DEALER_RULES_INSTANCE_PATH": str(tmp_path / "instance")}
    return CliRunner().invoke(main, ["--lang", lang, *args], env=env)


def contents(store: Store) -> dict:
    """Every row of every table as JSON values (the generation counter aside)."""
    with DatabaseSource.open(store) as source:
        return {t.name: [to_json(t, row) for row in source.rows(t)]
                for t in TABLES if t.name != "store_state"}


def fill(store: Store, registry, evaluator) -> None:
    """A store in use: a second version, a draft, users, a key, hits, a login lock."""
    workflow = Workflow(store, registry, evaluator)
    ensure_admin(store)
    with store.write() as session:
        accounts.create_user(session, Actor("test"), "mei", "mei-password", "王美")
        accounts.grant_role(session, Actor("test"), "mei", "publisher", "north")
        accounts.create_api_key(session, Actor("test"), "north", "tablets", ["evaluate"])
        hits.add_hits(session, {("north", "visit", "big_job",
                                 dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone.utc)): 7})
        logins.record_failure(session, "ghost", 5, dt.timedelta(minutes=15))
    revision = _revision(store)
    workflow.save_draft("north", "visit", NORTH.replace(">= 800", ">= 850"), revision,
                        Actor("user:mei"))
    workflow.publish("north", "visit", Actor("user:mei"), "threshold 850")
    workflow.save_draft("north", "visit", NORTH.replace(">= 800", ">= 820"),
                        _revision(store), Actor("user:mei"), "work in progress")


def _revision(store):
    with store.read() as session:
        return session.execute(text("SELECT revision FROM rulesets WHERE group_id = 'north'")
                               ).scalar_one()


@pytest.fixture
def used(seeded, registry, evaluator):
    fill(seeded, registry, evaluator)
    return seeded


@pytest.fixture
def other_url(database_url, tmp_path):
    """A second, empty database of the same kind."""
    kind = "sqlite" if database_url.startswith("sqlite") else "postgresql"
    (tmp_path / "other").mkdir()
    url, cleanup = make_database_url(kind, tmp_path / "other")
    yield url
    cleanup()


# -- backup, restore, verify -------------------------------------------------------------------

def test_backup_then_restore_into_an_empty_store_gives_every_row_back(used, database_url,
                                                                       other_url, tmp_path):
    file = tmp_path / "store.backup"
    taken = run(database_url, tmp_path, "db", "backup", str(file))
    assert taken.exit_code == 0, taken.output
    assert "north/visit v2" in taken.output
    kind = "SQLite file" if database_url.startswith("sqlite") else "portable archive"
    assert f"backed up the store to {file} ({kind})" in taken.output
    restored = run(other_url, tmp_path, "db", "restore", str(file))
    assert restored.exit_code == 0, restored.output
    target = Store(other_url)
    try:
        assert contents(target) == contents(used)
        # the copied ids do not collide with new rows (PostgreSQL's sequences moved on)
        with target.write() as session:
            accounts.create_user(session, Actor("test"), "li", "li-password")
            audit.record(session, Actor("test"), "checked")
    finally:
        target.dispose()
    verified = run(other_url, tmp_path, "db", "verify")
    assert verified.exit_code == 0, verified.output
    assert "ok      north/visit v2: compiles" in verified.output


def test_restore_refuses_a_store_with_data_unless_forced(used, database_url, tmp_path):
    file = tmp_path / "store.backup"
    assert run(database_url, tmp_path, "db", "backup", str(file)).exit_code == 0
    Workflow(used, None, None).discard_draft("north", "visit", Actor("user:mei"))
    before = contents(used)
    refused = run(database_url, tmp_path, "db", "restore", str(file))
    assert refused.exit_code == 1
    assert "the configured store is not empty (" in refused.output
    assert "Add --force" in refused.output and "Traceback" not in refused.output
    assert "当前配置的规则库不是空的" in run(database_url, tmp_path, "db", "restore", str(file),
                                     lang="zh").output
    assert contents(used) == before
    forced = run(database_url, tmp_path, "db", "restore", "--force", str(file))
    assert forced.exit_code == 0, forced.output
    after = contents(used)
    assert after != before
    assert [r["state"] for r in after["ruleset_versions"]].count("draft") == 1


def _damage_zip(file, tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(file) as good, zipfile.ZipFile(bad, "w") as out:
        for info in good.infolist():
            data = good.read(info.filename)
            if info.filename == "tables/users.jsonl":
                data = data.replace(b'"mei"', b'"meg"')
            out.writestr(info, data)
    return bad


def test_a_damaged_backup_is_refused_and_the_store_is_unchanged(used, database_url, tmp_path):
    file = tmp_path / "store.backup"
    assert run(database_url, tmp_path, "db", "backup", str(file)).exit_code == 0
    before = contents(used)
    if database_url.startswith("sqlite"):
        damaged = tmp_path / "cut.backup"
        damaged.write_bytes(file.read_bytes()[:8192])
        reason = "is damaged, nothing was restored"
    else:
        damaged = _damage_zip(file, tmp_path)
        reason = "tables/users.jsonl holds 2 rows and does not match its checksum"
    refused = run(database_url, tmp_path, "db", "restore", "--force", str(damaged))
    assert refused.exit_code == 1 and reason in refused.output, refused.output
    notes = tmp_path / "notes.txt"
    notes.write_text("not a backup")
    other = run(database_url, tmp_path, "db", "restore", "--force", str(notes))
    assert other.exit_code == 1
    assert "is not a dealer-rules backup: neither a SQLite file nor a zip archive" in other.output
    assert contents(used) == before


def test_a_backup_that_cannot_be_written_says_where_and_leaves_no_file(used, database_url,
                                                                         tmp_path):
    (tmp_path / "full").write_text("a file, not a folder")
    target = tmp_path / "full" / "store.backup"
    failed = run(database_url, tmp_path, "db", "backup", str(target))
    assert failed.exit_code == 1
    assert f"error: cannot write {target}" in failed.output and "Traceback" not in failed.output
    assert sorted(p.name for p in tmp_path.iterdir() if "backup" in p.name) == []


def test_verify_reports_a_version_whose_text_no_longer_matches_its_hash(used, database_url,
                                                                          tmp_path):
    assert run(database_url, tmp_path, "db", "verify").exit_code == 0
    with used.write() as session:
        session.execute(text("UPDATE ruleset_versions SET yaml = yaml || '# changed' "
                             "WHERE number = 1 AND state = 'archived'"))
    found = run(database_url, tmp_path, "db", "verify")
    assert found.exit_code == 1
    assert "PROBLEM north/visit v1: its text does not match its content hash" in found.output
    assert "1 problem(s) found" in found.output
    zh = run(database_url, tmp_path, "db", "verify", lang="zh")
    assert "PROBLEM north/visit v1: 内容与其内容哈希" in zh.output and "发现 1 个问题" in zh.output


def test_verify_reports_a_published_ruleset_that_does_not_compile(used, database_url, tmp_path):
    broken = NORTH.replace("visit.labour >= 800", "visit.nowhere >= 800")
    with used.write() as session:
        session.execute(text("UPDATE ruleset_versions SET yaml = :y, content_hash = :h "
                             "WHERE state = 'published' AND ruleset_id = (SELECT id FROM "
                             "rulesets WHERE group_id = 'north')"),
                        {"y": broken, "h": rulesets.text_hash(broken)})
    found = run(database_url, tmp_path, "db", "verify")
    assert found.exit_code == 1
    assert "PROBLEM north/visit v2:" in found.output and "nowhere" in found.output


# -- export and import -------------------------------------------------------------------------

def test_export_then_import_into_an_empty_store_gives_the_same_hashes_and_files(
        used, database_url, other_url, tmp_path):
    tree, again = tmp_path / "tree", tmp_path / "again"
    exported = run(database_url, tmp_path, "export", str(tree))
    assert exported.exit_code == 0, exported.output
    assert f"north/visit v2 -> {tree / 'north' / 'visit.yaml'}" in exported.output
    manifest = json.loads((tree / "manifest.json").read_text(encoding="utf-8"))
    with used.read() as session:
        published = dict(session.execute(text(
            "SELECT g.group_id || '/' || g.domain, v.content_hash FROM ruleset_versions v "
            "JOIN rulesets g ON g.id = v.ruleset_id WHERE v.state = 'published'")).all())
    assert {f"{e['group']}/{e['domain']}": e["content_hash"]
            for e in manifest["rulesets"]} == published

    assert run(other_url, tmp_path, "db", "upgrade").exit_code == 0
    imported = run(other_url, tmp_path, "import", str(tree), "--publish")
    assert imported.exit_code == 0, imported.output
    assert imported.output.splitlines()[0].startswith("default/visit: published as v1")
    target = Store(other_url)
    try:
        with target.read() as session:
            copied = dict(session.execute(text(
                "SELECT g.group_id || '/' || g.domain, v.content_hash FROM ruleset_versions v "
                "JOIN rulesets g ON g.id = v.ruleset_id WHERE v.state = 'published'")).all())
            actors = set(session.execute(text(
                "SELECT actor FROM audit_log WHERE action = 'published'")).scalars())
    finally:
        target.dispose()
    assert copied == published and actors == {"cli"}
    assert run(other_url, tmp_path, "export", str(again)).exit_code == 0
    for file in ("default/visit.yaml", "north/visit.yaml"):
        assert (tree / file).read_bytes() == (again / file).read_bytes()
    unchanged = run(other_url, tmp_path, "import", str(tree), "--publish")
    assert "north/visit: unchanged (v1)" in unchanged.output
    as_drafts = run(other_url, tmp_path, "import", str(tree))
    assert "north/visit: unchanged (v1)" in as_drafts.output


def test_export_with_drafts_writes_the_draft_and_import_saves_drafts(used, database_url,
                                                                     other_url, tmp_path):
    tree = tmp_path / "tree"
    assert run(database_url, tmp_path, "export", "--drafts", str(tree)).exit_code == 0
    assert ">= 820" in (tree / "north" / "visit.yaml").read_text(encoding="utf-8")
    refused = run(database_url, tmp_path, "export", str(tree))
    assert refused.exit_code == 1 and "is not empty" in refused.output
    run(other_url, tmp_path, "db", "upgrade")
    saved = run(other_url, tmp_path, "import", str(tree))
    assert saved.exit_code == 0, saved.output
    assert "north/visit: saved as draft" in saved.output


def test_import_checks_every_file_before_writing_anything(used, database_url, other_url,
                                                          tmp_path):
    tree = tmp_path / "tree"
    assert run(database_url, tmp_path, "export", str(tree)).exit_code == 0
    north = tree / "north" / "visit.yaml"
    north.write_text(north.read_text(encoding="utf-8").replace(">= 850", ">= 950"),
                     encoding="utf-8")
    run(other_url, tmp_path, "db", "upgrade")
    refused = run(other_url, tmp_path, "import", str(tree), "--publish")
    assert refused.exit_code == 1
    assert "test case 'the north's lower threshold' of north/visit fails" in refused.output
    assert "测试用例" in run(other_url, tmp_path, "import", str(tree), "--publish",
                           lang="zh").output
    (tree / "south").mkdir()
    (tree / "south" / "visit.yaml").write_text("domain: visit\ngroup: south\ntitle: x\n"
                                               "rules: [{id: Bad}]\n", encoding="utf-8")
    broken = run(other_url, tmp_path, "import", str(tree))
    assert broken.exit_code == 1 and "south/visit.yaml" in broken.output
    target = Store(other_url)
    try:
        assert not any(rows for rows in contents(target).values())
    finally:
        target.dispose()


# -- copy ---------------------------------------------------------------------------------------

def test_copy_from_sqlite_to_postgresql_keeps_everything(registry, evaluator, tmp_path):
    source_url, _ = make_database_url("sqlite", tmp_path)
    target_url, cleanup = make_database_url("postgresql", tmp_path)
    source = Store(source_url)
    try:
        source.upgrade()
        from dealer_rules.core.store.seed import seed_rulesets
        seed_rulesets(source, RULESETS)
        fill(source, registry, evaluator)
        copied = run(source_url, tmp_path, "db", "copy", "--to", target_url)
        assert copied.exit_code == 0, copied.output
        assert "4 ruleset version(s) with the same numbers and hashes" in copied.output
        assert "ok      north/visit v2: compiles" in copied.output
        target = Store(target_url)
        try:
            assert contents(target) == contents(source)
            workflow = Workflow(target, registry, evaluator)
            workflow.publish("north", "visit", Actor("user:mei"))      # new rows after the copy
            assert contents(target)["ruleset_versions"][-1]["number"] == 3
        finally:
            target.dispose()
        again = run(source_url, tmp_path, "db", "copy", "--to", target_url)
        assert again.exit_code == 1 and "is not empty" in again.output
        assert run(source_url, tmp_path, "db", "copy", "--to", target_url,
                   "--force").exit_code == 0
        itself = run(source_url, tmp_path, "db", "copy", "--to", source_url)
        assert itself.exit_code == 1 and "the configured store itself" in itself.output
    finally:
        source.dispose()
        cleanup()


def test_a_sqlite_backup_of_an_older_schema_is_migrated_on_a_copy_and_restored(tmp_path):
    old_url, _ = make_database_url("sqlite", tmp_path)
    old = Store(old_url)
    try:  # seeded by today's code, then taken back to the schema of revision 0002
        old.upgrade()
        from alembic import command

        from dealer_rules.core.store.seed import seed_rulesets
        seed_rulesets(old, RULESETS)
        with old.engine.begin() as conn:
            command.downgrade(old.alembic_config(conn), "0002")
    finally:
        old.dispose()
    file = tmp_path / "store.sqlite"
    before = file.read_bytes()
    (tmp_path / "new").mkdir()
    new_url, _ = make_database_url("sqlite", tmp_path / "new")
    restored = run(new_url, tmp_path, "db", "restore", str(file))
    assert restored.exit_code == 0, restored.output
    assert "north/visit v1" in restored.output
    assert file.read_bytes() == before                  # the backup itself is not touched
    verified = run(new_url, tmp_path, "db", "verify")
    from dealer_rules.core.store.portable import head_revision
    assert verified.exit_code == 0 and f"schema: at revision {head_revision()}" in verified.output
