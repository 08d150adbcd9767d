"""Pins the edges of core.engine.Matcher, the one door to durable-rules' C matcher.

Each test names the hazard of durable-rules 2.0.28 it guards against (core/engine.py's
docstring lists the measured ones). Whatever could crash the process (a segfault in the C
matcher) runs in a child interpreter, so a crash fails that one test instead of pytest.
"""
from __future__ import annotations

import gc
import os
import random
import subprocess
import sys
import textwrap
import threading
import weakref
import zoneinfo

import pytest

from dealer_rules.core.engine import EngineError, Matcher, live_counts

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def run_isolated(code: str, timeout: float = 120) -> subprocess.CompletedProcess:
    """Run ``code`` in a fresh interpreter (a segfault there is only a non-zero exit)."""
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)


def assert_clean_exit(result: subprocess.CompletedProcess) -> None:
    assert result.returncode == 0, (
        f"child exited with {result.returncode} (a negative code is a signal: -11 is a "
        f"segfault)\nstdout:\n{result.stdout[-2000:]}\nstderr:\n{result.stderr[-2000:]}")


def os_thread_count() -> int | None:
    """Threads of this process as the OS sees them (C threads included), if knowable."""
    try:
        return len(os.listdir("/proc/self/task"))
    except OSError:
        return None


def rss_kb() -> int | None:
    try:
        with open("/proc/self/statm") as fh:
            return int(fh.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024
    except (OSError, ValueError):
        return None


# -- a small varied ruleset and facts ------------------------------------------------------

TIERS = ["silver", "gold", "diamond", "白金"]


def varied_rules() -> list:
    """Rules in durable-rules' condition form (as core.conditions.compiler emits them)."""
    rules = [
        ("gold", [[{"customer.tier": "gold"}]]),
        ("tier_in", [[{"$or": [{"customer.tier": "gold"}, {"customer.tier": "diamond"}]}]]),
        ("big_spend", [[{"$gte": {"customer.spend": 10000.0}}]]),
        ("km_or_repairs", [[{"$ex": {"vehicle.repairs": 1}}], [{"$gte": {"vehicle.km": 30000.0}}]]),
        ("no_referrer", [[{"$ex": {"customer.tier": 1}}, {"$nex": {"customer.referrer": 1}}]]),
        ("brakes", [[{"$iany": {"vehicle.repairs": {"$and": [{"$i.part": "brake_pads"},
                                                              {"$gt": {"$i.km": 1000.0}}]}}}]]),
        ("all_under", [[{"$iall": {"vehicle.repairs": {"$lt": {"$i.km": {"$m": "vehicle.km"}}}}}]]),
        ("chinese", [[{"customer.name": "张三"}]]),
        ("empty_name", [[{"customer.name": ""}]]),
        ("negative", [[{"$lt": {"customer.balance": 0.0}}]]),
        ("labour_gt_parts", [[{"$gt": {"order.labour": {"$m": "order.parts"}}}]]),
        ("never", []),
    ]
    for i in range(60):  # enough terms for several shards
        rules.append((f"km_{i}", [[{"$gt": {"vehicle.km": float(i * 1000)}},
                                   {"$lt": {"customer.spend": float(20000 - i * 100)}}]]))
    return rules


def varied_fact(rng: random.Random) -> dict:
    fact = {
        "customer": {"tier": rng.choice(TIERS), "spend": rng.choice([0, 50.5, 9999.99, 10000, 25000]),
                     "name": rng.choice(["张三", "", "Ann", "李四"]),
                     "balance": rng.choice([-5, 0, 3.25, -1e6 + 0.5])},
        "vehicle": {"km": rng.randrange(0, 80000)},
        "order": {"labour": rng.choice([0, 100, 500.5]), "parts": rng.choice([0, 100, 800])},
        "_now": 1795744800.0,
    }
    if rng.random() < 0.5:
        fact["customer"]["referrer"] = "C1"
    if rng.random() < 0.6:
        fact["vehicle"]["repairs"] = [
            {"part": rng.choice(["brake_pads", "tyre"]), "km": rng.randrange(0, 60000)}
            for _ in range(rng.randrange(1, 4))]
    if rng.random() < 0.1:  # matches no rule at all (the unhandled-fact path)
        fact = {"unrelated": rng.randrange(10)}
    return fact


def expected_keys(fact: dict) -> set:
    """The varied rules' meaning, written out in Python."""
    c, v, o = fact.get("customer", {}), fact.get("vehicle", {}), fact.get("order", {})
    repairs = v.get("repairs", [])
    out = set()
    if c.get("tier") == "gold":
        out.add("gold")
    if c.get("tier") in ("gold", "diamond"):
        out.add("tier_in")
    if c.get("spend", -1) >= 10000:
        out.add("big_spend")
    if repairs or v.get("km", -1) >= 30000:
        out.add("km_or_repairs")
    if "tier" in c and "referrer" not in c:
        out.add("no_referrer")
    if any(r["part"] == "brake_pads" and r["km"] > 1000 for r in repairs):
        out.add("brakes")
    if repairs and all(r["km"] < v["km"] for r in repairs):
        out.add("all_under")
    if c.get("name") == "张三":
        out.add("chinese")
    if c.get("name") == "":
        out.add("empty_name")
    if c.get("balance", 0) < 0:
        out.add("negative")
    if "labour" in o and o["labour"] > o["parts"]:
        out.add("labour_gt_parts")
    for i in range(60):
        if "km" in v and v["km"] > i * 1000 and "spend" in c and c["spend"] < 20000 - i * 100:
            out.add(f"km_{i}")
    return out


@pytest.fixture
def matcher():
    m = Matcher(varied_rules())
    yield m
    m.close()


def test_varied_rules_mean_what_they_say(matcher):
    """The fixture ruleset itself: every key is reported exactly when it should be."""
    rng = random.Random(7)
    for _ in range(500):
        fact = varied_fact(rng)
        got = matcher.match(fact)
        assert len(got) == len(set(got))
        assert set(got) == expected_keys(fact), fact
    assert matcher.shard_count > 1


# -- threads -------------------------------------------------------------------------------

def test_no_thread_is_started():
    """durable-rules' Host starts timer threads; the Matcher must start none."""
    before_py = set(threading.enumerate())
    before_count = threading.active_count()
    before_os = os_thread_count()
    m = Matcher(varied_rules())
    rng = random.Random(1)
    for _ in range(1000):
        m.match(varied_fact(rng))
    assert set(threading.enumerate()) == before_py
    assert threading.active_count() == before_count
    assert os_thread_count() == before_os
    m.close()
    assert set(threading.enumerate()) == before_py
    assert os_thread_count() == before_os


# -- sessions, facts and freeing the C rulesets --------------------------------------------

def counts_now() -> dict:
    """live_counts() once Matchers dropped by earlier tests have been collected."""
    gc.collect()
    return live_counts()


def test_many_matches_hold_no_facts_and_one_session_per_shard():
    before = counts_now()
    m = Matcher(varied_rules())
    shards = m.shard_count
    assert shards > 1
    rng = random.Random(2)
    fired = 0
    for i in range(10_000):
        fact = varied_fact(rng)
        got = m.match(fact)
        fired += bool(got)
        if i % 997 == 0:
            assert set(got) == expected_keys(fact)
    assert 0 < fired < 10_000  # both paths were taken: facts that matched, facts that did not
    assert m.facts_held() == 0
    now = live_counts()
    assert now["rulesets"] - before["rulesets"] == shards
    assert now["sessions"] - before["sessions"] == shards
    m.close()
    assert live_counts() == before
    assert m.facts_held() == 0


def test_dropping_the_last_reference_frees_the_rulesets():
    before = counts_now()
    m = Matcher(varied_rules())
    m.match({"customer": {"tier": "gold"}})
    m.match({"nothing": 1})
    assert live_counts() != before
    ref = weakref.ref(m)
    del m
    gc.collect()
    assert ref() is None
    assert live_counts() == before


def test_replaced_rulesets_do_not_grow_memory():
    """Independent of the engine's own counters: build and free many Matchers, and the
    process does not grow (each C shard holds about 0.2-1 MB while it is alive, so a
    leak of 200 Matchers of several shards would be hundreds of MB)."""
    if rss_kb() is None:
        pytest.skip("no /proc/self/statm here")
    rules = varied_rules()
    fact = {"customer": {"tier": "gold", "spend": 10}, "vehicle": {"km": 40000}}

    def cycle(n, close):
        for _ in range(n):
            m = Matcher(rules)
            m.match(fact)
            m.match({"nothing": 1})
            if close:
                m.close()
            del m
        gc.collect()

    cycle(30, close=True)  # warm up the allocator
    start = rss_kb()
    cycle(100, close=True)
    cycle(100, close=False)  # freed by the garbage collector
    grown = rss_kb() - start
    assert grown < 30_000, f"RSS grew by {grown} KB over 200 replaced Matchers"


def test_close_twice_is_harmless_and_match_after_close_raises():
    before = counts_now()
    m = Matcher(varied_rules())
    assert m.match({"customer": {"tier": "gold"}})
    m.close()
    m.close()
    assert live_counts() == before
    with pytest.raises(EngineError):
        m.match({"customer": {"tier": "gold"}})
    with pytest.raises(EngineError):
        m.match({})
    assert m.facts_held() == 0
    m.close()
    del m
    gc.collect()
    assert live_counts() == before


def test_a_matcher_without_rules():
    before = counts_now()
    m = Matcher([("never", []), ("also_never", [])])
    assert m.shard_count == 0
    assert m.match({"x": 1}) == []
    assert m.facts_held() == 0
    m.close()
    assert live_counts() == before


# -- the crash paths (in a child interpreter) ----------------------------------------------

def test_unhandled_fact_then_match_then_close_does_not_crash():
    """The measured segfault: deleting a session after a fact that no rule handled.

    Repeated, and also with many rulesets created and closed in a loop, some closed after
    an unhandled fact, some dropped to the garbage collector, in varying order.
    """
    code = """
        import gc, random
        from dealer_rules.core.engine import Matcher, live_counts
        rules = [("gold", [[{"customer.tier": "gold"}]]),
                 ("km", [[{"$gt": {"vehicle.km": 1000.0}}]])]
        before = live_counts()
        for round in range(5):
            m = Matcher(rules)
            assert m.match({"customer": {"tier": "silver"}}) == []
            assert m.match({}) == []
            assert m.match({"customer": {"tier": "gold"}}) == ["gold"]
            assert m.match({"vehicle": {"km": 5}}) == []
            m.close()
        rng = random.Random(3)
        alive = []
        for i in range(400):
            m = Matcher(rules + [(f"r{j}", [[{"$lt": {"x": float(j)}}]]) for j in range(i % 60)])
            if rng.random() < 0.5:
                assert m.match({"nothing": i}) == []
            if rng.random() < 0.5:
                assert "gold" in m.match({"customer": {"tier": "gold"}, "x": 0})
            if rng.random() < 0.3:
                assert m.match({"nothing": i}) == []
            alive.append(m)
            if len(alive) > 20:
                victim = alive.pop(rng.randrange(len(alive)))
                if rng.random() < 0.5:
                    victim.close()
                del victim
                gc.collect()
        for m in alive:
            m.close()
        del alive, m
        gc.collect()
        assert live_counts() == before, (live_counts(), before)
        print("ok")
    """
    for _ in range(3):
        result = run_isolated(code)
        assert_clean_exit(result)
        assert result.stdout.strip() == "ok"


def test_unhandled_fact_then_drop_at_interpreter_exit():
    """A Matcher left alive at exit (freed by the finalizer during shutdown)."""
    result = run_isolated("""
        from dealer_rules.core.engine import Matcher
        keep = [Matcher([("gold", [[{"customer.tier": "gold"}]])]) for _ in range(50)]
        for m in keep:
            assert m.match({"other": 1}) == []
        print("ok")
    """)
    assert_clean_exit(result)
    assert result.stdout.strip() == "ok"


def test_too_many_fields_is_an_engine_error_and_the_matcher_keeps_working():
    """302: durable-rules counts at most 255 properties per fact (sid and id included)."""
    result = run_isolated("""
        from dealer_rules.core.engine import EngineError, Matcher
        m = Matcher([("x", [[{"$gt": {"x": 0}}]]), ("tier", [[{"c.tier": "gold"}]])])
        big = {f"field_{i}": i for i in range(300)}
        for fact in ({**big, "x": 1}, {"c": {**big, "tier": "gold"}, "x": 1}):
            try:
                m.match(fact)
            except EngineError as exc:
                assert exc.code == 302, exc.code
            else:
                raise AssertionError("300 fields were accepted")
            assert m.match({"x": 1}) == ["x"]
            assert m.match({"c": {"tier": "gold"}}) == ["tier"]
            assert m.match({"y": 1}) == []
            assert m.facts_held() == 0
        m.close()
        print("ok")
    """)
    assert_clean_exit(result)
    assert result.stdout.strip() == "ok"


def test_field_limit_counts_the_whole_fact_not_one_object():
    """Not in the engine's docstring: nested objects are flattened into one property table,
    so the 255 limit counts every field of every nested object (plus one per object),
    list items aside. 3 objects of 83 fields each fail although none has 250."""
    result = run_isolated("""
        from dealer_rules.core.engine import EngineError, Matcher
        m = Matcher([("x", [[{"$gt": {"x": 0}}]])])
        ok = {f"o{j}": {f"k{i}": i for i in range(80)} for j in range(3)}
        assert m.match({**ok, "x": 1}) == ["x"]
        too_many = {f"o{j}": {f"k{i}": i for i in range(83)} for j in range(3)}
        try:
            m.match({**too_many, "x": 1})
        except EngineError as exc:
            assert exc.code == 302
        else:
            raise AssertionError("accepted")
        items = {"l": [{f"k{i}": i for i in range(200)} for _ in range(5)], "x": 1}
        assert m.match(items) == ["x"]  # list items are not counted with the fact
        assert m.match({"x": 2}) == ["x"]
        print("ok")
    """)
    assert_clean_exit(result)
    assert result.stdout.strip() == "ok"


def test_stack_overflow_inside_one_term_is_an_engine_error():
    """Not in the engine's docstring: the shards bound *terms*, but one term whose ``$or``
    has more than 64 branches true at once still overflows the C matcher's stack (303).
    The compiler emits ``$or`` only for ``in`` (equalities on one field, so at most one
    branch holds); should that change, this must stay an EngineError, not a crash or a
    fact left in the session."""
    result = run_isolated("""
        from dealer_rules.core.engine import EngineError, Matcher
        m = Matcher([("wide", [[{"$or": [{"$gt": {"f": float(i)}} for i in range(70)]}]]),
                     ("y", [[{"y": 1}]])])
        for _ in range(3):
            try:
                m.match({"f": 100, "y": 1})
            except EngineError as exc:
                assert exc.code == 303, exc.code
            else:
                raise AssertionError("no error")
            assert m.facts_held() == 0
            assert m.match({"y": 1}) == ["y"]
            assert m.match({"f": 0.5}) == ["wide"]
        m.close()
        print("ok")
    """)
    assert_clean_exit(result)
    assert result.stdout.strip() == "ok"


# -- what the matcher reports --------------------------------------------------------------

def test_or_with_both_branches_true_is_reported_once():
    m = Matcher([
        ("terms", [[{"x": 1}], [{"y": 2}]]),                       # two terms (compiled `or`)
        ("inline", [[{"$or": [{"x": 1}, {"y": 2}]}]]),              # an `$or` leaf
        ("three", [[{"$ex": {"x": 1}}], [{"x": 1}], [{"$gt": {"y": 0}}]]),
        ("other", [[{"z": 3}]]),
    ])
    try:
        for _ in range(3):
            got = m.match({"x": 1, "y": 2})
            assert sorted(got) == ["inline", "terms", "three"]
        assert sorted(m.match({"x": 1})) == ["inline", "terms", "three"]
        assert m.match({"z": 3}) == ["other"]
        assert m.facts_held() == 0
    finally:
        m.close()


def test_or_through_the_condition_language_is_reported_once():
    import zoneinfo
    from pydantic import BaseModel

    from dealer_rules.core.conditions.checker import check
    from dealer_rules.core.conditions.compiler import ComputedValues, compile_condition
    from dealer_rules.core.conditions.parser import parse
    from dealer_rules.core.facts_schema import schema_of

    class F(BaseModel):
        a: int
        b: str

    schema = schema_of(F)
    cv = ComputedValues()
    tz = zoneinfo.ZoneInfo("Asia/Shanghai")
    texts = {"or2": 'a == 1 or b == "x"', "or3": 'a >= 0 or a <= 5 or b != "y"',
             "nested": '(a == 1 or b == "x") and (a > 0 or b == "x")'}
    rules = [(k, compile_condition(check(parse(t), schema), cv, tz).terms) for k, t in texts.items()]
    m = Matcher(rules)
    try:
        assert sorted(m.match({"a": 1, "b": "x", "_now": 0.0})) == ["nested", "or2", "or3"]
    finally:
        m.close()
    assert not cv.items


def test_two_hundred_rules_matching_one_fact_are_all_reported():
    """More than 64 simultaneously matching tests overflow the C matcher's stack (error
    303); the shards must keep every C ruleset under that."""
    rules = [(f"r{i:03d}", [[{"$gte": {"x": float(i)}}]]) for i in range(200)]
    rules += [(f"s{i:03d}", [[{"$gt": {"x": -1.0}}, {"$lt": {"y": float(i)}}]]) for i in range(200)]
    rules += [(f"t{i:03d}", [[{"$lt": {"x": -1.0}}], [{"$ex": {"x": 1}}]]) for i in range(200)]
    m = Matcher(rules)
    try:
        assert m.shard_count > 1
        got = m.match({"x": 500, "y": -1})
        assert sorted(got) == sorted(k for k, _ in rules)
        assert m.match({"x": -5, "y": 1000}) == [f"t{i:03d}" for i in range(200)]
        assert m.facts_held() == 0
    finally:
        m.close()


def test_eight_threads_agree_with_one():
    m = Matcher(varied_rules())
    rng = random.Random(4)
    facts = [varied_fact(rng) for _ in range(2000)]
    reference = [sorted(m.match(f)) for f in facts]
    assert [set(r) for r in reference] == [expected_keys(f) for f in facts]
    results, errors = {}, []
    barrier = threading.Barrier(8)

    def worker(n):
        try:
            order = list(range(len(facts)))
            random.Random(n).shuffle(order)
            barrier.wait()
            mine = {}
            for i in order:
                mine[i] = sorted(m.match(facts[i]))
            results[n] = mine
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    try:
        assert not errors, errors
        assert len(results) == 8
        for n, mine in results.items():
            assert [mine[i] for i in range(len(facts))] == reference, f"thread {n} differs"
        assert m.facts_held() == 0
    finally:
        m.close()


# -- facts at the limits -------------------------------------------------------------------

def test_a_list_of_two_thousand_items():
    m = Matcher([
        ("last_is_brake", [[{"$iany": {"items": {"$and": [{"$i.part": "brake_pads"},
                                                           {"$gt": {"$i.km": 1998.0}}]}}}]]),
        ("all_positive", [[{"$iall": {"items": {"$gte": {"$i.km": 0.0}}}}]]),
        ("any_negative", [[{"$iany": {"items": {"$lt": {"$i.km": 0.0}}}}]]),
        ("tag", [[{"$iany": {"tags": {"$i": "t1999"}}}]]),
    ])
    try:
        items = [{"part": "tyre" if i < 1999 else "brake_pads", "km": i} for i in range(2000)]
        tags = [f"t{i}" for i in range(2000)]
        assert sorted(m.match({"items": items, "tags": tags})) == ["all_positive", "last_is_brake", "tag"]
        items[0]["km"] = -1
        assert sorted(m.match({"items": items, "tags": tags[:-1]})) == ["any_negative", "last_is_brake"]
        assert m.facts_held() == 0
    finally:
        m.close()


def test_deeply_nested_objects():
    depth = 60
    key = ".".join(f"n{i}" for i in range(depth))
    m = Matcher([("bottom", [[{key: "底"}]]), ("shallow", [[{"n0.x": 1}]]),
                 ("middle", [[{"$gt": {".".join(f"n{i}" for i in range(30)) + ".v": 1.5}}]])])
    try:
        fact = "底"
        for i in reversed(range(depth)):
            fact = {f"n{i}": fact}
        node = fact
        for i in range(30):
            node = node[f"n{i}"]
        node["v"] = 2
        fact["n0"]["x"] = 1
        assert sorted(m.match(fact)) == ["bottom", "middle", "shallow"]
        assert m.match({"n0": {"n1": {"n2": "no"}}}) == []
    finally:
        m.close()


def test_unicode_and_empty_strings():
    values = ["张三", "白金会员", "", " ", "a\"b", "a\\b", "行\n二", "emoji 😀", "it's", "\u0001"]
    rules = [(f"eq{i}", [[{"s": v}]]) for i, v in enumerate(values)]
    rules += [(f"ne{i}", [[{"$neq": {"s": v}}]]) for i, v in enumerate(values)]
    rules += [("in", [[{"$or": [{"s": "张三"}, {"s": ""}]}]]),
              ("item", [[{"$iany": {"tags": {"$i": "白金会员"}}}]]),
              ("field", [[{"s": {"$m": "t"}}]])]
    m = Matcher(rules)
    try:
        for i, v in enumerate(values):
            want = {f"eq{i}"} | {f"ne{j}" for j in range(len(values)) if j != i}
            if v in ("张三", ""):
                want.add("in")
            want.add("field")
            assert set(m.match({"s": v, "t": v, "tags": ["x", "白金会员"]})) == want | {"item"}, v
            assert set(m.match({"s": v, "t": v + "."})) == want - {"field"}, v
    finally:
        m.close()


def test_negative_and_large_numbers():
    bounds = [-1e9, -1.5, -1.0, 0.0, 0.25, 1.0, 2.0 ** 53, 1.5e300, -1.5e300]
    rules = []
    for i, b in enumerate(bounds):
        rules += [(f"gt{i}", [[{"$gt": {"n": b}}]]), (f"eq{i}", [[{"n": b}]]),
                  (f"lt{i}", [[{"$lt": {"n": b}}]])]
    m = Matcher(rules)
    try:
        for n in [-(2 ** 53) + 1, -1e9, -1e9 - 0.5, -1.5, -1, -0.0, 0, 0.25, 1, 2 ** 53 - 1,
                  float(2 ** 53), 2 ** 53 + 1, 2 ** 63 - 1, -(2 ** 63), 1.5e300, 1.7976931348623157e308]:
            if isinstance(n, int) and abs(n) >= 2 ** 53:
                n = float(n)  # what core.encoding hands the matcher for such ints
            want = set()
            for i, b in enumerate(bounds):
                if n > b:
                    want.add(f"gt{i}")
                if n == b:
                    want.add(f"eq{i}")
                if n < b:
                    want.add(f"lt{i}")
            assert set(m.match({"n": n})) == want, n
    finally:
        m.close()


# -- durable-rules' limits, and how the values sent to it are kept inside them --------------

def test_numbers_with_an_exponent_are_written_so_the_matcher_reads_them():
    """durable-rules reads an exponent only after a fraction (1e-05 is refused with error
    204); core.encoding writes such floats as 1.0e-05, in facts and in literals alike."""
    from dealer_rules.core.encoding import encode_value
    tz = zoneinfo.ZoneInfo("Asia/Shanghai")
    m = Matcher([("pos", [[{"$gt": {"n": 0.0}}]]), ("big", [[{"$gt": {"n": 1000.0}}]]),
                 ("tiny", [[{"$gt": {"n": encode_value(1e-05, tz)}}]]),
                 ("huge", [[{"$lt": {"n": encode_value(1e16, tz)}}]])])
    try:
        assert sorted(m.match({"n": encode_value(1e20, tz)})) == ["big", "pos", "tiny"]
        assert sorted(m.match({"n": encode_value(1e-05, tz)})) == ["huge", "pos"]
        assert sorted(m.match({"n": encode_value(2e-05, tz)})) == ["huge", "pos", "tiny"]
        assert sorted(m.match({"n": encode_value(1e16, tz)})) == ["big", "pos", "tiny"]
        with pytest.raises(EngineError, match="cannot read"):
            m.match({"n": 1e20})   # a raw float, not encoded: refused, not misread
    finally:
        m.close()


def test_non_finite_numbers_are_refused_before_matching():
    from dealer_rules.core.encoding import NotMatchable, encode_value
    for value in (float("inf"), float("-inf"), float("nan")):
        with pytest.raises(NotMatchable, match="not a finite number"):
            encode_value(value, zoneinfo.ZoneInfo("Asia/Shanghai"))


def test_long_texts_are_refused_before_they_reach_the_matcher():
    """durable-rules compares texts on their length modulo 65,536 bytes ('gold' + 65,532
    characters == 'gold'); core.encoding refuses texts over 16,000 characters, which stay
    under 64 KiB even at four bytes each, and texts up to that length compare right."""
    from dealer_rules.core.encoding import MAX_TEXT, NotMatchable, encode_value
    tz = zoneinfo.ZoneInfo("Asia/Shanghai")
    m = Matcher([("eq", [[{"s": "gold"}]]), ("ne", [[{"$neq": {"s": "gold"}}]])])
    try:
        assert m.match({"s": encode_value("gold" + "金" * (MAX_TEXT - 4), tz)}) == ["ne"]
        with pytest.raises(NotMatchable, match="too long"):
            encode_value("gold" + "x" * MAX_TEXT, tz)
    finally:
        m.close()


def test_top_level_id_and_sid_are_the_matchers_own():
    """Matcher.match sets its own session and fact ids at the top level, so facts models may
    not use those names there (schema_of refuses them); nested ones are fine."""
    m = Matcher([("nested", [[{"customer.id": 7}]])])
    try:
        assert m.match({"id": 5, "sid": "abc", "customer": {"id": 7}}) == ["nested"]
    finally:
        m.close()
