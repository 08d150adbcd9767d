"""My account (a user changes their own password and name) and the People page (a group's
administrators add colleagues, change and remove their roles, give new one-time
passwords), through the test client over a real store."""
from __future__ import annotations

import re

from dealer_rules.core.store import Actor, accounts, audit

from admin_support import SETUP, admin, cheap_passwords  # noqa: F401 - fixtures

PEOPLE = "/admin/g/huadong/people"
ONE_TIME = re.compile(r'<code id="new-password" class="key">([^<]+)</code>')


def make_group_admin(admin, name="liu", group="huadong"):
    with admin.store.write() as session:
        accounts.create_user(session, SETUP, name, f"{name}-password", "刘洋")
        accounts.grant_role(session, SETUP, name, "admin", group)


def roles(admin, username):
    with admin.store.read() as session:
        return accounts.roles_of(accounts.get_user(session, username))


def last_actions(admin, n=3):
    with admin.store.read() as session:
        return [(e.action, e.actor, e.detail.get("username")) for e in audit.entries(session, limit=n)]


def signed_in(admin, username, password):
    """A new client signed in as ``username`` (a session of its own), or None if refused."""
    client = admin.app.test_client()
    token = re.search(r'name="csrf_token" value="([^"]+)"',
                      client.get("/admin/login").get_data(as_text=True)).group(1)
    response = client.post("/admin/login", data={"username": username, "password": password,
                                                  "csrf_token": token})
    return client if response.status_code == 302 else None


def can_sign_in(admin, username, password) -> bool:
    return signed_in(admin, username, password) is not None


def test_a_user_changes_their_own_password_and_stays_signed_in(admin):
    admin.login("lin")
    page = admin.text("/admin/account")
    assert "lin" in page and "华东汽车集团的编辑者" in page
    for form, says in (({"current": "lin-password", "new": "short", "repeat": "short"}, "至少需要 10"),
                       ({"current": "lin-password", "new": "a-long-secret", "repeat": "another-one"},
                        "不一致"),
                       ({"current": "wrong-password", "new": "a-long-secret",
                         "repeat": "a-long-secret"}, "当前密码不正确"),
                       ({"current": "lin-password", "new": "lin-password", "repeat": "lin-password"},
                        "相同")):
        refused = admin.post("/admin/account/password", form, page="/admin/account")
        assert refused.status_code == 400 and says in refused.get_data(as_text=True), form
    other = signed_in(admin, "lin", "lin-password")       # another session of lin's
    assert other.get("/admin/account").status_code == 200
    changed = admin.post("/admin/account/password", {"current": "lin-password",
                         "new": "a-long-secret", "repeat": "a-long-secret"}, page="/admin/account")
    assert changed.status_code == 302
    assert "密码已修改" in admin.text("/admin/account")          # still signed in here
    assert other.get("/admin/account").status_code == 302       # the other session ended
    assert can_sign_in(admin, "lin", "a-long-secret") and not can_sign_in(admin, "lin", "lin-password")
    assert ("password_changed", "user:lin", "lin") in last_actions(admin, 10)


def test_a_user_changes_their_name(admin):
    admin.login("chen")
    assert admin.post("/admin/account/name", {"display_name": "  "}, page="/admin/account") \
        .status_code == 400
    assert admin.post("/admin/account/name", {"display_name": "陈晨"},
                      page="/admin/account").status_code == 302
    assert "陈晨" in admin.text("/admin/g/huadong/")


def test_only_a_groups_administrators_see_its_people(admin):
    admin.login("mei")                                   # a publisher
    assert admin.get(PEOPLE).status_code == 403
    assert "人员" not in admin.text("/admin/g/huadong/")
    admin.login("zhao")                                  # another group's
    assert admin.get(PEOPLE).status_code == 404
    make_group_admin(admin)
    admin.login("liu")
    page = admin.text(PEOPLE)
    assert all(f'data-user="{u}"' in page for u in ("admin", "chen", "lin", "liu", "mei"))
    assert 'data-user="zhao"' not in page
    assert "所有集团" in page and "本人" in page


def test_adding_a_new_colleague_shows_a_one_time_password_once(admin):
    make_group_admin(admin)
    admin.login("liu")
    added = admin.post(PEOPLE, {"username": "wang.li", "display_name": "王丽", "role": "editor"})
    assert added.status_code == 201 and added.headers["Cache-Control"] == "no-store"
    password = ONE_TIME.search(added.get_data(as_text=True)).group(1)
    assert roles(admin, "wang.li") == {"huadong": "editor"}
    assert ONE_TIME.search(admin.text(PEOPLE)) is None           # never again
    assert [a[0] for a in last_actions(admin, 2)] == ["role_granted", "user_created"]
    assert can_sign_in(admin, "wang.li", password)
    # bad input: nothing created, the form keeps what was typed
    for form in ({"username": "王丽", "role": "editor"}, {"username": "x", "role": "editor"},
                 {"username": "zhou", "role": "owner"}):
        refused = admin.post(PEOPLE, form)
        assert refused.status_code == 400, form
    assert 'value="zhou"' in refused.get_data(as_text=True)
    with admin.store.read() as session:
        assert {u.username for u in accounts.list_users(session)} >= {"wang.li"}
        assert "zhou" not in {u.username for u in accounts.list_users(session)}
    assert admin.post(PEOPLE, {"username": "lin", "role": "viewer"}).status_code == 400  # has one


def test_a_one_time_password_must_be_changed_before_anything_else(admin):
    """In the admin, every page leads to the change-password page (it cannot be skipped);
    on the API the password opens nothing (403 saying why); once changed, both work."""
    import base64
    make_group_admin(admin)
    admin.login("liu")
    added = admin.post(PEOPLE, {"username": "wang.li", "display_name": "王丽", "role": "editor"})
    password = ONE_TIME.search(added.get_data(as_text=True)).group(1)
    client = signed_in(admin, "wang.li", password)
    first = "/admin/account/first-password"
    for path in ("/admin/", "/admin/account", "/admin/g/huadong/tiers/", "/admin/reference"):
        response = client.get(path)
        assert response.status_code == 302 and response.headers["Location"] == first, path
    page = client.get(first).get_data(as_text=True)
    assert "一次性密码" in page and 'id="password-form"' in page
    basic = {"Authorization": "Basic " + base64.b64encode(f"wang.li:{password}".encode()).decode()}
    api = client.get("/api/v1/groups", headers=basic)
    assert api.status_code == 403 and api.json["code"] == "one_time_password"
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    changed = client.post("/admin/account/password", data={
        "current": password, "new": "wang-li-own-pass", "repeat": "wang-li-own-pass",
        "csrf_token": token})
    assert changed.status_code == 302 and changed.headers["Location"] == "/admin/"
    assert client.get("/admin/account").status_code == 200
    assert client.get(first).status_code == 302               # nothing to change any more
    basic = {"Authorization": "Basic " + base64.b64encode(b"wang.li:wang-li-own-pass").decode()}
    assert client.get("/api/v1/groups", headers=basic).status_code == 200


def test_adding_someone_from_another_group_keeps_their_password(admin):
    make_group_admin(admin)
    admin.login("liu")
    added = admin.post(PEOPLE, {"username": "zhao", "role": "viewer"})
    assert added.status_code == 302 and ONE_TIME.search(admin.text(PEOPLE)) is None
    assert roles(admin, "zhao") == {"beifang": "publisher", "huadong": "viewer"}
    assert can_sign_in(admin, "zhao", "zhao-password")
    # liu administers huadong only: zhao's password is not theirs to reset
    page = admin.text(PEOPLE)
    row = re.search(r'<tr data-user="zhao">.*?</tr>', page, re.S).group(0)
    assert "reset_password" not in row and "/password" not in row
    refused = admin.post(PEOPLE + "/zhao/password", page=PEOPLE)
    assert refused.status_code == 403 and "不管理的集团" in refused.get_data(as_text=True)
    assert can_sign_in(admin, "zhao", "zhao-password")


def test_changing_and_removing_a_role(admin):
    make_group_admin(admin)
    admin.login("liu")
    assert admin.post(PEOPLE + "/chen/role", {"role": "publisher"}, page=PEOPLE).status_code == 302
    assert roles(admin, "chen") == {"huadong": "publisher"}
    assert admin.post(PEOPLE + "/chen/remove", page=PEOPLE).status_code == 302
    assert roles(admin, "chen") == {}
    assert [a[0] for a in last_actions(admin, 2)] == ["role_revoked", "role_granted"]
    admin.login("chen", "chen-password")
    assert admin.get("/admin/g/huadong/").status_code == 404      # huadong is gone for chen
    admin.login("liu")
    assert admin.post(PEOPLE + "/chen/role", {"role": "viewer"}, page=PEOPLE).status_code == 404
    # nobody changes their own role, nor a role in every group, here
    assert admin.post(PEOPLE + "/liu/role", {"role": "viewer"}, page=PEOPLE).status_code == 403
    assert admin.post(PEOPLE + "/liu/remove", page=PEOPLE).status_code == 403
    assert admin.post(PEOPLE + "/admin/remove", page=PEOPLE).status_code == 403
    assert roles(admin, "liu") == {"huadong": "admin"} and roles(admin, "admin") == {None: "admin"}


def test_a_new_one_time_password_signs_the_colleague_out(admin):
    make_group_admin(admin)
    admin.login("lin")
    lin = admin.client
    admin.login("liu")
    reset = admin.post(PEOPLE + "/lin/password", page=PEOPLE)
    assert reset.status_code == 201 and reset.headers["Cache-Control"] == "no-store"
    password = ONE_TIME.search(reset.get_data(as_text=True)).group(1)
    assert lin.get("/admin/account").status_code == 302              # signed out
    assert can_sign_in(admin, "lin", password) and not can_sign_in(admin, "lin", "lin-password")
    assert ("password_set", "user:liu", "lin") in last_actions(admin, 3)
    admin.login("admin", admin.admin_password)                       # every group's admin
    row = re.search(r'<tr data-user="liu">.*?</tr>', admin.text(PEOPLE), re.S).group(0)
    assert "/password" in row


def test_a_login_without_a_role_or_with_one_in_every_group_is_not_added_here(admin):
    with admin.store.write() as session:
        accounts.create_user(session, SETUP, "orphan", "orphan-password")
    make_group_admin(admin)
    admin.login("liu")
    for username, says in (("orphan", "没有角色"), ("admin", "所有集团")):
        refused = admin.post(PEOPLE, {"username": username, "role": "viewer"})
        assert refused.status_code == 400 and says in refused.get_data(as_text=True), username
    assert roles(admin, "orphan") == {} and roles(admin, "admin") == {None: "admin"}
    assert admin.post(PEOPLE + "/orphan/password", page=PEOPLE).status_code == 404
    assert can_sign_in(admin, "orphan", "orphan-password")


def test_the_groups_audit_log_shows_who_added_and_reset_whom(admin):
    make_group_admin(admin)
    admin.login("liu")
    admin.post(PEOPLE, {"username": "wang.li", "role": "viewer"})
    admin.post(PEOPLE + "/lin/password", page=PEOPLE)
    with admin.store.read() as session:
        logged = [(e.action, e.actor, e.detail.get("username"))
                  for e in audit.entries(session, group="huadong", limit=5)]
    assert logged[:3] == [("password_set", "user:liu", "lin"),
                          ("role_granted", "user:liu", "wang.li"),
                          ("user_created", "user:liu", "wang.li")]
    assert "王" not in str(logged) and "设置密码" in admin.text("/admin/g/huadong/audit")


def test_guessing_the_current_password_locks_like_signing_in(admin):
    admin.login("lin")                                   # the fixture locks after 3 failures
    for expected in (400, 400, 429):
        refused = admin.post("/admin/account/password", {"current": "guess-guess",
                             "new": "a-long-secret", "repeat": "a-long-secret"}, page="/admin/account")
        assert refused.status_code == expected
    assert "登录失败次数过多" in refused.get_data(as_text=True)
    right = admin.post("/admin/account/password", {"current": "lin-password",
                       "new": "a-long-secret", "repeat": "a-long-secret"}, page="/admin/account")
    assert right.status_code == 429 and "登录失败次数过多" in right.get_data(as_text=True)
    assert int(right.headers["Retry-After"]) >= 1
    assert can_sign_in(admin, "lin", "lin-password") is False          # locked for sign-in too
    assert [a[0] for a in last_actions(admin, 10)].count("password_change_refused") == 4
