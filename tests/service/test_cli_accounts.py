"""dealer-rules users / groups: staff logins and dealer groups from the command line."""
from __future__ import annotations

import re

from click.testing import CliRunner

from dealer_rules.core.cli import main
from dealer_rules.core.store import Store, accounts


def run(env, *args):
    return CliRunner().invoke(main, ["--lang", "en", *args], env=env)


def test_add_a_group_and_a_user_who_can_sign_in_with_the_printed_password(tmp_path):
    env = {"DEALER_RULES_INSTANCE_PATH": str(tmp_path), "DEALER_RULES_DATABASE_URL": ""}
    assert run(env, "groups", "add", "south", "--name", "华南汽车集团").exit_code == 0
    added = run(env, "users", "add", "wangmei", "--role", "publisher", "--group", "south",
                "--name", "王美")
    assert added.exit_code == 0, added.output
    password = re.search(r"one-time password: (\S+)", added.output).group(1)
    assert run(env, "users", "grant", "wangmei", "--role", "viewer", "--all-groups").exit_code == 0
    listed = run(env, "users", "list").output
    assert "wangmei  王美  viewer in every group, publisher in south" in listed

    store = Store(f"sqlite:///{tmp_path / 'dealer-rules.sqlite'}")
    try:
        with store.read() as session:
            assert accounts.verify_password(session, "wangmei", password) is not None
        reset = run(env, "users", "password", "wangmei")
        new = re.search(r"one-time password: (\S+)", reset.output).group(1)
        with store.read() as session:
            assert accounts.verify_password(session, "wangmei", password) is None
            assert accounts.verify_password(session, "wangmei", new) is not None
    finally:
        store.dispose()
    assert "south  华南汽车集团  zh-CN  Asia/Shanghai" in run(env, "groups", "list").output
    revoked = run(env, "users", "revoke", "wangmei", "--all-groups")
    assert revoked.exit_code == 0 and "no role in every group" in revoked.output
    assert "wangmei  王美  publisher in south" in run(env, "users", "list").output
    again = run(env, "users", "revoke", "wangmei", "--all-groups")
    assert again.exit_code == 1 and "has no role in every group" in again.output


def test_mistakes_are_one_line_errors(tmp_path):
    env = {"DEALER_RULES_INSTANCE_PATH": str(tmp_path), "DEALER_RULES_DATABASE_URL": ""}
    unknown_group = run(env, "users", "add", "x", "--role", "editor", "--group", "nope")
    assert unknown_group.exit_code == 1
    assert "there is no dealer group 'nope'" in unknown_group.output
    assert "Traceback" not in unknown_group.output
    both = run(env, "users", "add", "x", "--role", "editor", "--group", "a", "--all-groups")
    assert both.exit_code == 2 and "either --group GROUP or --all-groups" in both.output
    assert run(env, "groups", "add", "Bad Id", "--name", "x").exit_code == 1
    assert run(env, "users", "password", "nobody").exit_code == 1


def test_a_group_is_added_as_the_child_of_an_existing_group(tmp_path):
    env = {"DEALER_RULES_INSTANCE_PATH": str(tmp_path), "DEALER_RULES_DATABASE_URL": ""}
    assert run(env, "groups", "add", "south", "--name", "华南汽车集团").exit_code == 0
    child = run(env, "groups", "add", "south_city", "--name", "华南城区", "--parent", "south")
    assert child.exit_code == 0 and "a child of south" in child.output
    orphan = run(env, "groups", "add", "east", "--name", "华东", "--parent", "nope")
    assert orphan.exit_code == 1 and "there is no dealer group 'nope'" in orphan.output
    listed = run(env, "groups", "list").output
    assert "south_city  华南城区  zh-CN  Asia/Shanghai  parent: south" in listed
    assert "east" not in listed
    assert "--parent GROUP" in run(env, "groups", "add", "--help").output
    moved = run(env, "groups", "parent", "south", "south_city")   # a circle
    assert moved.exit_code == 1 and "cannot be the parent of 'south'" in moved.output
    assert run(env, "groups", "add", "north", "--name", "华北").exit_code == 0
    declared = run(env, "groups", "parent", "north", "south")
    assert declared.exit_code == 0 and "north is a child of south" in declared.output
    assert "north  华北  zh-CN  Asia/Shanghai  parent: south" in run(env, "groups", "list").output
    assert "default only" in run(env, "groups", "parent", "north").output


# -- for operators' scripts: chosen passwords and API keys ----------------------------------

def scripted(env, *args, stdin=None):
    result = CliRunner().invoke(main, ["--lang", "en", *args], env=env, input=stdin)
    assert result.exit_code == 0, result.output
    return result.output


def test_a_chosen_password_from_standard_input_is_not_one_time(tmp_path, database_url):
    env = {"DEALER_RULES_INSTANCE_PATH": str(tmp_path), "DEALER_RULES_DATABASE_URL": database_url}
    scripted(env, "groups", "add", "default", "--name", "总部")
    added = scripted(env, "users", "add", "checker", "--role", "admin", "--all-groups",
                     "--password-stdin", stdin="check-pass-12345\n")
    assert "one-time" not in added and "check-pass" not in added
    store = Store(database_url)
    try:
        with store.read() as session:
            user = accounts.verify_password(session, "checker", "check-pass-12345")
            assert user is not None and not user.must_change_password
            version = user.session_version
        scripted(env, "users", "password", "checker", "--password-stdin", stdin="another-pass-678\n")
        with store.read() as session:
            user = accounts.verify_password(session, "checker", "another-pass-678")
            assert not user.must_change_password and user.session_version == version + 1
        one_time = scripted(env, "users", "password", "checker")
        with store.read() as session:
            assert accounts.get_user(session, "checker").must_change_password
    finally:
        store.dispose()
    assert "one-time password:" in one_time
    short = run(env, "users", "add", "x", "--role", "viewer", "--all-groups", "--password-stdin")
    assert short.exit_code == 2 and "at least 10 characters" in short.output


def test_keys_are_created_listed_and_revoked_from_the_command_line(tmp_path, database_url):
    env = {"DEALER_RULES_INSTANCE_PATH": str(tmp_path), "DEALER_RULES_DATABASE_URL": database_url}
    scripted(env, "groups", "add", "default", "--name", "总部")
    created = scripted(env, "keys", "create", "--group", "default", "--scope", "evaluate",
                       "--scope", "read", "--scope", "dry_run", "--label", "checker")
    key = re.search(r"drk_[A-Za-z0-9_-]+", created).group(0)   # the first drk_ is the key
    store = Store(database_url)
    try:
        with store.read() as session:
            info = accounts.check_key(accounts.active_keys(session), key)
            assert info.group == "default" and info.scopes == {"evaluate", "read", "dry_run"}
    finally:
        store.dispose()
    prefix = key.split("_")[1]
    listed = scripted(env, "keys", "list")
    assert f"drk_{prefix}  default  dry_run,evaluate,read  active  checker" in listed
    assert key not in listed                                   # shown once, never again
    assert scripted(env, "keys", "list", "--group", "default") == listed
    assert f"revoked drk_{prefix}" in scripted(env, "keys", "revoke", f"drk_{prefix}",
                                               "--group", "default")
    assert "revoked 20" in scripted(env, "keys", "list")
    for args, says in ((("keys", "create", "--group", "nope", "--scope", "read"),
                        "no dealer group 'nope'"),
                       (("keys", "revoke", "abcd1234", "--group", "default"), "no API key"),
                       (("keys", "create", "--group", "default", "--scope", "write"),
                        "'write' is not one of")):
        refused = run(env, *args)
        assert refused.exit_code in (1, 2) and says in refused.output, refused.output
        assert "Traceback" not in refused.output
