"""Admin details (issue 13, item 6): a group's administrators see their people's sign-ins,
failed sign-ins, lock-outs and password changes on the audit page, people by display name;
the reference names types in words; the 403 page says which role is needed and who in the
group can grant it. Over a real SQLite store, through the login form like a browser."""
from __future__ import annotations

import re

import pytest

from dealer_rules.core.store import Actor, accounts
from admin_support import Admin, prepare_store, cheap_passwords  # noqa: F401 - fixtures
from test_translations import visible_text


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The admin over one SQLite store, with 周总 (zhou) the administrator of 华东."""
    from dealer_rules.web import create_app
    folder = tmp_path_factory.mktemp("details")
    url = f"sqlite:///{folder / 'store.sqlite'}"
    password = prepare_store(url)
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False, "SECRET_KEY": "test",
                      "LOGIN_MAX_FAILURES": 3, "LOGIN_LOCK_SECONDS": 600})
    store = app.extensions["dealer_rules"].store
    with store.write() as session:
        accounts.create_user(session, Actor("test"), "zhou", "zhou-password", "周总")
        accounts.grant_role(session, Actor("test"), "zhou", "admin", "huadong")
    yield Admin(app, store, password)
    app.extensions["dealer_rules"].close()


def _fail(site, username, address):
    return site.client.post("/admin/login", data={
        "username": username, "password": "nope", "csrf_token": site.token()},
        environ_base={"REMOTE_ADDR": address})


def _rows(page: str) -> list[str]:
    table = re.search(r'<table class="grid audit">.*?</table>', page, re.S).group(0)
    return [visible_text(row).strip() for row in re.findall(r"<tr>.*?</tr>", table, re.S)[1:]]


def test_a_groups_administrator_sees_sign_ins_failures_lock_outs_and_password_changes(site):
    site.login("mei")                                           # 王美 signs in
    changed = site.post("/admin/account/password", {"current": "mei-password",
                                                     "new": "mei-new-password",
                                                     "repeat": "mei-new-password"},
                        page="/admin/account")
    assert changed.status_code == 302
    site.client = site.app.test_client()
    for _ in range(3):                                          # chen is locked out
        _fail(site, "chen", "10.0.0.5")
    _fail(site, "zhao", "10.0.0.6")                             # another group's person
    site.login("zhou", lang="zh")
    rows = _rows(site.text("/admin/g/huadong/audit"))
    assert any("王美" in r and "登录" in r for r in rows), rows
    assert any("王美" in r and "修改本人密码" in r for r in rows), rows
    assert any("chen" in r and "登录失败" in r for r in rows), rows
    assert any("chen" in r and "登录被锁定" in r for r in rows), rows
    assert not any("赵强" in r or "zhao" in r for r in rows), rows   # not of this group
    assert not any(re.search(r"\buser:", r) for r in rows)
    # filtered to one person, by the name shown in the menu
    page = site.text("/admin/g/huadong/audit?user=mei")
    assert '<option value="mei" selected>王美</option>' in page
    assert all("王美" in r for r in _rows(page))
    # a publisher of the group sees the group's changes, not its people's sign-ins
    site.login("mei", "mei-new-password", lang="zh")
    rows = _rows(site.text("/admin/g/huadong/audit"))
    assert not any("登录失败" in r or "登录被锁定" in r for r in rows), rows


def test_the_403_page_names_the_role_and_who_can_grant_it(site):
    site.login("chen", lang="zh")                               # a viewer
    response = site.get("/admin/g/huadong/audit")
    assert response.status_code == 403
    shown = visible_text(response.get_data(as_text=True))
    assert "发布者" in shown and "周总" in shown, shown
    assert "如需发布者角色，请联系本集团的管理员：周总" in shown
    response = site.get("/admin/g/huadong/keys")               # needs administrator
    shown = visible_text(response.get_data(as_text=True))
    assert response.status_code == 403 and "管理员" in shown and "周总" in shown


def test_the_reference_names_types_in_words(site):
    site.login("zhou", lang="zh")
    page = site.text("/admin/reference")
    cells = [visible_text(c).strip() for c in re.findall(
        r'<table class="grid compact ref"><thead><tr><th scope="col">参数.*?</table>', page, re.S)]
    types = " ".join(cells)
    for word in ("数字", "文本", "金额（元）", "是/否"):
        assert word in types, word
    for python in ("str", "Decimal", "None", "int", "bool", "list[", "dict[", "| null"):
        assert not re.search(rf"(?<![\w]){re.escape(python)}(?![\w])", types), python
    site.client.get("/admin/lang/en")
    english = visible_text(site.text("/admin/reference"))
    assert "amount of money (CNY)" in english and "yes/no" in english
