"""Signing in, sessions, roles per group, CSRF on every form, lock-out."""
from __future__ import annotations

import datetime as dt

import pytest

from dealer_rules.core.store import accounts, audit, logins
from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures


def test_pages_need_a_signed_in_user(admin):
    response = admin.get("/admin/g/huadong/tiers/")
    assert response.status_code == 302
    assert response.headers["Location"].startswith("/admin/login?next=/admin/g/huadong/tiers/")


def test_the_session_cookie_is_httponly_and_samesite_lax(admin):
    response = admin.login("mei")
    cookie = response.headers["Set-Cookie"]
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Secure" not in cookie


def test_the_cookie_is_secure_when_configured(tmp_path):
    from admin_support import Admin, prepare_store
    from dealer_rules.web import create_app
    url = f"sqlite:///{tmp_path / 's.sqlite'}"
    prepare_store(url)
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False,
                      "SESSION_COOKIE_SECURE": True})
    try:
        site = Admin(app, None, "")
        assert "Secure" in site.login("mei").headers["Set-Cookie"]
    finally:
        app.extensions["dealer_rules"].close()


def test_wrong_password_is_refused_and_audited(admin):
    token = admin.token()
    response = admin.client.post("/admin/login", data={"username": "mei", "password": "nope",
                                                       "csrf_token": token})
    assert response.status_code == 401
    with admin.store.read() as session:
        assert [e.action for e in audit.entries(session, actor="user:mei")] == ["login_failed"]


def _fail(admin, username="mei", address="127.0.0.1"):
    return admin.client.post("/admin/login", data={
        "username": username, "password": "nope", "csrf_token": admin.token()},
        environ_base={"REMOTE_ADDR": address})


def test_repeated_failures_lock_the_user_across_workers_even_with_the_right_password(admin):
    for _ in range(2):                       # LOGIN_MAX_FAILURES is 3 in these tests
        assert _fail(admin).status_code == 401
    locking = _fail(admin)
    assert locking.status_code == 429 and int(locking.headers["Retry-After"]) <= 30
    response = admin.client.post("/admin/login", data={
        "username": "mei", "password": "mei-password", "csrf_token": admin.token()})
    assert response.status_code == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 30      # the first lock is short
    assert "登录失败次数过多" in response.get_data(as_text=True)       # Chinese by default
    # the lock is in the store, so another worker (another app) refuses too
    with admin.store.read() as session:
        assert logins.locked_until(session, "mei", "127.0.0.1") is not None
        actions = [e.action for e in audit.entries(session, actor="user:mei")]
        assert actions[:3] == ["login_refused_locked", "login_locked", "login_failed"]
    # once it expires, the right password works again
    with admin.store.write() as session:
        later = dt.datetime.now(dt.timezone.utc) + dt.timedelta(seconds=31)
        assert logins.locked_until(session, "mei", "127.0.0.1", later) is None


def test_a_stranger_locks_only_their_own_address_not_the_user(admin):
    for _ in range(3):
        _fail(admin, address="203.0.113.9")
    assert _fail(admin, address="203.0.113.9").status_code == 429
    admin.login("mei")                        # from the user's own address: signed in
    assert admin.get("/admin/account").status_code == 200


def test_the_api_shares_the_lock_of_the_admin(admin):
    """Locked in the admin, the right password is refused on the API too (429,
    problem+json with Retry-After), and without hashing it."""
    import base64
    for _ in range(3):
        _fail(admin)
    right = base64.b64encode(b"mei:mei-password").decode()
    response = admin.client.get("/api/v1/groups", headers={"Authorization": f"Basic {right}",
                                                           "Accept-Language": "zh"})
    assert response.status_code == 429 and response.mimetype == "application/problem+json"
    assert response.json["code"] == "sign_in_locked" and "登录失败次数过多" in response.json["title"]
    assert int(response.headers["Retry-After"]) >= 1


def test_locks_grow_longer_and_a_success_clears_the_count(admin):
    now = dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone.utc)
    lock_for = dt.timedelta(minutes=10)
    with admin.store.write() as session:
        for i in range(2):
            assert logins.record_failure(session, "lin", "10.0.0.1", 3, lock_for, now) is None
        logins.record_success(session, "lin", "10.0.0.1")
        for i in range(2):
            assert logins.record_failure(session, "lin", "10.0.0.1", 3, lock_for, now) is None
        lengths = []
        for i in range(8):
            until = logins.record_failure(session, "lin", "10.0.0.1", 3, lock_for, now)
            lengths.append((until - now).total_seconds())
            assert logins.locked_until(session, "lin", "10.0.0.1", until) is None
            assert logins.locked_until(session, "lin", "10.0.0.2", now) is None   # elsewhere
        assert lengths == [30, 60, 120, 240, 480, 600, 600, 600]
        # quiet for a day: counting starts afresh
        later = now + logins.FORGET_AFTER + dt.timedelta(seconds=1)
        assert logins.record_failure(session, "lin", "10.0.0.1", 3, lock_for, later) is None


def test_counts_left_alone_for_a_day_are_removed(admin, monkeypatch):
    from sqlalchemy import select
    from dealer_rules.core.store.schema import LoginThrottle
    now = dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone.utc)
    with admin.store.write() as session:
        logins.record_failure(session, "old", "10.0.0.3", 3, dt.timedelta(minutes=10), now)
    monkeypatch.setattr(logins, "PRUNE_CHANCE", 1.0)
    later = now + logins.FORGET_AFTER + dt.timedelta(minutes=1)
    with admin.store.write() as session:
        logins.record_failure(session, "new", "10.0.0.4", 3, dt.timedelta(minutes=10), later)
    with admin.store.read() as session:
        kept = {(r.username, r.source) for r in session.scalars(select(LoginThrottle))}
    assert kept == {("new", "10.0.0.4"), ("", "10.0.0.4")}


def test_many_user_names_from_one_address_lock_the_address(admin):
    now = dt.datetime(2026, 11, 27, 10, tzinfo=dt.timezone.utc)
    with admin.store.write() as session:
        ends = [logins.record_failure(session, f"guess{i}", "10.0.0.7", 3,
                                      dt.timedelta(minutes=10), now) for i in range(12)]
        assert ends[:11] == [None] * 11 and ends[11] == now + logins.FIRST_LOCK
        assert logins.locked_until(session, "mei", "10.0.0.7", now) == ends[11]
        assert logins.locked_until(session, "mei", "10.0.0.8", now) is None


FORMS = [
    "/admin/g/huadong/tiers/edit", "/admin/g/huadong/tiers/validate",
    "/admin/g/huadong/tiers/discard", "/admin/g/huadong/tiers/try",
    "/admin/g/huadong/tiers/tests", "/admin/g/huadong/tiers/publish",
    "/admin/g/huadong/tiers/rollback", "/admin/g/huadong/tiers/rules/silver_member/toggle",
    "/admin/g/huadong/keys", "/admin/g/huadong/keys/abcd1234/revoke", "/admin/logout",
    "/admin/g/huadong/people", "/admin/g/huadong/people/lin/role",
    "/admin/g/huadong/people/lin/remove", "/admin/g/huadong/people/lin/password",
    "/admin/account/password", "/admin/account/name", "/admin/g/huadong/tiers/spreadsheet",
]


@pytest.mark.parametrize("path", FORMS)
def test_every_form_without_the_csrf_token_is_refused(admin, path):
    admin.login("admin", admin.admin_password, lang="en")
    with admin.store.read() as session:
        before = len(audit.entries(session, limit=1000))
    response = admin.client.post(path, data={"yaml": "x", "revision": "1", "version": "1",
                                             "label": "k", "scopes": "evaluate"})
    assert response.status_code == 400
    assert "expired or did not come from this site" in response.get_data(as_text=True)
    with admin.store.read() as session:
        assert len(audit.entries(session, limit=1000)) == before      # nothing happened


def test_the_login_form_needs_the_token_too(admin):
    response = admin.client.post("/admin/login", data={"username": "mei",
                                                       "password": "mei-password"})
    assert response.status_code == 400


def test_every_admin_form_in_every_template_carries_the_token():
    from pathlib import Path
    import re
    templates = Path(__file__).resolve().parents[2] / "web" / "admin" / "templates" / "admin"
    for template in templates.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        for form in re.findall(r"<form[^>]*>.*?</form>", text, re.S):
            if re.search(r'method="post"', form):
                assert 'name="csrf_token"' in form, template.name


def test_another_groups_pages_do_not_exist_for_a_user(admin):
    admin.login("zhao")
    for path in ("/admin/g/huadong/", "/admin/g/huadong/tiers/", "/admin/g/huadong/tiers/edit",
                 "/admin/g/huadong/tiers/history", "/admin/g/huadong/audit",
                 "/admin/g/huadong/keys", "/admin/g/huadong/pictures/hits",
                 "/admin/g/huadong/people", "/admin/g/huadong/tiers/spreadsheet",
                 "/admin/g/huadong/tiers/spreadsheet.xlsx", "/admin/g/nosuchgroup/"):
        assert admin.get(path).status_code == 404, path
    # and posting to them is 404 as well (not 403: nothing says the group exists)
    token = admin.token("/admin/")
    assert admin.client.post("/admin/g/huadong/tiers/publish",
                             data={"csrf_token": token}).status_code == 404
    assert "华东" not in admin.text("/admin/")


def test_roles_viewer_editor_publisher_admin(admin):
    admin.login("chen")                                  # viewer
    assert admin.get("/admin/g/huadong/tiers/").status_code == 200
    assert admin.get("/admin/g/huadong/tiers/edit").status_code == 403
    assert admin.get("/admin/g/huadong/audit").status_code == 403
    admin.login("lin")                                   # editor
    assert admin.get("/admin/g/huadong/tiers/edit").status_code == 200
    response = admin.post("/admin/g/huadong/tiers/publish", {"comment": "x"},
                          page="/admin/g/huadong/tiers/publish")
    assert response.status_code == 403
    assert admin.get("/admin/g/huadong/keys").status_code == 403
    admin.login("mei")                                   # publisher
    assert admin.get("/admin/g/huadong/audit").status_code == 200
    assert admin.get("/admin/g/huadong/keys").status_code == 403
    admin.login("admin", admin.admin_password)           # admin of every group
    assert admin.get("/admin/g/huadong/keys").status_code == 200
    assert admin.get("/admin/g/beifang/keys").status_code == 200


def test_logout_ends_the_session_and_is_audited(admin):
    admin.login("mei")
    admin.post("/admin/logout", page="/admin/")
    assert admin.get("/admin/").status_code == 302
    with admin.store.read() as session:
        assert [e.action for e in audit.entries(session, actor="user:mei")][:2] == ["logout", "login"]


def test_a_cookie_copied_before_logout_no_longer_works_after_it(admin):
    admin.login("mei")
    copied = admin.app.test_client()
    cookie = admin.client.get_cookie("session")
    copied.set_cookie(cookie.key, cookie.value, domain=cookie.domain, path=cookie.path)
    assert copied.get("/admin/account").status_code == 200
    other = admin.app.test_client()                 # mei signed in on another computer
    other.set_cookie(cookie.key, cookie.value, domain=cookie.domain, path=cookie.path)
    admin.post("/admin/logout", page="/admin/")
    assert copied.get("/admin/account").status_code == 302
    assert other.get("/admin/").status_code == 302


def test_a_password_change_signs_out_other_sessions(admin):
    from dealer_rules.core.store import Actor, accounts
    admin.login("mei")
    with admin.store.write() as session:
        accounts.set_password(session, Actor("test"), "mei", "new-password")
    assert admin.get("/admin/").status_code == 302


def test_changing_my_password_keeps_me_signed_in_and_ends_my_other_sessions(admin):
    admin.login("mei")
    other = admin.client
    admin.login("mei")
    changed = admin.post("/admin/account/password", {"current": "mei-password",
                                                      "new": "mei-new-password",
                                                      "repeat": "mei-new-password"},
                         page="/admin/account")
    assert changed.status_code == 302
    assert admin.get("/admin/account").status_code == 200
    assert other.get("/admin/account").status_code == 302


def test_an_open_redirect_is_not_possible(admin):
    admin.login("mei")
    response = admin.get("/admin/lang/zh?next=https://evil.example/")
    assert response.headers["Location"] == "/admin/"


def test_values_the_database_cannot_hold_are_refused_without_a_change(admin):
    """A NUL character (PostgreSQL cannot store one; SQLite is refused it too) or a number
    past 32 bits, in any form: a 400 or 404 page, never a 500, and nothing written."""
    admin.login("admin", admin.admin_password, lang="zh")
    with admin.store.read() as session:
        before = len(audit.entries(session, limit=1000))
    key = admin.post("/admin/g/huadong/keys", {"label": "展厅\x00平板", "scopes": "evaluate"})
    assert key.status_code == 400 and "无法保存" in key.get_data(as_text=True)
    person = admin.post("/admin/g/huadong/people", {"username": "wang.li",
                                                    "display_name": "王\x00丽", "role": "viewer"})
    assert person.status_code == 400
    huge = str(2**40)
    for path, form in (("/admin/g/huadong/tiers/rollback", {"version": huge}),
                       ("/admin/g/huadong/tiers/publish", {"revision": huge})):
        assert admin.post(path, form, page="/admin/g/huadong/tiers/history").status_code < 500
    assert admin.get(f"/admin/g/huadong/tiers/diff?from={huge}&to=draft").status_code < 500
    assert admin.get(f"/admin/g/huadong/audit?before={huge}").status_code < 500
    with admin.store.read() as session:
        assert len(audit.entries(session, limit=1000)) == before + 0
        assert "wang.li" not in {u.username for u in accounts.list_users(session)}


def test_a_rollback_without_a_version_number_is_refused_not_500(admin):
    admin.login("admin", admin.admin_password, lang="zh")
    for form in ({"comment": "x"}, {"version": "abc"}, {"version": "0"}):
        response = admin.post("/admin/g/huadong/tiers/rollback", form,
                              page="/admin/g/huadong/tiers/history")
        assert response.status_code == 302, form          # back to the versions, with a flash


def test_a_nul_character_anywhere_gets_the_same_answer_on_both_databases(admin):
    token = admin.token()
    login = admin.client.post("/admin/login", data={"username": "mei\x00", "password": "x",
                                                    "csrf_token": token})
    assert login.status_code == 400
    admin.login("admin", admin.admin_password, lang="zh")
    assert admin.get("/admin/g/huadong/audit?user=mei%00").status_code == 400
    assert admin.get("/admin/g/huadong/audit?user=mei").status_code == 200
