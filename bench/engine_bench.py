"""In-process engine benchmark: dealer-rules' evaluation vs durable-rules' own Host.

Run by hand (not part of the test suite)::

    .venv/bin/python bench/engine_bench.py            # 10,000 facts, 30 rules
    .venv/bin/python bench/engine_bench.py --facts 2000 --repeat 3

It evaluates the same 10,000 varied, nested facts against the same 30 rules
(bench/bench_rules.yaml) three ways, side by side in one run:

1. ``dealer-rules``: ``Evaluator.evaluate`` end to end from a JSON-like dict: validation
   into the facts model, derivation hooks, encoding, matching, hit policy, actions,
   finalising hooks, a Decision.
2. ``durable Host``: durable-rules used the way its README shows: ``durable.engine.Host``
   with the same conditions (the JSON our compiler produces) and Python callables as
   actions, one session id per evaluation, deleted afterwards. It is given facts that are
   already JSON-ready (it does no validation), so it does strictly less work.
3. ``matcher only``: core.engine.Matcher on pre-encoded facts: the part of (1) spent in the
   engine door.

It checks that (1) and (2) fire identical rules for every fact, then prints evaluations per
second, p50/p99 latency and the ratio to the Host. docs/performance.md records the figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import random
import statistics
import sys
import time
import zoneinfo
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


def timed(fn, items):
    latencies, out = [], []
    started = time.perf_counter()
    for item in items:
        t = time.perf_counter_ns()
        out.append(fn(item))
        latencies.append(time.perf_counter_ns() - t)
    total = time.perf_counter() - started
    latencies.sort()
    return out, {"per_s": len(items) / total,
                 "p50_us": latencies[len(latencies) // 2] / 1000,
                 "p99_us": latencies[int(len(latencies) * 0.99)] / 1000}


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


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=3, help="rounds; each one's best is kept")
    parser.add_argument("--interleave", action="store_true",
                        help="create the Host first and alternate the contenders round by round")
    parser.add_argument("--freeze", action="store_true",
                        help="gc.freeze() after set-up, as the server does after start-up")
    args = parser.parse_args(argv)

    pm = get_plugin_manager(default_plugins=("bench_plugin",), load_entry_points=False)
    registry = Registry.from_plugin_manager(pm)
    loaded = load_ruleset((HERE / "bench_rules.yaml").read_text(encoding="utf-8"), "bench_rules.yaml")
    ruleset = compile_ruleset(resolve(loaded, lambda g, d: None), registry)
    evaluator = Evaluator(pm)
    facts = make_facts(args.facts)

    def ours(f):
        return sorted(r.id for r in evaluator.evaluate(ruleset, f, at=AT).fired)

    models = [evaluator.validate_facts(ruleset, f) for f in facts]
    encoded = [matcher_input(m, ruleset.schema, ruleset.computed, Env(m, AT), ruleset.tz)
               for m in models]
    def matcher_only(enc):
        return sorted(ruleset.rule_by_key[k].id for k in ruleset.matcher.match(enc))

    best = {}
    results = {}

    def measure(name, fn, items):
        out, stats = timed(fn, items)
        results[name] = out
        if name not in best or stats["per_s"] > best[name]["per_s"]:
            best[name] = stats

    if args.freeze:
        gc.freeze()  # what a long-running server does after start-up (see docs/performance.md)
    contenders = [("dealer-rules", ours, facts), ("matcher only", matcher_only, encoded)]
    if args.interleave:
        # the Host's timer threads, alive from its creation to the end of the process, then
        # disturb all three, and the rounds alternate: the most conservative comparison
        contenders.insert(1, ("durable Host", host_runner(ruleset, encoded), encoded))
        for _ in range(args.repeat):
            for contender in contenders:
                measure(*contender)
    else:
        # each in its own state: ours before the Host exists (its timer threads take the GIL
        # for as long as the process lives), then the Host
        for contender in contenders:
            for _ in range(args.repeat):
                measure(*contender)
        host = host_runner(ruleset, encoded)
        for _ in range(args.repeat):
            measure("durable Host", host, encoded)
    identical = results["dealer-rules"] == results["durable Host"] == results["matcher only"]
    fired = statistics.mean(len(r) for r in results["dealer-rules"])
    print(f"{len(facts)} facts, {len(ruleset.rules)} rules, {fired:.1f} rules fired per fact "
          f"on average; identical results: {identical}")
    base = best["durable Host"]["per_s"]
    print(f"{'':14} {'eval/s':>10} {'p50 us':>9} {'p99 us':>9} {'vs Host':>8}")
    for name, stats in best.items():
        print(f"{name:14} {stats['per_s']:10.0f} {stats['p50_us']:9.1f} {stats['p99_us']:9.1f} "
              f"{stats['per_s'] / base:7.2f}x")
    if not identical:
        for i, (a, b) in enumerate(zip(results["dealer-rules"], results["durable Host"])):
            if a != b:
                print("first difference at fact", i, a, b)
                break
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
