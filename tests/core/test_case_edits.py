"""core/case_edits.py on the shipped tiers ruleset: each edit changes only the lines of the
case it is about, comments stay, the text still loads with the cases wanted; accepting the
actual result lists each change and moves rules between fired and not_fired."""
from __future__ import annotations

import pytest

from dealer_rules.core import case_edits
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.shipped import shipped_rulesets

TEXT = (shipped_rulesets() / "default" / "tiers.yaml").read_text(encoding="utf-8")


def cases(text):
    return list(load_ruleset(text).document.tests)


def changed_lines(old, new):
    import difflib
    return [l for l in difflib.unified_diff(old.splitlines(), new.splitlines(), n=0, lineterm="")
            if l[:1] in "+-" and not l.startswith(("+++", "---"))]


def test_set_expect_rewrites_only_the_changed_paths_and_keeps_their_comments():
    first = cases(TEXT)[0]
    result = dict(first.expect.result)
    result["points.earned"] = 2300
    del result["tier_label"]
    new = case_edits.set_expect(TEXT, 0, {"result": result})
    assert changed_lines(TEXT, new) == [
        "-        tier_label: 金卡会员",
        "-        points.earned: 2256            # 1880 x 1 x 1.2",
        "+        points.earned: 2300            # 1880 x 1 x 1.2"]
    assert cases(new)[0].expect.result["points.earned"] == 2300


def test_add_replace_and_delete_leave_the_other_cases_as_written():
    before = cases(TEXT)
    case = case_edits.case_document("新客户", {"customer": {"id": "C-9"}},
                                    {"not_fired": ["silver_member"], "result": {"tier": None}},
                                    "2026-11-27T10:00:00+08:00")
    added = case_edits.add_case(TEXT, case)
    assert added.startswith(TEXT.rstrip("\n"))
    assert [c.name for c in cases(added)] == [c.name for c in before] + ["新客户"]
    assert cases(added)[-1].expect.result == {"tier": None}
    gone = case_edits.delete_case(added, len(before))
    assert gone == TEXT
    middle = case_edits.delete_case(TEXT, 1)
    assert [c.name for c in cases(middle)] == [c.name for c in before[:1] + before[2:]]
    assert all(line.startswith("-") for line in changed_lines(TEXT, middle))
    replaced = case_edits.replace_case(TEXT, 1, {**case, "name": before[1].name})
    assert cases(replaced)[1].facts == {"customer": {"id": "C-9"}}
    assert cases(replaced)[0] == before[0] and cases(replaced)[2] == before[2]


def test_a_flow_style_tests_list_is_refused_not_mangled():
    text = "domain: tiers\ngroup: g\ntitle: t\ntests: [{name: a, expect: {}}]\n"
    with pytest.raises(case_edits.CaseEditError) as refused:
        case_edits.add_case(text, {"name": "b", "facts": {}, "expect": {"result": {}}})
    assert refused.value.code == "tests_layout"


def test_plain_values_read_as_a_person_writes_them():
    from decimal import Decimal
    assert case_edits.plain(Decimal("1080.00")) == 1080
    assert case_edits.plain(Decimal("1.2")) == 1.2
    assert case_edits.plain(Decimal("0.10000000000000000001")) == "0.10000000000000000001"
