"""Instructions per evaluation under callgrind: a repeatable figure on a noisy machine.

Wall-clock benchmarks on a shared VM vary by 10-30% from run to run; callgrind counts
instructions, which do not. Run by hand (needs valgrind)::

    .venv/bin/python bench/engine_instructions.py

For each contender of engine_bench.py (evaluate on each matcher, each matcher alone,
durable from facts, durable-rules' Host, the hand-written function) it runs the same setup
under callgrind with 100 and with 300 evaluations and reports the difference divided by
200: the instructions one evaluation costs, setup excluded. Each run takes a few seconds to a minute.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

RUN = """
import os, sys
sys.path.insert(0, {root!r}); sys.path.insert(0, {here!r})
import engine_bench as eb
from dealer_rules.core.compile import compile_ruleset
from dealer_rules.core.conditions.interpreter import Env
from dealer_rules.core.evaluate import Evaluator, matcher_input
from dealer_rules.core.layering import resolve
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.ruleset import load_ruleset
pm = get_plugin_manager(default_plugins=("bench_plugin",), load_entry_points=False)
who = {who!r}
engine = "compiled" if who.endswith("compiled") else "durable"
ruleset = compile_ruleset(resolve(load_ruleset(open({rules!r}).read()), lambda g, d: None),
                          Registry.from_plugin_manager(pm), engine=engine)
evaluator = Evaluator(pm)
facts = eb.make_facts(300)
n = int(os.environ["N"])
models = [evaluator.validate_facts(ruleset, f) for f in facts]
envs = [Env(m, eb.AT) for m in models]
if who.startswith("evaluate"):
    for f in facts[:n]:
        evaluator.evaluate(ruleset, f, at=eb.AT)
elif who == "matcher compiled":
    for e in envs[:n]:
        ruleset.match(e)
elif who == "durable from facts":
    for f in facts[:n]:
        ruleset.match(Env(evaluator.validate_facts(ruleset, f), eb.AT))
elif who == "hand-written":
    for f in facts[:n]:
        eb.hand_written(f)
else:
    encoded = [matcher_input(m, ruleset.schema, ruleset.computed, e, ruleset.tz)
               for m, e in zip(models, envs)]
    run = eb.host_runner(ruleset, encoded) if who == "durable Host" else ruleset.matcher.match
    for e in encoded[:n]:
        run(dict(e))
"""


def instructions(who: str, n: int) -> int:
    code = RUN.format(root=str(HERE.parent), here=str(HERE), rules=str(HERE / "bench_rules.yaml"),
                      who=who)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", code],
                         # one hash seed: with random ones, dict and set layouts (and so the
                         # garbage collector's timing) move the count by ~100k per evaluation
                         env={**os.environ, "N": str(n), "PYTHONHASHSEED": "0"},
                         capture_output=True, text=True, check=True).stderr
    return int(re.search(r"refs:\s+([\d,]+)", out).group(1).replace(",", ""))


CONTENDERS = ("evaluate durable", "evaluate compiled", "matcher durable", "durable from facts",
              "matcher compiled", "durable Host", "hand-written")


def main():
    per = {}
    for who in CONTENDERS:
        try:
            per[who] = (instructions(who, 300) - instructions(who, 100)) / 200
        except subprocess.CalledProcessError as exc:
            # the Host's timer threads race under callgrind (its error 307, docs/engine.md)
            print(f"{who:18} failed under callgrind: {exc.stderr.strip().splitlines()[-1]}")
            continue
        print(f"{who:18} {per[who]:12,.0f} instructions per evaluation "
              f"({per['evaluate durable'] / per[who]:.2f}x fewer than evaluate durable)")
    print(f"evaluate durable needs {per['evaluate durable'] / per['matcher durable']:.2f}x the "
          f"instructions of durable's C module driven directly on encoded facts and "
          f"{per['evaluate durable'] / per['durable from facts']:.2f}x from the same facts")
    if "durable Host" in per:
        print(f"the Host needs {per['durable Host'] / per['evaluate durable']:.2f}x the "
              f"instructions of evaluate durable and "
              f"{per['durable Host'] / per['evaluate compiled']:.2f}x those of evaluate compiled")


if __name__ == "__main__":
    main()
