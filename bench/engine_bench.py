"""In-process engine benchmark: dealer-rules' evaluation vs durable-rules' own Host.

Run by hand (not part of the test suite)::

    .venv/bin/python bench/engine_bench.py            # 10,000 facts, 30 rules
    .venv/bin/python bench/engine_bench.py --facts 2000 --repeat 3

It evaluates the same 10,000 varied, nested facts against the same 30 rules
(bench/bench_rules.yaml), side by side in one run, rounds interleaved:

1. ``evaluate durable`` / ``evaluate compiled``: ``Evaluator.evaluate`` end to end from a
   JSON-like dict on each matcher: validation into the facts model, derivation hooks,
   matching, hit policy, actions, finalising hooks, a Decision.
2. ``matcher durable``: durable-rules' C module driven directly through core.engine.Matcher
   on pre-encoded facts; ``matcher compiled``: the compiled matcher on pre-validated facts:
   the part of (1) spent in the engine door. ``durable from facts``: the C module driven
   directly from the same JSON-like facts, i.e. what getting the fired rules out of it takes
   at the least: the facts validated into the model (money and dates parsed), encoded as
   the C matcher reads them, matched; nothing after (no hooks, actions or Decision).
3. ``durable Host``: durable-rules used the way its README shows: ``durable.engine.Host``
   with the same conditions (the JSON our compiler produces) and Python callables as
   actions, one session id per evaluation, deleted afterwards. It is given facts that are
   already JSON-ready (it does no validation), so it does strictly less work. Each of its
   rounds runs in a child process: the Host's timer threads live as long as their process
   and would otherwise take the GIL from every other contender.
4. ``hand-written``: the 30 rules written by hand as one Python function over the JSON-like
   dict (no validation, no explanation, no Decision): the physical limit of Python here.

5. with ``--baseline REV``, ``evaluate durable at REV``: ``Evaluator.evaluate`` on durable as
   the code was at git revision REV (e.g. the issue's "today"), checked out in a temporary
   worktree and imported as ``dealer_rules`` in a child process per round, with that
   revision's bench plugin and rules: the only way to set a past evaluation side by side
   with today's in one run.

It checks that all fire identical rules for every fact, then prints the median and spread
(min-max) over the rounds of CPU time per evaluation, the median evaluations per second and
p50/p99 latency, and the ratios (of CPU time: the machine is shared). docs/performance.md records the figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import random
import statistics
import inspect
import os
import subprocess
import sys
import tempfile
import time
import zoneinfo
from decimal import Decimal
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from dealer_rules.core.compile import compile_ruleset  # noqa: E402
from dealer_rules.core.conditions.compiler import ALWAYS  # noqa: E402
from dealer_rules.core.conditions.interpreter import Env  # noqa: E402
from dealer_rules.core.evaluate import Evaluator, matcher_input  # noqa: E402
from dealer_rules.core.layering import resolve  # noqa: E402
from dealer_rules.core.plugins import get_plugin_manager  # noqa: E402
from dealer_rules.core.registry import Registry  # noqa: E402
from dealer_rules.core.ruleset import load_ruleset  # noqa: E402

AT = dt.datetime(2026, 11, 27, 10, 0, tzinfo=zoneinfo.ZoneInfo("Asia/Shanghai"))
CITIES = ["上海", "杭州", "南京", "北京", "广州", "成都"]
MODELS = ["SUV-X", "SUV-Y", "SEDAN-A", "SEDAN-B", "MPV-C"]
PARTS = ["brake_pads", "tyre", "oil", "transmission", "battery", "wiper"]


def make_facts(n: int, seed: int = 7) -> list[dict]:
    rnd = random.Random(seed)
    facts = []
    for _ in range(n):
        repairs = [{"part": rnd.choice(PARTS), "km": rnd.randint(0, 80_000),
                    "on": (dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randint(0, 1000))).isoformat()}
                   for _ in range(rnd.randint(0, 6))]
        facts.append({
            "customer": {"tier": rnd.choice(["silver", "gold", "diamond"]),
                         "segment": rnd.choice(["family", "business", "commuter", "offroad"]),
                         "spend_12m": f"{rnd.randint(0, 50_000)}.{rnd.randint(0, 99):02d}",
                         "city": rnd.choice(CITIES), "opted_out": rnd.random() < 0.1},
            "order": {"kind": rnd.choice(["maintenance", "repair", "bodywork"]),
                      "labour": f"{rnd.randint(0, 4000)}.00",
                      "parts": str(rnd.choice([0, rnd.randint(0, 6000)]))},
            "vehicle": {"model": rnd.choice(MODELS), "km": rnd.randint(0, 150_000),
                        "age_months": rnd.randint(0, 120), "repairs": repairs},
        })
    return facts


def timed(fn, items, answer):
    """Run ``fn`` over ``items``: evaluations per second of wall time, p50/p99 latency, and
    the CPU time per evaluation of this thread (what the ratios use: on a machine shared
    with other work, wall time also counts the waits for a core). What ``fn`` returns is
    dropped at once (keeping 10,000 Decisions alive would time the garbage collector);
    the sorted ids of the rules fired, for the check of identical results, come from a
    second pass (``answer`` of each result) after the clock stops."""
    latencies = []
    started, cpu = time.perf_counter(), time.thread_time()
    for item in items:
        t = time.perf_counter_ns()
        fn(item)
        latencies.append(time.perf_counter_ns() - t)
    cpu = time.thread_time() - cpu
    total = time.perf_counter() - started
    latencies.sort()
    out = [answer(fn(item)) for item in items]
    return out, {"per_s": len(items) / total, "cpu_us": cpu / len(items) * 1e6,
                 "p50_us": latencies[len(latencies) // 2] / 1000,
                 "p99_us": latencies[int(len(latencies) * 0.99)] / 1000}


def hand_written(f: dict) -> list[str]:
    """bench_rules.yaml's 30 rules as a programmer would write them for these facts: the
    fastest Python can decide them (money as Decimal, as the facts model holds it)."""
    c, o, v = f["customer"], f["order"], f["vehicle"]
    tier, segment, city, model = c["tier"], c["segment"], c["city"], v["model"]
    spend, labour, parts = Decimal(c["spend_12m"]), Decimal(o["labour"]), Decimal(o["parts"])
    km, age, kind = v["km"], v["age_months"], o["kind"]
    repairs = v["repairs"]
    out = []
    add = out.append
    if tier == "gold":
        add("rule_00")
    if tier in ("gold", "diamond") and labour >= 500:
        add("rule_01")
    if tier == "diamond" or spend >= 30000:
        add("rule_02")
    if segment == "family" and age >= 24:
        add("rule_03")
    if segment == "business" and kind == "maintenance":
        add("rule_04")
    if 30000 <= km < 40000:
        add("rule_05")
    if any(r["part"] == "brake_pads" and r["km"] > 20000 for r in repairs):
        add("rule_06")
    if repairs and all(r["km"] < 50000 for r in repairs):
        add("rule_07")
    if not any(r["part"] == "tyre" for r in repairs):
        add("rule_08")
    if parts > labour:
        add("rule_09")
    if kind in ("repair", "bodywork") and parts >= 2000:
        add("rule_10")
    if city in ("上海", "杭州", "南京"):
        add("rule_11")
    if city == "北京" and tier != "silver":
        add("rule_12")
    if model in ("SUV-X", "SUV-Y") and segment == "offroad":
        add("rule_13")
    if age > 36 or km > 60000:
        add("rule_14")
    if not c.get("opted_out", False) and spend >= 10000:
        add("rule_15")
    if spend < 1000 and labour < 200:
        add("rule_16")
    if 1000 <= labour < 3000:
        add("rule_17")
    if any(r["on"] >= "2026-01-01" for r in repairs):
        add("rule_18")
    if age <= 12 and kind == "maintenance":
        add("rule_19")
    if tier == "silver" and segment in ("family", "commuter"):
        add("rule_20")
    if segment == "commuter" and km > 20000:
        add("rule_21")
    if kind == "bodywork":
        add("rule_22")
    if km >= 100000:
        add("rule_23")
    if tier == "diamond" and model == "SEDAN-A":
        add("rule_24")
    if any(r["part"] == "transmission" for r in repairs):
        add("rule_25")
    if parts == 0 and labour > 0:
        add("rule_26")
    if city != "上海" and labour > 800:
        add("rule_27")
    if model in ("SUV-X", "SEDAN-B"):
        add("rule_28")
    if tier == "gold" and any(r["km"] > 40000 for r in repairs):
        add("rule_29")
    return out


def host_runner(ruleset, encoded_facts):
    """durable-rules' Host with the same conditions and Python callables as actions."""
    from durable.engine import Host, MessageNotHandledException

    fired: list[str] = []

    def action_for(rule_id):
        def action(c):
            fired.append(rule_id)
        return action

    definition = {}
    for key, terms in ruleset.terms:
        rule_id = ruleset.rule_by_key[key].id
        for n, term in enumerate(terms):
            # The Host re-asserts its session state (a fact without our fields) after every
            # action; a purely negative term ("not exists") would match that and loop
            # forever, so every Host term also requires a field all real facts carry.
            condition = {"$and": [ALWAYS] + term}
            definition[f"{key}_{n}"] = {"all": [{"m": condition}], "run": action_for(rule_id)}
    host = Host()
    host.register_rulesets({"bench": definition})
    counter = iter(range(10 ** 9))

    def run(fact):
        fired.clear()
        sid = str(next(counter))
        try:
            host.assert_fact("bench", dict(fact, sid=sid))
        except MessageNotHandledException:
            pass
        host.delete_state("bench", sid)
        return sorted(set(fired))

    return run


def fired_ids(decision) -> list[str]:
    """The sorted ids of the rules a Decision says fired (for the check of identical results)."""
    return sorted(r.id for r in decision.fired)


def checkout(rev: str, where: Path) -> Path:
    """Revision ``rev`` of this repository checked out under ``where``/dealer_rules (the
    repository's root is the package), so that ``PYTHONPATH=where`` imports it ahead of
    the editable install. Only revisions from the one-import-name move on (012ae9f) can be
    imported this way."""
    package = where / "dealer_rules"
    subprocess.run(["git", "-C", str(HERE.parent), "worktree", "add", "--detach", str(package),
                    rev], check=True, capture_output=True)
    return package


def baseline_round(bench_dir: Path, n: int) -> int:
    """One round of ``evaluate durable`` with the code an earlier revision had (the parent
    put it first on PYTHONPATH) and that revision's bench plugin and rules; prints its
    fired rules and stats as JSON like a Host round."""
    sys.path.insert(0, str(bench_dir))
    sys.modules.pop("bench_plugin", None)
    pm = get_plugin_manager(default_plugins=("bench_plugin",), load_entry_points=False)
    loaded = load_ruleset((bench_dir / "bench_rules.yaml").read_text(encoding="utf-8"),
                          "bench_rules.yaml")
    extra = {"engine": "durable"} if "engine" in inspect.signature(compile_ruleset).parameters \
        else {}
    ruleset = compile_ruleset(resolve(loaded, lambda g, d: None),
                              Registry.from_plugin_manager(pm), **extra)
    evaluator = Evaluator(pm)
    out, stats = timed(lambda f: evaluator.evaluate(ruleset, f, at=AT), make_facts(n), fired_ids)
    print(json.dumps({"out": out, "stats": stats}))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=5, help="interleaved rounds")
    parser.add_argument("--freeze", action="store_true",
                        help="gc.freeze() after set-up, as the server does after start-up")
    parser.add_argument("--baseline", metavar="REV",
                        help="also measure evaluate on durable as it was at git revision REV")
    parser.add_argument("--host-round", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--baseline-round", metavar="BENCH_DIR", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.baseline_round:  # one round of an earlier revision, in this child (see --baseline)
        return baseline_round(Path(args.baseline_round), args.facts)

    pm = get_plugin_manager(default_plugins=("bench_plugin",), load_entry_points=False)
    registry = Registry.from_plugin_manager(pm)
    loaded = load_ruleset((HERE / "bench_rules.yaml").read_text(encoding="utf-8"), "bench_rules.yaml")
    durable = compile_ruleset(resolve(loaded, lambda g, d: None), registry, engine="durable")
    compiled = compile_ruleset(resolve(loaded, lambda g, d: None), registry, engine="compiled")
    evaluator = Evaluator(pm)
    facts = make_facts(args.facts)

    def evaluate_on(ruleset):
        return lambda f: evaluator.evaluate(ruleset, f, at=AT)

    models = [evaluator.validate_facts(durable, f) for f in facts]
    envs = [Env(m, AT) for m in models]
    encoded = [matcher_input(m, durable.schema, durable.computed, Env(m, AT), durable.tz)
               for m in models]

    def matcher_of(ruleset):
        return ruleset.matcher.match

    def from_facts(ruleset):
        validate = evaluator.validate_facts
        return lambda f: ruleset.match(Env(validate(ruleset, f), AT))

    def ids_of(ruleset):
        keys = ruleset.rule_by_key
        return lambda fired_keys: sorted(keys[k].id for k in fired_keys)

    if args.host_round:  # one round of the Host, in this child process (see the module doc)
        out, stats = timed(host_runner(durable, encoded), encoded, list)
        print(json.dumps({"out": out, "stats": stats}))
        return 0

    def host_round(_):
        child = subprocess.run([sys.executable, __file__, "--host-round", "--facts",
                                str(args.facts)], capture_output=True, text=True, check=True)
        return json.loads(child.stdout)

    earlier = None
    if args.baseline:
        earlier = tempfile.TemporaryDirectory(prefix="engine-bench-")
        baseline_name = f"durable at {args.baseline}"[:18]
        package = checkout(args.baseline, Path(earlier.name))

        def baseline(_):
            child = subprocess.run(
                [sys.executable, __file__, "--baseline-round", str(package / "bench"),
                 "--facts", str(args.facts)], capture_output=True, text=True, check=True,
                env={**os.environ, "PYTHONPATH": str(package.parent)}, cwd=earlier.name)
            return json.loads(child.stdout)

    if args.freeze:
        gc.freeze()  # what a long-running server does after start-up (see docs/performance.md)
    contenders = [("evaluate durable", evaluate_on(durable), facts, fired_ids),
                  ("evaluate compiled", evaluate_on(compiled), facts, fired_ids),
                  ("matcher durable", matcher_of(durable), encoded, ids_of(durable)),
                  ("durable from facts", from_facts(durable), facts, ids_of(durable)),
                  ("matcher compiled", matcher_of(compiled), envs, ids_of(compiled)),
                  ("durable Host", host_round, None, None),
                  ("hand-written", hand_written, facts, sorted)]
    if earlier is not None:
        contenders.append((baseline_name, baseline, None, None))
    rounds: dict = {name: [] for name, *_ in contenders}
    results = {}
    for _ in range(args.repeat):
        for name, fn, items, answer in contenders:
            if items is None:
                child = fn(None)
                out, stats = child["out"], child["stats"]
            else:
                out, stats = timed(fn, items, answer)
            results[name] = out
            rounds[name].append(stats)
    reference = results["evaluate durable"]
    identical = all(out == reference for out in results.values())
    fired = statistics.mean(len(r) for r in reference)
    print(f"{len(facts)} facts, {len(durable.rules)} rules, {fired:.1f} rules fired per fact "
          f"on average, {args.repeat} interleaved rounds; identical results: {identical}")
    cpu = {name: statistics.median(r["cpu_us"] for r in stats) for name, stats in rounds.items()}
    host = cpu["durable Host"]
    print(f"{'':18} {'CPU us/eval':>11} {'(min-max)':>13} {'eval/s':>7} {'p50 us':>7} "
          f"{'p99 us':>7} {'vs Host':>8}")
    for name, stats in rounds.items():
        low, high = min(r["cpu_us"] for r in stats), max(r["cpu_us"] for r in stats)
        per_s = statistics.median(r["per_s"] for r in stats)
        p50 = statistics.median(r["p50_us"] for r in stats)
        p99 = statistics.median(r["p99_us"] for r in stats)
        print(f"{name:18} {cpu[name]:11.1f} {f'({low:.1f}-{high:.1f})':>13} {per_s:7.0f} "
              f"{p50:7.1f} {p99:7.1f} {host / cpu[name]:7.2f}x")
    print(f"evaluate compiled is {cpu['evaluate durable'] / cpu['evaluate compiled']:.2f}x "
          f"faster than evaluate durable; evaluate durable takes "
          f"{cpu['evaluate durable'] / cpu['matcher durable']:.2f}x the time of durable's C "
          f"module driven directly on encoded facts and "
          f"{cpu['evaluate durable'] / cpu['durable from facts']:.2f}x from the same facts; "
          f"the hand-written function is "
          f"{cpu['evaluate compiled'] / cpu['hand-written']:.2f}x faster than evaluate "
          f"compiled and {cpu['evaluate durable'] / cpu['hand-written']:.2f}x than evaluate durable")
    if earlier is not None:
        print(f"evaluate compiled is {cpu[baseline_name] / cpu['evaluate compiled']:.2f}x and "
              f"evaluate durable {cpu[baseline_name] / cpu['evaluate durable']:.2f}x faster than "
              f"evaluate durable at {args.baseline}")
        earlier.cleanup()
        subprocess.run(["git", "-C", str(HERE.parent), "worktree", "prune"], check=False)
    if not identical:
        for name, out in results.items():
            for i, (a, b) in enumerate(zip(reference, out)):
                if a != b:
                    print(f"first difference of {name} at fact {i}: {a} {b}")
                    break
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
