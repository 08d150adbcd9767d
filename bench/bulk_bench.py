"""Bulk evaluation benchmark: the bulk mode against a bare loop of ``evaluate``, and its
memory over growing files. Run by hand (not part of the test suite)::

    .venv/bin/python bench/bulk_bench.py speed --rows 20000 --rounds 5
    .venv/bin/python bench/bulk_bench.py rss --sizes 10000,100000,1000000
    .venv/bin/python bench/bulk_bench.py instructions --rows 600     # needs valgrind
    .venv/bin/python bench/bulk_bench.py cpu --rows 2048 --rounds 15

speed: the same rows (varied ``tiers`` facts, JSONL) three ways, in interleaved rounds so
that the machine's other load falls on all three alike:

1. ``bare loop``: ``Evaluator.evaluate`` over the rows already parsed into dicts, in this
   process, answers thrown away: the ceiling for one core.
2. ``bulk -j 1``: BulkRun reading the JSONL file and writing the JSONL answers, in this
   process (what ``dealer-rules evaluate --input --output -j 1`` does after start-up).
3. ``bulk -j 2``: the same with two worker processes, their start-up included (forked once
   the ruleset is compiled: they inherit it).

It prints rows/s per round, then the median and spread (min-max) of each, and the ratios
of the medians: bulk -j 1 / bare loop (target >= 0.80) and bulk -j 2 / bulk -j 1 (target
>= 1.7 on two cores). The round-by-round ratios are printed too.

rss: for each size, a fresh process generates nothing in memory (the file is written
first, streamed) and runs ``BulkRun`` with one job, then prints its peak RSS (ru_maxrss);
with ``--jobs 2`` the peak of the worker processes too. Flat means within 10%.

cpu: the bare loop and bulk -j 1 in turns, many short rounds, this process's CPU time per
row: the least of the rounds is the run the machine's other load disturbed least (for A/B
decisions on a shared machine; the quartile says how steady it was).

instructions: the bare loop and bulk -j 1 under callgrind, each with 600 and with 200 rows;
the difference divided by 400 is what one row costs, setup excluded, whatever the load.
docs/performance.md records the figures and what else ran on the machine.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

AT = dt.datetime.fromisoformat("2026-11-27T10:00:00+08:00")


def write_rows(path: Path, rows: int, seed: int = 7) -> None:
    """``rows`` varied tiers facts as JSONL (a member, some history, an order)."""
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(rows):
            purchases = [{"purchased_on": f"20{rnd.randint(18, 26)}-0{rnd.randint(1, 9)}-1{rnd.randint(0, 9)}"}
                         for _ in range(rnd.randint(0, 2))]
            orders = [{"paid_on": f"2026-0{rnd.randint(1, 9)}-2{rnd.randint(0, 8)}",
                       "amount_paid": f"{rnd.randint(200, 9000)}.00"}
                      for _ in range(rnd.randint(0, 4))]
            facts = {"customer": {"id": f"C-{i}", "car_purchases": purchases,
                                  "service_orders": orders,
                                  "points_balance": rnd.randint(0, 20000)},
                     "order": {"kind": rnd.choice(["maintenance", "repair", "bodywork"]),
                               "labour_amount": f"{rnd.randint(100, 3000)}.00",
                               "parts_amount": f"{rnd.randint(0, 3000)}.00"}}
            out.write(json.dumps(facts) + "\n")


def _setup():
    from dealer_rules.core.bulk.source import RulesetSource
    from dealer_rules.core.evaluate import Evaluator
    from dealer_rules.core.plugins import get_plugin_manager
    from dealer_rules.core.registry import Registry
    pm = get_plugin_manager()
    source = RulesetSource("default", "tiers")
    opened = source.open(Registry.from_plugin_manager(pm))
    return pm, source, opened, Evaluator(pm)


def _bulk(pm, source, opened, src: Path, dst: Path, jobs: int):
    from dealer_rules.core.bulk.run import BulkRun
    return BulkRun(source, src, dst, at=AT, jobs=jobs).run(opened, pm)


def _cpu_seconds() -> float:
    """CPU time of this process and of its finished children (the worker processes)."""
    own = resource.getrusage(resource.RUSAGE_SELF)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


def speed(args, work: Path) -> None:
    pm, source, opened, evaluator = _setup()
    src = work / "in.jsonl"
    write_rows(src, args.rows)
    facts = [json.loads(line) for line in src.open(encoding="utf-8")]
    ruleset = opened.ruleset

    def bare():
        for f in facts:
            evaluator.evaluate(ruleset, f, at=AT)

    ways = {"bare loop": bare,
            "bulk -j 1": lambda: _bulk(pm, source, opened, src, work / "out1.jsonl", 1),
            "bulk -j 2": lambda: _bulk(pm, source, opened, src, work / "out2.jsonl", 2)}
    bare()                                         # warm up caches
    rates = {name: [] for name in ways}
    cpu = {name: [] for name in ways}
    for round_ in range(args.rounds):
        line = []
        for name, run in ways.items():
            cpu_before = _cpu_seconds()
            started = time.perf_counter()
            run()
            rate = args.rows / (time.perf_counter() - started)
            rates[name].append(rate)
            cpu[name].append(args.rows / (_cpu_seconds() - cpu_before))
            line.append(f"{name} {rate:8,.0f}/s")
        ratio1 = rates["bulk -j 1"][-1] / rates["bare loop"][-1]
        ratio2 = rates["bulk -j 2"][-1] / rates["bulk -j 1"][-1]
        print(f"round {round_ + 1}: " + "  ".join(line)
              + f"  | j1/bare {ratio1:.2f}  j2/j1 {ratio2:.2f}", flush=True)
    print(f"\n{args.rows:,} rows x {args.rounds} rounds, load average now "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    for name, values in rates.items():
        print(f"{name:10} median {statistics.median(values):8,.0f} rows/s  "
              f"(min {min(values):,.0f}, max {max(values):,.0f})")
    med = {name: statistics.median(values) for name, values in rates.items()}
    print(f"bulk -j 1 / bare loop: {med['bulk -j 1'] / med['bare loop']:.2f} (target >= 0.80)")
    print(f"bulk -j 2 / bulk -j 1: {med['bulk -j 2'] / med['bulk -j 1']:.2f} (target >= 1.70)")
    print("\nrows per CPU-second (this process and its workers; the share of the cores the "
          "other load leaves does not change it):")
    for name, values in cpu.items():
        print(f"{name:10} median {statistics.median(values):8,.0f}  "
              f"(min {min(values):,.0f}, max {max(values):,.0f})")
    per_cpu = {name: statistics.median(values) for name, values in cpu.items()}
    print(f"bulk -j 1 / bare loop: {per_cpu['bulk -j 1'] / per_cpu['bare loop']:.2f}   "
          f"bulk -j 2 / bulk -j 1: {per_cpu['bulk -j 2'] / per_cpu['bulk -j 1']:.2f} "
          "(1.00: two workers waste nothing, so two free cores give 2x)")
    opened.close()


def cpu(args, work: Path) -> None:
    pm, source, opened, evaluator = _setup()
    src = work / "in.jsonl"
    write_rows(src, args.rows)
    facts = [json.loads(line) for line in src.open(encoding="utf-8")]
    def bare():
        for f in facts:
            evaluator.evaluate(opened.ruleset, f, at=AT)

    ways = {"bare loop": bare,
            "bulk -j 1": lambda: _bulk(pm, source, opened, src, work / "out.jsonl", 1)}
    for run in ways.values():
        run()                                       # warm up
    per_row = {name: [] for name in ways}
    for _ in range(args.rounds):
        for name, run in ways.items():
            started = time.process_time()
            run()
            per_row[name].append((time.process_time() - started) / args.rows * 1e6)
    print(f"{args.rows:,} rows x {args.rounds} rounds, load average now "
          f"{os.getloadavg()[0]:.1f}; CPU microseconds per row:")
    for name, values in per_row.items():
        print(f"{name:10} least {min(values):7.1f}  first quartile "
              f"{sorted(values)[len(values) // 4]:7.1f}")
    least = {name: min(values) for name, values in per_row.items()}
    print(f"bulk -j 1 / bare loop, in rows per CPU-second (least): "
          f"{least['bare loop'] / least['bulk -j 1']:.2f} (target >= 0.80)")
    opened.close()


def rss(args, work: Path) -> None:
    print(f"{'rows':>10}  {'peak RSS MB':>11}  {'workers MB':>10}  {'seconds':>8}")
    base = None
    for size in (int(s) for s in args.sizes.split(",")):
        src = work / f"in-{size}.jsonl"
        write_rows(src, size)
        out = subprocess.run([sys.executable, __file__, "rss-child", str(src),
                              str(work / "out.jsonl"), str(args.jobs)],
                             check=True, capture_output=True, text=True).stdout.split()
        peak, workers, seconds = int(out[0]) / 1024, int(out[1]) / 1024, float(out[2])
        base = base or peak
        print(f"{size:>10,}  {peak:>11.1f}  {workers:>10.1f}  {seconds:>8.1f}"
              f"   ({peak / base - 1:+.1%} vs the first)", flush=True)
        src.unlink()


def rss_child(args) -> None:
    pm, source, opened, _ = _setup()
    started = time.perf_counter()
    _bulk(pm, source, opened, Path(args.src), Path(args.dst), args.jobs)
    seconds = time.perf_counter() - started
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(own, children, f"{seconds:.2f}")


_COUNTED = """
import json, sys
sys.path.insert(0, {here!r})
from pathlib import Path
import bulk_bench as bb
pm, source, opened, evaluator = bb._setup()
src = Path({src!r})
if {who!r} == "bare loop":
    facts = [json.loads(line) for line in src.open(encoding="utf-8")]
    for f in facts:
        evaluator.evaluate(opened.ruleset, f, at=bb.AT)
else:
    bb._bulk(pm, source, opened, src, Path({dst!r}), 1)
"""


def instructions(args, work: Path) -> None:
    """Instructions per row under callgrind (N rows minus N/3 rows, setup excluded): the
    same figure whatever else the machine runs."""
    import re
    small, large = args.rows // 3, args.rows
    per = {}
    for who in ("bare loop", "bulk -j 1"):
        counts = []
        for n in (small, large):
            src = work / f"in-{n}.jsonl"
            write_rows(src, n)
            code = _COUNTED.format(here=str(Path(__file__).parent), src=str(src),
                                   dst=str(work / "out.jsonl"), who=who)
            # one hash seed for every run: one cause less of the counts moving between runs
            # (object addresses still differ: about 2% remains)
            err = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                                  sys.executable, "-c", code], capture_output=True, text=True,
                                 check=True, env={**os.environ, "PYTHONHASHSEED": "0"}).stderr
            counts.append(int(re.search(r"refs:\s+([\d,]+)", err).group(1).replace(",", "")))
        per[who] = (counts[1] - counts[0]) / (large - small)
        print(f"{who:10} {per[who]:12,.0f} instructions per row", flush=True)
    print(f"bulk -j 1 / bare loop, in rows per instruction: "
          f"{per['bare loop'] / per['bulk -j 1']:.2f} (target >= 0.80)")


def _cleaned(mode):
    """Run ``mode(args, work)`` in a temporary folder that is removed afterwards (the rss
    run writes files of a few GB)."""
    def run(args):
        work = Path(tempfile.mkdtemp(prefix="bulk-bench-"))
        try:
            mode(args, work)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    return run


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="mode", required=True)
    p = sub.add_parser("speed")
    p.add_argument("--rows", type=int, default=20_000)
    p.add_argument("--rounds", type=int, default=5)
    p = sub.add_parser("cpu")
    p.add_argument("--rows", type=int, default=2048)
    p.add_argument("--rounds", type=int, default=15)
    p = sub.add_parser("rss")
    p.add_argument("--sizes", default="10000,100000,1000000")
    p.add_argument("--jobs", type=int, default=1)
    p = sub.add_parser("instructions")
    p.add_argument("--rows", type=int, default=600)
    p = sub.add_parser("rss-child")
    p.add_argument("src")
    p.add_argument("dst")
    p.add_argument("jobs", type=int)
    args = parser.parse_args()
    {"speed": _cleaned(speed), "cpu": _cleaned(cpu), "rss": _cleaned(rss), "rss-child": rss_child,
     "instructions": _cleaned(instructions)}[args.mode](args)


if __name__ == "__main__":
    main()
