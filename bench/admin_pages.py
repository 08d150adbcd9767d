"""How fast every admin page loads and every main action answers, side by side with /healthz.

Run by hand on a warm server (issue 13: every page and action within 300 ms)::

    .venv/bin/python bench/admin_pages.py [--rounds 15] [--workers 2] [--only try]

Prepares a SQLite store in a temporary folder the way the admin's browser tests do (the
shipped rulesets, the groups 华东 huadong (extends default) and 北方 beifang, their own
rulesets), starts it as it is deployed (``dealer-rules serve``, gunicorn), signs in as the
administrator, saves a draft of huadong's tiers (so the publish page has something to check),
warms every page up, then times, over ``--rounds`` interleaved rounds, each page and action
right after one /healthz request on the same keep-alive connection: the ratio to /healthz
says how much of a figure is the page and how much the machine's load. Prints, per page,
the median, the 10th-90th percentile spread and the median ratio to /healthz; with
``--profile NAME`` it instead runs that page 20 times in this process under cProfile (the
app in a test client over the same store) and prints the top of the profile.
"""
from __future__ import annotations

import argparse
import os
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT / "tests"), str(ROOT / "tests" / "admin")]

GROUP = "default"          # has every shipped ruleset; huadong extends it (a child's pages)
CHILD = "huadong"
TOKEN = re.compile(r'name="csrf_token" value="([^"]+)"')
TRY_FACTS = ('{"customer": {"car_purchases": [{"purchased_on": "2024-03-01"}]}, '
             '"order": {"kind": "maintenance", "labour_amount": 1000}}')


def pages() -> list[tuple[str, str, str, dict | None]]:
    """(name, method, path, form or JSON body) of every page and main action."""
    g = f"/admin/g/{GROUP}"
    out = [("dashboard", "GET", "/admin/", None), ("group", "GET", f"{g}/", None)]
    for domain in ("tiers", "offers", "sla", "callbacks", "parts"):
        out.append((f"{domain} rules", "GET", f"{g}/{domain}/", None))
        out.append((f"{domain} editor", "GET", f"{g}/{domain}/edit", None))
    out += [
        ("tiers try it", "GET", f"{g}/tiers/try", None),
        ("tiers try it: run", "POST", f"{g}/tiers/try", {"facts": TRY_FACTS, "source": "draft"}),
        ("offers try it", "GET", f"{g}/offers/try", None),
        ("tiers test cases", "GET", f"{g}/tiers/tests", None),
        ("tiers test cases: run", "POST", f"{g}/tiers/tests", {}),
        ("tiers validate (editor, live)", "JSON", f"{g}/tiers/validate", "tiers"),
        ("tiers save draft", "SAVE", f"{g}/tiers/edit", "tiers"),
        ("tiers history", "GET", f"{g}/tiers/history", None),
        ("tiers diff", "GET", f"{g}/tiers/diff", None),
        ("tiers publish", "GET", f"{g}/tiers/publish", None),
        ("tiers publish: test results", "GET", f"{g}/tiers/publish/cases", None),
        ("offers publish", "GET", f"{g}/offers/publish", None),
        ("pictures: callbacks", "GET", f"{g}/pictures/callbacks", None),
        ("pictures: SLA", "GET", f"{g}/pictures/sla", None),
        ("pictures: hits", "GET", f"{g}/pictures/hits", None),
        ("pictures: hits 30 d", "GET", f"{g}/pictures/hits?window=30d", None),
        ("audit", "GET", f"{g}/audit", None),
        ("people", "GET", f"{g}/people", None),
        ("keys", "GET", f"{g}/keys", None),
        ("reference", "GET", "/admin/reference", None),
        ("huadong tiers rules", "GET", f"/admin/g/{CHILD}/tiers/", None),
        ("huadong tiers editor", "GET", f"/admin/g/{CHILD}/tiers/edit", None),
        ("huadong tiers try it", "GET", f"/admin/g/{CHILD}/tiers/try", None),
        ("huadong tiers publish", "GET", f"/admin/g/{CHILD}/tiers/publish", None),
        ("account", "GET", "/admin/account", None),
    ]
    return out


def prepare(work: Path) -> tuple[str, str]:
    from admin_support import prepare_store
    url = f"sqlite:///{work / 'store.sqlite'}"
    return url, prepare_store(url)


class Client:
    """A signed-in browser-like session (cookies, CSRF token of the last page)."""

    def __init__(self, base: str, password: str):
        self.base, self.http = base, requests.Session()
        self.token = ""
        self.get("/admin/login")
        answer = self.http.post(base + "/admin/login", data={
            "username": "admin", "password": password, "csrf_token": self.token},
            allow_redirects=False, timeout=30)
        assert answer.status_code == 302, answer.text[:500]
        self.http.get(base + "/admin/lang/zh", timeout=30)

    def get(self, path):
        answer = self.http.get(self.base + path, timeout=60)
        found = TOKEN.search(answer.text)
        if found:
            self.token = found.group(1)
        return answer

    def call(self, method, path, body):
        if method == "SAVE":              # body: the page that was read before (untimed)
            text, revision = body
            return self.http.post(self.base + path, data={
                "yaml": text, "revision": revision, "comment": "bench",
                "csrf_token": self.token}, allow_redirects=False, timeout=60)
        if method == "GET":
            return self.get(path)
        if method == "JSON":
            return self.http.post(self.base + path, json=body, timeout=60,
                                  headers={"X-CSRFToken": self.token})
        return self.http.post(self.base + path, data={**body, "csrf_token": self.token},
                              allow_redirects=False, timeout=60)


def save_draft(client: Client, group: str, domain: str) -> str:
    """Save the published text plus a comment line as the draft; returns the text."""
    page = client.get(f"/admin/g/{group}/{domain}/edit").text
    text = re.search(r'<textarea[^>]*name="yaml"[^>]*>(.*?)</textarea>', page, re.S).group(1)
    import html
    text = html.unescape(text).rstrip("\n") + "\n# bench draft\n"
    revision = re.search(r'name="revision" value="(\d+)"', page).group(1)
    answer = client.http.post(client.base + f"/admin/g/{group}/{domain}/edit", data={
        "yaml": text, "revision": revision, "comment": "bench", "csrf_token": client.token},
        allow_redirects=False, timeout=60)
    assert answer.status_code == 302, answer.text[:500]
    return text


def timed(client: Client, method, path, body) -> tuple[float, int]:
    if method == "SAVE":                  # read the revision first, untimed
        page = client.get(path).text
        revision = re.search(r'name="revision" value="(\d+)"', page).group(1)
        flip = "# bench draft\n" if not body.endswith("# bench draft\n") else "# bench\n"
        body = (body.rsplit("# bench", 1)[0] + flip, revision)
    started = time.perf_counter()
    answer = client.call(method, path, body)
    return (time.perf_counter() - started) * 1000, answer.status_code


def percentile(values, q):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def measure(base: str, password: str, rounds: int, only: str | None):
    client = Client(base, password)
    draft = save_draft(client, GROUP, "tiers")
    save_draft(client, CHILD, "tiers")
    chosen = [p for p in pages() if not only or only in p[0]]
    chosen = [(n, m, p, draft if b == "tiers" else b) for n, m, p, b in chosen]
    for _ in range(2):                                   # warm: every cache, both workers
        for name, method, path, body in chosen:
            if method == "SAVE":
                continue
            client.call(method, path, body if method != "JSON" else {"yaml": body})
    figures = {name: ([], [], set()) for name, *_ in chosen}
    for _ in range(rounds):
        for name, method, path, body in chosen:
            health, _status = timed(client, "GET", "/healthz", None)
            took, status = timed(client, method, path,
                                 body if method != "JSON" else {"yaml": body})
            figures[name][0].append(took)
            figures[name][1].append(took / max(health, 0.01))
            figures[name][2].add(status)
    health = [timed(client, "GET", "/healthz", None)[0] for _ in range(rounds * 4)]
    return figures, health


def report(figures, health, rounds):
    print(f"{'page or action':36} {'median ms':>9} {'p10-p90 ms':>13} {'x /healthz':>10}  status")
    print(f"{'/healthz':36} {statistics.median(health):9.1f} "
          f"{percentile(health, .1):6.1f}-{percentile(health, .9):<6.1f} {1:10.0f}")
    over = []
    for name, (took, ratio, status) in figures.items():
        median = statistics.median(took)
        print(f"{name:36} {median:9.1f} {percentile(took, .1):6.1f}-{percentile(took, .9):<6.1f} "
              f"{statistics.median(ratio):10.0f}  {','.join(map(str, sorted(status)))}")
        if median > 300:
            over.append(name)
    load = os.getloadavg()
    print(f"\n{rounds} rounds; load average {load[0]:.2f} {load[1]:.2f} {load[2]:.2f} on "
          f"{os.cpu_count()} cores; over 300 ms: {', '.join(over) or 'none'}")


def profile(url: str, password: str, only: str) -> None:
    import cProfile
    import pstats
    from dealer_rules.web import create_app
    app = create_app({"DATABASE_URL": url, "START_REFRESHER": False, "SECRET_KEY": "bench",
                      "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    page = client.get("/admin/login").get_data(as_text=True)
    client.post("/admin/login", data={"username": "admin", "password": password,
                                      "csrf_token": TOKEN.search(page).group(1)})
    name, method, path, body = next(p for p in pages() if only in p[0])
    page = client.get(path).get_data(as_text=True)
    found = TOKEN.search(page)
    token = found.group(1) if found else ""

    def once():
        if method == "GET":
            return client.get(path)
        if method == "JSON":
            return client.post(path, json={"yaml": "group: x\n"}, headers={"X-CSRFToken": token})
        return client.post(path, data={**body, "csrf_token": token})
    for _ in range(3):
        once()
    profiler = cProfile.Profile()
    profiler.enable()
    for _ in range(20):
        once()
    profiler.disable()
    print(f"{name}: {method} {path}, 20 calls")
    pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--only", help="only the pages whose name contains this")
    parser.add_argument("--profile", metavar="NAME", help="cProfile one page in-process")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        url, password = prepare(work)
        if args.profile:
            profile(url, password, args.profile)
            return
        from support.server import serve
        settings = {"DEALER_RULES_DATABASE_URL": url, "DEALER_RULES_WORKERS": str(args.workers),
                    "DEALER_RULES_SECRET_KEY": "bench", "DEALER_RULES_ACCESS_LOG": "",
                    "DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD": "1",
                    "DEALER_RULES_INSTANCE_PATH": str(work / "instance")}
        with serve(settings, work / "server.log", timeout=90) as running:
            figures, health = measure(running.base, password, args.rounds, args.only)
        report(figures, health, args.rounds)


if __name__ == "__main__":
    main()
