"""The admin reads naturally in Chinese: no page rendered in Chinese shows an English
interface text (that every text has a translation and the committed .po/.mo are up to date
is checked with every other catalog: tests/test_translations_complete.py)."""
from __future__ import annotations

import html
import json
import re

import pytest

from dealer_rules.web.admin.translations import build
from admin_support import admin, cheap_passwords  # noqa: F401 - fixtures


def english_texts() -> set[str]:
    """Interface texts that would betray a missing translation if seen on a zh page: the
    catalogue's English, without placeholders, at least two words or one capitalised."""
    out = set()
    for msgid in build.extracted():
        for part in re.split(r"%\(\w+\)s", msgid):
            part = part.strip(" .:()—-")
            if len(part) >= 4 and (" " in part or part[0].isupper()):
                out.add(part)
    return out


#: content that is not interface text: rule ids, YAML, JSON (what plugins wrote about their
#: fields and actions is checked too: the installed plugins translate it)
_SKIP = re.compile(r"<(script|style|textarea|pre|code|svg|template)\b.*?</\1>", re.S)


def visible_text(page: str) -> str:
    page = _SKIP.sub(" ", page)
    page = re.sub(r"<[^>]+>", " ", page)
    return re.sub(r"\s+", " ", html.unescape(page))


ZH_PAGES = [
    "/admin/", "/admin/g/huadong/", "/admin/g/huadong/tiers/", "/admin/g/huadong/tiers/edit",
    "/admin/g/huadong/tiers/try", "/admin/g/huadong/tiers/tests",
    "/admin/g/huadong/tiers/history", "/admin/g/huadong/tiers/diff?from=published&to=published",
    "/admin/g/huadong/tiers/publish", "/admin/g/huadong/audit", "/admin/g/huadong/keys",
    "/admin/reference", "/admin/g/huadong/pictures/callbacks", "/admin/g/huadong/pictures/sla",
    "/admin/g/huadong/pictures/hits", "/admin/g/huadong/nosuchdomain/",
    "/admin/g/huadong/people", "/admin/account",
]


def test_no_page_in_chinese_shows_an_english_interface_text(admin):
    english = english_texts()
    admin.login("admin", admin.admin_password, lang="zh")
    # some state, so that the pages show their tables: a draft, a run, a key
    text = admin.text("/admin/g/huadong/tiers/edit")
    admin.post("/admin/g/huadong/tiers/try", {"case": "银卡会员保养：工时费1000元"})
    admin.post("/admin/g/huadong/tiers/tests")
    admin.post("/admin/g/huadong/keys", {"label": "展厅平板", "scopes": "evaluate"})
    pages = {path: admin.get(path).get_data(as_text=True) for path in ZH_PAGES}
    pages["a colleague added"] = admin.post("/admin/g/huadong/people", {
        "username": "wang.li", "display_name": "王丽", "role": "editor"}).get_data(as_text=True)
    pages["a password refused"] = admin.post("/admin/account/password", {
        "current": "x", "new": "y", "repeat": "y"}, page="/admin/account").get_data(as_text=True)
    pages["try-it decision"] = admin.post("/admin/g/huadong/tiers/try",
                                          {"case": "银卡会员保养：工时费1000元"}).get_data(as_text=True)
    pages["tests run"] = admin.post("/admin/g/huadong/tiers/tests").get_data(as_text=True)
    found = {}
    for path, page in pages.items():
        assert 'lang="zh-CN"' in page, path
        shown = visible_text(page)
        leaks = sorted(t for t in english if re.search(r"(?<![\w.])" + re.escape(t) + r"(?![\w])", shown))
        if leaks:
            found[path] = leaks
    assert found == {}


DOMAINS = ("tiers", "offers", "callbacks", "parts", "sla")
#: every page of every domain, and the states a manager reaches: empty lists, errors
EVERY_ZH_PAGE = ZH_PAGES + [f"/admin/g/huadong/{d}/{page}" for d in DOMAINS
                            for page in ("", "edit", "try", "tests", "history", "publish")] + [
    "/admin/g/huadong/audit?action=published&from=2000-01-01&to=2000-01-02",   # nothing found
    "/admin/g/huadong/audit?user=lin", "/admin/g/beifang/", "/admin/g/beifang/keys",
    "/admin/g/huadong/tiers/diff?from=1&to=published", "/admin/g/nosuchgroup/",
]


def _ids_shown(shown: str, ids) -> list[str]:
    """Ids (rule ids, domain ids) shown as if they were names: outside code, as words."""
    return sorted(i for i in ids if re.search(r"(?<![\w.:/-])" + re.escape(i) + r"(?![\w.:/-])", shown))


@pytest.mark.parametrize("admin", ["sqlite"], indirect=True)   # pages, not the database
def test_no_page_or_state_in_chinese_shows_english_or_an_id_for_a_name(admin):
    """Every admin page and state (empty lists, errors, 403 and 404, the login page,
    a refused try), in Chinese: no English interface text, and no rule id or domain id
    standing where its title belongs (ids in code, YAML and links are fine)."""
    english = english_texts()
    from dealer_rules.core.cli import shipped_rulesets
    from dealer_rules.core.ruleset import load_ruleset
    rules = [r for f in shipped_rulesets().glob("default/*.yaml")
             for r in load_ruleset(f.read_text(encoding="utf-8")).document.rules]
    # an id that is also a code a rule hands out (maintenance_package) may be shown as a value
    codes = set(re.findall(r'"(\w+)"', json.dumps([c.params for r in rules for c in r.then])))
    # and one a plugin names as a code in what it writes about its fields (``old_parts_display``)
    from dealer_rules.core.domain_texts import texts_of, translated
    registry = admin.services.registry
    written = " ".join(translated(d, t, "zh") for n, d in registry.domains.items()
                       for t in texts_of(d, registry.actions_of(n)))
    codes |= set(re.findall(r"\w+", written))
    rule_ids = {r.id for r in rules} - codes
    assert "gold_member" in rule_ids
    pages = {"login": admin.client.get("/admin/login", headers={"Accept-Language": "zh-CN"})
             .get_data(as_text=True)}
    admin.login("chen", lang="zh")                               # a viewer
    for path in ("/admin/g/huadong/audit", "/admin/g/huadong/tiers/edit", "/admin/g/huadong/keys"):
        page = admin.get(path)
        assert page.status_code == 403, path
        pages["403 " + path] = page.get_data(as_text=True)
    admin.login("admin", admin.admin_password, lang="zh")
    admin.post("/admin/g/huadong/tiers/try", {"case": "银卡会员保养：工时费1000元"})
    for path in EVERY_ZH_PAGE:
        pages[path] = admin.get(path).get_data(as_text=True)
    pages["try: facts refused"] = admin.post("/admin/g/huadong/tiers/try", {
        "facts": '{"customer": {"points_balance": -5}}'}).get_data(as_text=True)
    pages["try: not json"] = admin.post("/admin/g/huadong/tiers/try", {
        "facts": "{not json"}).get_data(as_text=True)
    pages["try: decision"] = admin.post("/admin/g/huadong/tiers/try", {
        "case": "银卡会员保养：工时费1000元"}).get_data(as_text=True)
    found = {}
    for path, page in pages.items():
        assert 'lang="zh-CN"' in page, path
        shown = visible_text(page)
        leaks = sorted(t for t in english if re.search(r"(?<![\w.])" + re.escape(t) + r"(?![\w])", shown))
        leaks += _ids_shown(shown, set(DOMAINS) | rule_ids)
        if leaks:
            found[path] = leaks
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)


def test_the_login_page_follows_the_browser_and_the_switch(admin):
    page = admin.client.get("/admin/login", headers={"Accept-Language": "en-US,en;q=0.9"})
    assert "User name" in page.get_data(as_text=True)
    page = admin.client.get("/admin/login", headers={"Accept-Language": "zh-CN,zh;q=0.9"})
    assert "用户名" in page.get_data(as_text=True)
    admin.client.get("/admin/lang/en")
    page = admin.client.get("/admin/login", headers={"Accept-Language": "zh-CN"})
    assert "User name" in page.get_data(as_text=True)


@pytest.mark.parametrize("group, expected", [("huadong", 'lang="zh-CN"'), ("west", 'lang="en"')])
def test_a_groups_locale_chooses_the_language_until_the_user_switches(admin, group, expected):
    admin.login("admin", admin.admin_password)
    page = admin.client.get(f"/admin/g/{group}/", headers={"Accept-Language": "en"})
    assert expected in page.get_data(as_text=True)


def test_the_reference_shows_what_plugins_wrote_in_the_readers_language(admin):
    from dealer_rules.core.domain_texts import texts_of, translated
    registry = admin.services.registry
    admin.login("admin", admin.admin_password, lang="zh")
    chinese = visible_text(admin.text("/admin/reference"))
    admin.client.get("/admin/lang/en")
    english = visible_text(admin.text("/admin/reference"))
    flat = lambda text: re.sub(r"\s+", " ", text).strip()  # noqa: E731
    shown = 0
    for name, domain in registry.domains.items():
        assert domain.title_zh, name       # the plugin has its catalog
        for text in texts_of(domain, registry.actions_of(name)):
            assert flat(text) not in chinese, (name, text)
            if flat(text) in english:        # (a nested model's docstring may not be shown)
                assert flat(translated(domain, text, "zh")) in chinese, (name, text)
                shown += 1
    assert shown > 250
