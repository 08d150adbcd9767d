"""Impact replay benchmark: ``core.impact.replay`` against a plain loop evaluating the same
facts twice, once per version. Run by hand (not part of the test suite)::

    .venv/bin/python bench/impact_bench.py --facts 100000 --rounds 3

The facts: varied ``tiers`` customers (bench/bulk_bench.py's generator: 0-2 car purchases,
0-4 paid service orders, an order at the counter), parsed into dicts up front. The two
versions: the shipped tiers ruleset and the same with silver's labour discount 10% -> 12%
(which changes a large share of the decisions: the replay's worst case is the share it must
take apart). Each compiled once.

Interleaved rounds (plain loop, then replay; the next round the other way round) so that
the machine's other load falls on both alike. For each it prints seconds of wall clock and
of this process's CPU (``time.process_time``: what the other load does not take away), then
the median and spread (min-max) of each and the ratio replay / plain loop (goal <= 1.1), and
the load average before and after. docs/performance.md keeps the figures.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
AT = dt.datetime.fromisoformat("2026-11-27T10:00:00+08:00")


def facts_list(n: int) -> list:
    from bulk_bench import write_rows
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "facts.jsonl"
        write_rows(path, n)
        with open(path, encoding="utf-8") as fh:
            return [json.loads(line) for line in fh]


def versions(pm):
    from dealer_rules.core.shipped import shipped_rulesets
    from dealer_rules.testing import compiled_ruleset
    text = (Path(shipped_rulesets()) / "default" / "tiers.yaml").read_text(encoding="utf-8")
    draft = text.replace("{code: labour_discount, percent: 10}", "{code: labour_discount, percent: 12}")
    assert draft != text
    return compiled_ruleset(text, pm), compiled_ruleset(draft, pm)


def plain(evaluate, published, draft, items) -> None:
    for facts, at in items:
        evaluate(published, facts, at=at)
        evaluate(draft, facts, at=at)


def timed(work) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    work()
    return time.perf_counter() - wall, time.process_time() - cpu


def spread(values) -> str:
    return f"{statistics.median(values):.2f} ({min(values):.2f}-{max(values):.2f})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--offer", action="store_true",
                        help="Instead: the cost of offering an evaluation to the sampler "
                             "(core/sampling.py) at rate 0.1 and 1, and of masking 10,000.")
    parser.add_argument("--instructions", action="store_true",
                        help="Instead: instructions per customer under callgrind (valgrind), "
                             "plain loop and replay, --facts customers minus a third of them "
                             "(setup excluded): the same figure whatever else the machine runs.")
    parser.add_argument("--counted", choices=["plain loop", "replay"], help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.offer:
        return offer_cost()
    if args.counted:
        return counted(args.counted, args.facts)
    if args.instructions:
        return instructions(args.facts)
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.impact import replay
    from dealer_rules.core.plugins import get_plugin_manager
    pm = get_plugin_manager()
    evaluator = Evaluator(pm)
    items = [(facts, AT) for facts in facts_list(args.facts)]
    load_before = os.getloadavg()
    times = {"plain loop": [], "replay": []}
    report = None
    with versions(pm)[0] as published, versions(pm)[1] as draft:
        for round_ in range(args.rounds):
            order = ["plain loop", "replay"] if round_ % 2 == 0 else ["replay", "plain loop"]
            for name in order:
                if name == "plain loop":
                    took = timed(lambda: plain(evaluator.evaluate, published, draft, items))
                else:
                    def run():
                        nonlocal report
                        report = replay(evaluator, published, draft, items)
                    took = timed(run)
                times[name].append(took)
                print(f"round {round_ + 1} {name:>10}: {took[0]:7.2f} s wall, "
                      f"{took[1]:7.2f} s CPU", flush=True)
    load_after = os.getloadavg()
    print(f"\n{args.facts:,} facts, {report.changed:,} decisions changed "
          f"({report.changed / args.facts:.0%}), {len(report.kinds)} kinds")
    for name, runs in times.items():
        print(f"{name:>10}: wall {spread([w for w, _ in runs])} s, "
              f"CPU {spread([c for _, c in runs])} s")
    for i, label in ((0, "wall"), (1, "CPU")):
        ratio = statistics.median(r[i] for r in times["replay"]) / \
            statistics.median(p[i] for p in times["plain loop"])
        per_round = [r[i] / p[i] for r, p in zip(times["replay"], times["plain loop"])]
        print(f"replay / plain loop ({label}): {ratio:.2f} "
              f"(rounds {min(per_round):.2f}-{max(per_round):.2f}; goal <= 1.10)")
    print(f"load average before {load_before[0]:.1f}, after {load_after[0]:.1f}")


def counted(who: str, n: int) -> None:
    """The work callgrind counts: setup, then ``who`` over ``n`` customers."""
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.impact import replay
    from dealer_rules.core.plugins import get_plugin_manager
    pm = get_plugin_manager()
    evaluator = Evaluator(pm)
    items = [(facts, AT) for facts in facts_list(n)]
    with versions(pm)[0] as published, versions(pm)[1] as draft:
        evaluator.evaluate(published, items[0][0], at=AT)   # warm both before counting
        evaluator.evaluate(draft, items[0][0], at=AT)
        if who == "plain loop":
            plain(evaluator.evaluate, published, draft, items)
        else:
            replay(evaluator, published, draft, items)


def instructions(n: int) -> None:
    """Instructions per customer (n minus n/3 customers) of each contender under callgrind."""
    import re
    import subprocess
    small = n // 3
    per = {}
    for who in ("plain loop", "replay"):
        counts = []
        for size in (small, n):
            err = subprocess.run(
                ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                 __file__, "--counted", who, "--facts", str(size)],
                capture_output=True, text=True, check=True).stderr
            counts.append(int(re.search(r"refs:\s+([\d,]+)", err).group(1).replace(",", "")))
        per[who] = (counts[1] - counts[0]) / (n - small)
        print(f"{who:>10}: {per[who]:12,.0f} instructions per customer", flush=True)
    print(f"replay / plain loop, in instructions: {per['replay'] / per['plain loop']:.2f} "
          f"(goal <= 1.10)")


def offer_cost() -> None:
    """Microseconds per ``Sampler.offer`` (100,000 calls, 5 rounds), and the background
    thread's masking of 10,000 kept evaluations."""
    from dealer_rules.core.sampling import Sampler
    from dealer_rules.plugins.tiers.facts import TiersFacts
    facts = {"customer": {"car_purchases": [{"purchased_on": "2024-05-01"}]},
             "order": {"kind": "maintenance", "labour_amount": "1000.00", "parts_amount": "0"}}
    at = dt.datetime.now(dt.timezone.utc)
    for rate in (0.1, 1.0):
        runs = []
        for _ in range(5):
            sampler = Sampler(rate=rate, max_per_domain=10000)
            started = time.perf_counter()
            for _ in range(100_000):
                sampler.offer("default", "tiers", 1, TiersFacts, facts, at)
            runs.append((time.perf_counter() - started) / 100_000 * 1e6)
        print(f"offer at rate {rate}: {spread(runs)} us")
    sampler = Sampler(rate=1.0, max_per_domain=10000)
    for _ in range(10000):
        sampler.offer("default", "tiers", 1, TiersFacts, facts, at)
    started = time.perf_counter()
    sampler.take()
    print(f"masking 10,000 kept evaluations into rows: {(time.perf_counter() - started) * 1e3:.0f} ms")
    print(f"load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
