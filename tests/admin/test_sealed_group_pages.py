"""The admin keeps dealer groups sealed (docs/tenants.md), on SQLite and PostgreSQL:
beta's people, working on a draft that names alpha in ``extends``, see a translated
refusal on every page and nothing of alpha; alpha's pages are closed to them; and when
alpha changes under gamma (its declared child), gamma's pages warn, alpha's say nothing
of gamma."""
from __future__ import annotations

import json

import pytest

from dealer_rules.core.store import Store
from dealer_rules.core.store.seed import seed_rulesets
from admin_support import Admin, cheap_passwords  # noqa: F401 - fixtures
from support import tenants
from support.databases import make_database_url
from support.tenants import ATTACK, FACTS, leaks

RULESETS = __import__("pathlib").Path(__file__).parent.parent / "support" / "rulesets"


@pytest.fixture(params=["sqlite", "postgresql"])
def world(request, tmp_path):
    from dealer_rules.web import create_app
    url, cleanup = make_database_url(request.param, tmp_path)
    store = Store(url)
    store.upgrade()
    seed_rulesets(store, RULESETS)
    app = create_app({"DATABASE_URL": url, "PLUGINS": "support.sample_plugin",
                      "START_REFRESHER": False, "SECRET_KEY": "test"})
    tenants.build(store, app.extensions["dealer_rules"].workflow)
    yield Admin(app, store, None)
    app.extensions["dealer_rules"].close()
    store.dispose()
    cleanup()


def test_beta_working_on_a_draft_extending_alpha_sees_a_refusal_and_nothing_of_alpha(world):
    world.login("bea", lang="zh")
    saved = world.post("/admin/g/beta/visit/edit",
                       {"yaml": ATTACK.format(base="alpha"), "revision": 0},
                       page="/admin/g/beta/")
    assert saved.status_code in (200, 302)
    pages = {"/admin/g/beta/visit/": "get", "/admin/g/beta/visit/edit": "get",
             "/admin/g/beta/visit/tests": "post", "/admin/g/beta/visit/try": "post",
             "/admin/g/beta/visit/publish": "get", "/admin/g/beta/visit/history": "get",
             "/admin/g/beta/": "get"}
    for path, method in pages.items():
        if method == "get":
            answer = world.get(path)
        else:
            answer = world.post(path, {"facts": json.dumps(FACTS), "source": "draft"})
        text = answer.get_data(as_text=True)
        assert answer.status_code == 200, (path, answer.status_code)
        assert leaks(text) == [], (path, leaks(text))
        if path != "/admin/g/beta/" and not path.endswith("history"):
            assert "集团 beta 不能继承集团 alpha" in text or "有问题" in text, path
    refused = world.post("/admin/g/beta/visit/publish", {}, page="/admin/g/beta/visit/publish")
    assert refused.status_code == 422
    text = refused.get_data(as_text=True)
    assert "集团 beta 不能继承集团 alpha" in text and leaks(text) == []
    for path in ("/admin/g/alpha/", "/admin/g/alpha/visit/", "/admin/g/alpha/visit/edit",
                 "/admin/g/alpha/visit/history", "/admin/g/alpha/visit/diff?old=1&new=draft",
                 "/admin/g/alpha/visit/try", "/admin/g/alpha/audit", "/admin/g/gamma/"):
        assert world.get(path).status_code == 404, path
    assert leaks(world.text("/admin/")) == []


def test_when_alpha_changes_gammas_pages_warn_and_alphas_name_no_child(world):
    world.login("al", lang="zh")
    world.post("/admin/g/alpha/visit/edit", {"yaml": tenants.ALPHA_WITHOUT_GIFT,
                                             "revision": tenants.revision(world.store, "alpha")},
               page="/admin/g/alpha/visit/edit")
    published = world.post("/admin/g/alpha/visit/publish",
                           {"revision": tenants.revision(world.store, "alpha")},
                           page="/admin/g/alpha/visit/publish", follow_redirects=True)
    assert published.status_code == 200
    for path in ("/admin/g/alpha/", "/admin/g/alpha/visit/history", "/admin/g/alpha/audit"):
        assert "gamma" not in world.text(path) and "伽马" not in world.text(path), path
    world.login("gus", lang="zh")
    for path in ("/admin/g/gamma/", "/admin/g/gamma/visit/"):
        text = world.text(path)
        assert "base-changed" in text and "未通过的测试用例：gamma keeps alpha&#39;s gift" in text, path
        assert "alpha 发布了第 2 版" in world.text("/admin/g/gamma/audit")
    world.login("gus", lang="en")
    assert "failing test cases: gamma keeps alpha&#39;s gift." in world.text("/admin/g/gamma/")
    # gamma fixes its case and publishes: the warning goes
    fixed = tenants.GAMMA.replace("fired: [silver, alpha_secret]", "fired: [silver]")
    world.post("/admin/g/gamma/visit/edit", {"yaml": fixed,
                                             "revision": tenants.revision(world.store, "gamma")},
               page="/admin/g/gamma/visit/edit")
    world.post("/admin/g/gamma/visit/publish", {"revision": tenants.revision(world.store, "gamma")},
               page="/admin/g/gamma/visit/publish")
    assert "base-changed" not in world.text("/admin/g/gamma/")
