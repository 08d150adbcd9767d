"""Staff stay signed in across workers and across a restart, with the README's own serve
(two workers, no DEALER_RULES_SECRET_KEY): serve keeps one key in the instance folder
(owner only) and every worker and every restart signs with it. Before, each worker made its
own key, and sign-ins failed "表单已过期" or bounced back to the login page."""
from __future__ import annotations

import re
import stat

import pytest
import requests

from support.server import serve
from support.served import prepared_store, settings


def sign_in(base: str, password: str) -> requests.Session:
    browser = requests.Session()
    browser.headers["Connection"] = "close"      # a new connection each: either worker
    page = browser.get(base + "/admin/login", timeout=10).text
    token = re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)
    answer = browser.post(base + "/admin/login", data={
        "csrf_token": token, "username": "admin", "password": password},
        allow_redirects=False, timeout=30)
    assert answer.status_code in (302, 303), answer.text[:500]
    return browser


def pages_bounced(base: str, browser: requests.Session, views: int = 4) -> int:
    """How many of ``views`` dashboard views ended on the login page."""
    return sum("/admin/login" in browser.get(base + "/admin/", timeout=10).url
               for _ in range(views))


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_staff_stay_signed_in_across_workers_and_a_restart(kind, tmp_path):
    url, _key, proxy, cleanup = prepared_store(kind, tmp_path)
    instance = tmp_path / "instance"
    environment = settings(url, instance, tmp_path)
    if kind == "sqlite":    # the README's serve: the store in the instance folder
        del environment["DEALER_RULES_DATABASE_URL"]
    try:
        with serve(environment, tmp_path / "first.log", timeout=90) as first:
            output = first.output()
            password = re.search(r"one-time password: (\S+)", output).group(1)
            assert f"kept in {instance / 'secret_key'}" in output
            several = "several machines serve it, set the same DEALER_RULES_SECRET_KEY"
            assert (several in output) == (kind == "postgresql")
            browsers = [sign_in(first.base, password) for _ in range(6)]
            assert sum(pages_bounced(first.base, b) for b in browsers) == 0
            metrics_folders = list(tmp_path.glob("dealer-rules-metrics-*"))
            assert len(metrics_folders) == 1
        assert not metrics_folders[0].exists(), "the master removes its metrics folder"
        assert mode(instance / "secret_key") == 0o600
        assert mode(instance) == 0o700
        if kind == "sqlite":
            assert mode(instance / "dealer-rules.sqlite") == 0o600
        with serve(environment, tmp_path / "second.log", timeout=90) as second:
            assert "made the key" not in second.output()
            assert sum(pages_bounced(second.base, b) for b in browsers) == 0, \
                "a session signed before the restart still works"
    finally:
        if proxy is not None:
            proxy.stop()
        cleanup()
