"""The served /api/v1/openapi.json is a contract other systems can build on: it validates
(openapi-spec-validator, OpenAPI 3.1); openapi-python-client with its default settings
generates every operation without a warning, and the generated client evaluates the tiers
domain for real; openapi-typescript and strict tsc accept the TypeScript example of
docs/api.md (skipped, saying why, where node's tools are not installed: the suite never
downloads them; bench/typescript_contract.sh does). Money is a decimal string everywhere,
answers list what they always send as required, every operation declares its errors.
"""
from __future__ import annotations

import importlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from dealer_rules.core.store import Actor, Store, accounts
from support.service import basic

ROOT = Path(__file__).resolve().parents[2]
API_DOC = ROOT / "docs" / "api.md"
BIN = Path(sys.executable).parent
METHODS = ("get", "post", "put", "patch", "delete")
#: problem+json members that are left out when they do not apply
OPTIONAL_IN_ANSWERS = {"Problem", "ProblemItem"}


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """The app as `dealer-rules serve` makes it (shipped rulesets seeded, every installed
    plugin), its document, and an evaluate key of the default group."""
    from dealer_rules.web import create_app
    from dealer_rules.web.cli import prepare_store
    folder = tmp_path_factory.mktemp("contract")
    settings = {"DATABASE_URL": f"sqlite:///{folder}/store.sqlite", "START_REFRESHER": False}
    prepare_store({**settings, "SEED_RULESETS": None}, echo=lambda *a, **k: None)
    app = create_app(settings)
    store = Store(settings["DATABASE_URL"])
    with store.write() as session:
        _, key = accounts.create_api_key(session, Actor("test"), "default", "integrator",
                                         ["evaluate"])
        accounts.create_user(session, Actor("test"), "root", "root-password")
        accounts.grant_role(session, Actor("test"), "root", "admin", None)
    store.dispose()
    app.extensions["dealer_rules"].refresher.poll_once()
    response = app.test_client().get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    path = folder / "openapi.json"
    path.write_text(json.dumps(spec), encoding="utf-8")
    yield app, spec, path, key
    app.extensions["dealer_rules"].close()


def operations(spec) -> list[tuple[str, str, dict]]:
    return [(path, method, op) for path, item in spec["paths"].items()
            for method, op in item.items() if method in METHODS]


def walk(node, where=""):
    """Every (path, schema object) of a JSON document."""
    if isinstance(node, dict):
        yield where, node
        for key, value in node.items():
            yield from walk(value, f"{where}/{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from walk(value, f"{where}/{i}")


def test_the_document_validates_as_openapi_3_1(served):
    from openapi_spec_validator import validate
    _, spec, _, _ = served
    assert spec["openapi"] == "3.1.0"
    validate(spec)   # raises, naming the place, on any error


def test_openapi_python_client_generates_every_operation_without_a_warning(served, tmp_path):
    app, spec, path, key = served
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    run = subprocess.run([str(BIN / "openapi-python-client"), "generate", "--path", str(path),
                          "--output-path", str(tmp_path / "client")],
                         capture_output=True, text=True, env=env, timeout=300)
    output = run.stdout + run.stderr
    assert run.returncode == 0, output
    assert "will not be generated" not in output and "warning" not in output.lower(), output
    package = tmp_path / "client" / "dealer_rules_api_client"
    generated = {p.stem for p in (package / "api").rglob("*.py") if p.stem != "__init__"}
    assert generated == {op["operationId"] for _, _, op in operations(spec)}

    # the generated client, typed, evaluates the tiers domain against the app
    import httpx
    sys.path.insert(0, str(tmp_path / "client"))
    try:
        client_module = importlib.import_module("dealer_rules_api_client")
        evaluate_tiers = importlib.import_module("dealer_rules_api_client.api.evaluate.evaluate_tiers")
        models = importlib.import_module("dealer_rules_api_client.models")
        client = client_module.AuthenticatedClient(base_url="http://api.test", token=key)
        client.set_httpx_client(httpx.Client(
            transport=httpx.WSGITransport(app=app), base_url="http://api.test",
            headers={"Authorization": f"Bearer {key}"}))
        facts = json.loads((ROOT / "examples/facts/tiers-gold-maintenance.json").read_text())
        request = models.EvaluateTiersRequest.from_dict(
            {"facts": facts, "at": "2026-11-27T10:00:00+08:00", "explain": True})
        answer = evaluate_tiers.sync_detailed(client=client, body=request)
        assert answer.status_code == 200, answer.content
        decision = answer.parsed
        assert isinstance(decision, models.TiersDecision)
        assert decision.result.tier == "gold"
        assert decision.result.order.total_payable == "1880.00"   # 1200 x 0.9 + 800
        assert decision.ruleset.version == 1
    finally:
        sys.path.remove(str(tmp_path / "client"))
        for name in [n for n in sys.modules if n.startswith("dealer_rules_api_client")]:
            del sys.modules[name]


def test_schema_names_are_unique_readable_and_no_enum_repeats_a_name(served):
    _, spec, _, _ = served
    schemas = spec["components"]["schemas"]
    titles = [s["title"] for s in schemas.values()]
    assert titles == list(schemas) and len(set(titles)) == len(titles)
    assert not [n for n in schemas if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", n)]
    assert {"TiersCustomer", "OffersVehicle", "SlaComplaint", "TiersDecision"} <= set(schemas)
    for where, node in walk(spec):
        if "enum" in node:
            keys = [re.sub(r"[^a-z0-9]", "", str(v).lower()) for v in node["enum"]]
            assert len(keys) == len(set(keys)), where
    zone = schemas["NewGroup"]["properties"]["timezone"]
    assert zone["type"] == "string" and zone["examples"] == ["Asia/Shanghai"]


def test_money_is_a_decimal_string_in_requests_and_answers(served):
    _, spec, _, _ = served
    money = [(where, node) for where, node in walk(spec) if node.get("x-currency") == "CNY"]
    assert len(money) > 20
    for where, node in money:
        assert node["type"] == "string" and node["format"] == "decimal", where
        assert re.fullmatch(node["pattern"].strip("^$"), "1200.00"), where
        assert "default" not in node or isinstance(node["default"], str), where
    order = spec["components"]["schemas"]["TiersServiceOrder"]["properties"]
    assert order["labour_amount"]["x-currency"] == "CNY"


def test_a_request_asks_only_for_what_has_no_default_and_an_answer_lists_all_it_sends(served):
    _, spec, _, _ = served
    schemas = spec["components"]["schemas"]
    request = schemas["EvaluateTiersRequest"]
    assert request["required"] == ["facts"]
    assert not [w for w, n in walk(spec) if "properties" in n and
                any("default" in p for p in n["properties"].values()) and
                n.get("additionalProperties") is False]    # request models: no default
    answers = set()
    for _, _, op in operations(spec):
        for content in op["responses"].get("200", op["responses"].get("201", {})).get(
                "content", {}).values():
            if "$ref" in content["schema"]:     # not a file (export.xlsx)
                answers.add(content["schema"]["$ref"].rsplit("/", 1)[1])

    def reached(name, seen):
        if name in seen:
            return
        seen.add(name)
        for _, node in walk(schemas[name]):
            if "$ref" in node:
                reached(node["$ref"].rsplit("/", 1)[1], seen)
    seen: set = set()
    for name in answers:
        reached(name, seen)
    assert {"TiersDecision", "TiersResult", "TiersBill", "VersionInfo"} <= seen
    for name in seen - OPTIONAL_IN_ANSWERS:
        schema = schemas[name]
        assert sorted(schema.get("required", [])) == sorted(schema.get("properties", {})), name


def test_money_strings_are_pattern_checked_and_numbers_still_accepted(served):
    app, _, _, key = served
    client, headers = app.test_client(), {"Authorization": f"Bearer {key}"}

    def evaluate(labour, language="en"):
        order = {"kind": "maintenance", "labour_amount": labour, "parts_amount": "800.00"}
        return client.post("/api/v1/evaluate/tiers", headers={**headers, "Accept-Language": language},
                           json={"facts": {"order": order}, "at": "2026-11-27T10:00:00+08:00"})
    for sent in (1200, 1200.0, "1200", "1200.00", "1199.995"):
        answer = evaluate(sent)
        assert answer.status_code == 200, (sent, answer.get_json())
        assert answer.get_json()["result"]["order"]["labour_amount"] == "1200.00", sent
    for sent in ("1.2e3", " 1200", "1,200.00", "12O0"):
        problem = evaluate(sent).get_json()
        assert problem["status"] == 422 and problem["code"] == "facts_invalid", sent
        [error] = problem["errors"]
        assert (error["path"], error["code"]) == ("facts.order.labour_amount", "not_money"), sent
        assert "1200.00" in error["message"]
    assert "不是金额" in evaluate("1.2e3", "zh-CN").get_json()["errors"][0]["message"]


def test_a_time_zone_is_checked_against_the_tz_database(served):
    app, _, _, _ = served
    client, root = app.test_client(), basic("root", "root-password")
    problem = client.post("/api/v1/groups", headers=root, json={
        "id": "mars", "name": "Mars", "timezone": "Mars/Olympus_Mons"}).get_json()
    assert problem["status"] == 422
    assert [(e["path"], e["code"]) for e in problem["errors"]] == [("body.timezone",
                                                                    "unknown_timezone")]
    created = client.post("/api/v1/groups", headers=root, json={
        "id": "urumqi", "name": "乌鲁木齐", "timezone": "Asia/Urumqi"})
    assert created.status_code == 201 and created.get_json()["timezone"] == "Asia/Urumqi"


def test_every_operation_declares_its_security_and_its_errors(served):
    _, spec, _, _ = served
    schemes = spec["components"]["securitySchemes"]
    assert schemes["apiKey"] == {"type": "apiKey", "in": "header", "name": "X-API-Key",
                                 "description": schemes["apiKey"]["description"]}
    assert schemes["bearer"]["scheme"] == "bearer" and schemes["basic"]["scheme"] == "basic"
    for path, method, op in operations(spec):
        where = f"{method.upper()} {path}"
        assert op["security"], where
        assert {"503", "401"} <= set(op["responses"]), where
        if "requestBody" in op:
            assert {"400", "413", "415", "422"} <= set(op["responses"]), where
        for status, response in op["responses"].items():
            if status >= "400":
                assert list(response["content"]) == ["application/problem+json"], where
    assert "``" not in json.dumps(spec), "reStructuredText literals left in a description"
    evaluate = spec["paths"]["/api/v1/evaluate/tiers"]["post"]["security"]
    assert {"bearer", "apiKey"} == {name for s in evaluate for name in s}


def test_dry_run_answers_the_domains_typed_decision(served):
    _, spec, _, _ = served
    dry_run = spec["paths"]["/api/v1/groups/{group}/rulesets/tiers/dry-run"]["post"]
    answer = dry_run["responses"]["200"]["content"]["application/json"]["schema"]
    assert answer == {"$ref": "#/components/schemas/TiersDecision"}
    body = dry_run["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    facts = spec["components"]["schemas"][body.rsplit("/", 1)[1]]["properties"]["facts"]
    assert facts["$ref"].endswith("/TiersFacts")


def test_the_reference_page_answers_with_or_without_a_trailing_slash(served):
    app, _, _, _ = served
    client = app.test_client()
    with client.get("/api/v1/docs/", follow_redirects=True) as page:
        assert page.status_code == 200 and b"api-docs.js" in page.data
        assert page.request.path == "/api/v1/docs"    # its relative links resolve from there


def _block(language: str, containing: str) -> str:
    text = API_DOC.read_text(encoding="utf-8")
    blocks = [b for b in re.findall(rf"```{language}\n(.*?)```", text, re.S) if containing in b]
    assert blocks, f"docs/api.md has no {language} block with {containing}"
    return blocks[0]


def test_the_curl_example_of_docs_api_md_is_answered(served):
    app, _, _, key = served
    block = _block("sh", "/api/v1/evaluate/tiers")
    body = re.search(r"-d '(.*?)'", block, re.S).group(1)
    answer = app.test_client().post("/api/v1/evaluate/tiers", data=body,
                                    headers={"Authorization": f"Bearer {key}",
                                             "Content-Type": "application/json"})
    assert answer.status_code == 200, answer.get_json()
    assert answer.get_json()["result"]["order"]["total_payable"] == "1880.00"


def _ts_tools() -> tuple[str, str] | None:
    folders = [os.environ.get("DEALER_RULES_TS_TOOLS", ""),
               os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")),
                            "dealer-rules-ts-tools")]
    for folder in folders:
        bin_ = Path(folder) / "node_modules" / ".bin"
        if folder and (bin_ / "openapi-typescript").exists() and (bin_ / "tsc").exists():
            return str(bin_ / "openapi-typescript"), str(bin_ / "tsc")
    found = shutil.which("openapi-typescript"), shutil.which("tsc")
    return found if all(found) else None


def test_strict_typescript_accepts_the_typescript_example_of_docs_api_md(served, tmp_path):
    tools = _ts_tools()
    if tools is None or shutil.which("node") is None:
        pytest.skip("openapi-typescript and tsc are not installed (the suite downloads "
                    "nothing): run bench/typescript_contract.sh to install and check")
    _, _, path, _ = served
    generate, tsc = tools
    run = subprocess.run([generate, str(path), "-o", str(tmp_path / "api.d.ts")],
                         capture_output=True, text=True, timeout=300)
    assert run.returncode == 0 and "warn" not in (run.stdout + run.stderr).lower(), \
        run.stdout + run.stderr
    example = tmp_path / "evaluate-tiers.ts"
    example.write_text(_block("ts", "/api/v1/evaluate/tiers"), encoding="utf-8")
    run = subprocess.run([tsc, "--strict", "--noEmit", "--target", "es2022", "--lib",
                          "es2022,dom", "--module", "es2022", "--moduleResolution", "bundler",
                          str(example)], capture_output=True, text=True, timeout=300,
                         cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
