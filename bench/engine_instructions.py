"""Instructions per evaluation under callgrind: a repeatable figure on a noisy machine.

Wall-clock benchmarks on a shared VM vary by 10-30% from run to run; callgrind counts
instructions, which do not. Run by hand (needs valgrind)::

    .venv/bin/python bench/engine_instructions.py

For each contender (dealer-rules' Evaluator, durable-rules' Host as in engine_bench.py) it
runs the same setup under callgrind with 100 and with 300 evaluations and reports the
difference divided by 200: the instructions one evaluation costs, setup excluded. Each run
takes a few seconds to a minute.
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
ruleset = compile_ruleset(resolve(load_ruleset(open({rules!r}).read()), lambda g, d: None),
                          Registry.from_plugin_manager(pm))
evaluator = Evaluator(pm)
facts = eb.make_facts(300)
n = int(os.environ["N"])
if {who!r} == "dealer-rules":
    for f in facts[:n]:
        evaluator.evaluate(ruleset, f, at=eb.AT)
else:
    models = [evaluator.validate_facts(ruleset, f) for f in facts]
    encoded = [matcher_input(m, ruleset.schema, ruleset.computed, Env(m, eb.AT), ruleset.tz)
               for m in models]
    run = eb.host_runner(ruleset, encoded)
    for e in encoded[:n]:
        run(e)
"""


def instructions(who: str, n: int) -> int:
    code = RUN.format(root=str(HERE.parent), here=str(HERE), rules=str(HERE / "bench_rules.yaml"),
                      who=who)
    out = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
                          sys.executable, "-c", code], env={**os.environ, "N": str(n)},
                         capture_output=True, text=True, check=True).stderr
    return int(re.search(r"refs:\s+([\d,]+)", out).group(1).replace(",", ""))


def main():
    per = {}
    for who in ("dealer-rules", "durable Host"):
        per[who] = (instructions(who, 300) - instructions(who, 100)) / 200
        print(f"{who:14} {per[who]:12,.0f} instructions per evaluation")
    print(f"ratio: {per['durable Host'] / per['dealer-rules']:.2f}x fewer instructions")


if __name__ == "__main__":
    main()
