"""Edit a ruleset's test cases in its YAML text, keeping every comment and the layout of
everything else: add a case, replace one, delete one, or take a case's actual result as
what it expects.

When: the admin's test-case editor and the cases API (web/api/cases.py) change the draft.
Why: a manager fixing a case must not lose the comments and layout other people wrote
(``points.earned: 2256  # 1880 x 1 x 1.2``). The case's own block is round-tripped with
ruamel.yaml (its comments stay); the rest of the text is kept byte for byte, because
ruamel re-wraps long flow lists when it dumps a whole document.
"""
from __future__ import annotations

import datetime as dt
import enum
import io
from dataclasses import dataclass
from decimal import Decimal

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .testing import expectation_met, select_path


class CaseEditError(ValueError):
    """The text cannot be edited this way (not a mapping, no such case, a tests list
    written in flow style); ``code`` says which."""

    def __init__(self, code: str, detail: str = ""):
        self.code, self.detail = code, detail
        super().__init__(f"{code}: {detail}" if detail else code)


def _yaml() -> YAML:
    y = YAML()
    y.preserve_quotes = True
    y.width = 4096
    y.indent(mapping=2, sequence=4, offset=2)
    y.representer.add_representer(type(None), lambda r, _v: r.represent_scalar(
        "tag:yaml.org,2002:null", "null"))
    return y


def _load(text: str):
    data = _yaml().load(text)
    if not isinstance(data, CommentedMap):
        raise CaseEditError("not_a_mapping")
    return data


def _tests(data) -> CommentedSeq | None:
    tests = data.get("tests")
    if tests is None:
        return None
    if not isinstance(tests, CommentedSeq) or tests.fa.flow_style():
        raise CaseEditError("tests_layout")
    return tests


# -- values as a person writes them in YAML ---------------------------------------------------

def plain(value):
    """A result value as YAML a person would write: numbers as numbers, enums by value,
    dates as dates, short lists in flow style ``[a, b]``."""
    if isinstance(value, enum.Enum):
        value = value.value
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        if value == value.to_integral_value():
            return int(value)
        as_float = float(value)
        return as_float if Decimal(repr(as_float)) == value else str(value)
    if isinstance(value, float):
        return value
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (list, tuple)):
        seq = CommentedSeq(plain(v) for v in value)
        seq.fa.set_flow_style()
        return seq
    if isinstance(value, dict):
        out = CommentedMap((str(k), plain(v)) for k, v in value.items())
        out.fa.set_flow_style()
        return out
    if hasattr(value, "model_dump"):
        return plain(value.model_dump(mode="python"))
    return str(value)


def _node(value):
    """A new case (plain dicts and lists) as ruamel nodes: block mappings, flow lists."""
    if isinstance(value, dict):
        out = CommentedMap()
        for k, v in value.items():
            out[str(k)] = _node(v)
        return out
    if isinstance(value, list):
        seq = CommentedSeq(_node(v) for v in value)
        if all(not isinstance(v, (dict, list)) for v in value):
            seq.fa.set_flow_style()
        return seq
    if isinstance(value, dt.datetime):
        return value.isoformat()
    return plain(value)


def case_document(name: str, facts: dict, expect: dict, at=None) -> dict:
    """A case as written in YAML: name, at (if given), facts, expect (empty parts left out)."""
    out: dict = {"name": name}
    if at is not None:
        out["at"] = at if isinstance(at, str) else at.isoformat()
    out["facts"] = facts
    out["expect"] = {k: v for k, v in expect.items() if v not in (None, [], {})}
    if not out["expect"]:
        out["expect"] = {"result": {}}
    return out


# -- the edits ----------------------------------------------------------------------------------

def add_case(text: str, case: dict) -> str:
    """``text`` with ``case`` appended to its ``tests:`` (the key is added if missing)."""
    data = _load(text)
    tests = _tests(data)
    block = _dump_item(_node(case), 2)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if tests is None:
        return "".join(lines) + "\ntests:\n" + block
    start, end = _block(data, tests, len(tests) - 1, lines) if len(tests) else (None, None)
    if end is None:      # ``tests: []`` or an empty key: write the list afresh
        key_line = data.lc.key("tests")[0]
        lines[key_line] = "tests:\n"
        lines.insert(key_line + 1, block)
        return "".join(lines)
    indent = tests.lc.item(len(tests) - 1)[1] - 2
    return "".join(lines[:end]) + "\n" + _dump_item(_node(case), indent) + "".join(lines[end:])


def replace_case(text: str, index: int, case: dict) -> str:
    """``text`` with case ``index`` (0-based) replaced by ``case``; comments on the keys
    and values that stay are kept."""
    data = _load(text)
    tests = _tests(data)
    _require(tests, index)
    node = tests[index]
    _merge(node, case)
    return _splice(text, data, tests, index, node)


def delete_case(text: str, index: int) -> str:
    data = _load(text)
    tests = _tests(data)
    _require(tests, index)
    lines = text.splitlines(keepends=True)
    start, end = _block(data, tests, index, lines)
    if index + 1 < len(tests):        # the blank lines after it went with it
        while end < len(lines) and not lines[end].strip():
            end += 1
    else:                             # the last one: the blank lines before it
        while start > 0 and not lines[start - 1].strip():
            start -= 1
    if len(tests) == 1:
        key_line = data.lc.key("tests")[0]
        lines[key_line] = "tests: []\n"
    del lines[start:end]
    return "".join(lines)


def set_expect(text: str, index: int, expect: dict) -> str:
    """Case ``index`` expecting ``expect`` (fired, not_fired, result). Only the lines of
    the expectations that change are rewritten: a result path keeps its place and the
    comment after its value; the rest of the case stays as written."""
    data = _load(text)
    tests = _tests(data)
    _require(tests, index)
    node = tests[index]
    current = node.get("expect")
    if not isinstance(current, CommentedMap) or current.fa.flow_style() or (
            "result" in current and (not isinstance(current["result"], CommentedMap)
                                     or current["result"].fa.flow_style())):
        return _set_expect_whole(text, data, tests, index, expect)
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    case_start, case_end = _block(data, tests, index, lines)
    edits: list[tuple[int, int, str]] = []         # (start, end, new text), no overlaps
    for key in ("fired", "not_fired"):
        if key not in expect:
            continue
        wanted = list(expect[key])
        if key in current and _same_yaml(list(current[key]), wanted):
            continue
        text_of = _dump_key(key, _node_flow(wanted)) if wanted else ""
        if key in current:
            start, end = _key_lines(current, key, lines, case_end)
            edits.append((start, end, _pad(text_of, _indent(lines[start]))))
        elif wanted:
            at = current.lc.key(next(iter(current)))[0] if len(current) else None
            if at is None:
                return _set_expect_whole(text, data, tests, index, expect)
            edits.append((at, at, _pad(text_of, current.lc.key(next(iter(current)))[1])))
    if "result" in expect:
        result = current.get("result")
        if result is None or not len(result):
            return _set_expect_whole(text, data, tests, index, expect)
        for path in list(result):
            start, end = _key_lines(result, path, lines, case_end)
            if path not in expect["result"]:
                edits.append((start, end, ""))
            elif not _same_yaml(result[path], expect["result"][path]):
                comment = _trailing_comment(lines[start]) if end - start == 1 else ""
                new = _dump_key(path, plain(expect["result"][path]))
                if comment and "\n" not in new.rstrip("\n"):
                    new = new.rstrip("\n") + comment
                edits.append((start, end, _pad(new, _indent(lines[start]))))
        extra = [p for p in expect["result"] if p not in result]
        if extra:
            last = list(result)[-1]
            _s, end = _key_lines(result, last, lines, case_end)
            column = result.lc.key(last)[1]
            edits.append((end, end, "".join(_pad(_dump_key(p, plain(expect["result"][p])), column)
                                            for p in extra)))
    for start, end, new in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        lines[start:end] = [new] if new else []
    return "".join(lines)


def _node_flow(items: list):
    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _dump_key(key, value) -> str:
    out = io.StringIO()
    single = CommentedMap()
    single[key] = value
    _yaml().dump(single, out)
    return out.getvalue()


def _pad(text: str, indent: int) -> str:
    return "".join((" " * indent + line) if line.strip() else line
                   for line in text.splitlines(keepends=True))


def _trailing_comment(line: str) -> str:
    """`` # ...`` after a one-line value, with the spaces before it ("" if none)."""
    body = line.rstrip("\n")
    quote = None
    for i, ch in enumerate(body):
        if ch in "'\"" and quote in (None, ch):
            quote = None if quote else ch
        elif ch == "#" and quote is None and i and body[i - 1] in " \t":
            j = i
            while j and body[j - 1] in " \t":
                j -= 1
            return body[j:] + "\n"
    return ""


def _key_lines(mapping: CommentedMap, key, lines: list, limit: int) -> tuple[int, int]:
    """The lines [start, end) of ``key`` and its value in a block mapping: up to the next
    key, or the first line less indented than the key, blank lines left outside."""
    start, column = mapping.lc.key(key)
    keys = list(mapping)
    position = keys.index(key)
    if position + 1 < len(keys):
        end = mapping.lc.key(keys[position + 1])[0]
    else:
        end = start + 1
        while end < limit and (not lines[end].strip() or _indent(lines[end]) > column):
            end += 1
    while end - 1 > start and not lines[end - 1].strip():
        end -= 1
    return start, end


def _set_expect_whole(text, data, tests, index, expect) -> str:
    node = tests[index]
    merged = dict(node.get("expect") or {})
    merged.update(expect)
    node["expect"] = _node({k: v for k, v in merged.items() if v not in (None, [], {})}
                           or {"result": {}})
    return _splice(text, data, tests, index, node)


def _equal_plain(old, new) -> bool:
    try:
        return type(old) is type(new) and old == new
    except Exception:  # noqa: BLE001 - odd types compare as different
        return False


def _merge(node: CommentedMap, case: dict) -> None:
    for key in [k for k in node if k not in case]:
        del node[key]
    for key, value in case.items():
        old = node.get(key)
        if isinstance(old, CommentedMap) and isinstance(value, dict):
            _merge(old, value)
        elif key in node and _same_yaml(old, value):
            continue
        else:
            node[key] = _node(value)


def _same_yaml(old, new) -> bool:
    if isinstance(old, (list, tuple)) and isinstance(new, (list, tuple)):
        return len(old) == len(new) and all(_same_yaml(a, b) for a, b in zip(old, new))
    if isinstance(old, dict) and isinstance(new, dict):
        return old.keys() == new.keys() and all(_same_yaml(old[k], new[k]) for k in old)
    if isinstance(old, dt.datetime) or isinstance(new, dt.datetime):
        return str(old).replace(" ", "T") == str(new).replace(" ", "T")
    return type(old) is type(new) and old == new or (
        not isinstance(old, bool) and not isinstance(new, bool) and
        isinstance(old, (int, float)) and isinstance(new, (int, float)) and old == new)


def _require(tests, index: int) -> None:
    if tests is None or not 0 <= index < len(tests):
        raise CaseEditError("no_such_case", str(index + 1))


def _block(data, tests, index: int, lines: list) -> tuple[int, int]:
    """The line range [start, end) of case ``index``: from its dash to the next case (or
    the next top-level key, or the end), trailing blank lines left outside."""
    start = tests.lc.item(index)[0]
    while start > 0 and not lines[start].lstrip().startswith("-"):
        start -= 1
    if index + 1 < len(tests):
        end = tests.lc.item(index + 1)[0]
        while end > start and not lines[end].lstrip().startswith("-"):
            end -= 1
    else:
        keys = list(data)
        after = keys[keys.index("tests") + 1:]
        end = data.lc.key(after[0])[0] if after else len(lines)
    while end - 1 > start and (not lines[end - 1].strip() or
                               (lines[end - 1].lstrip().startswith("#") and
                                _indent(lines[end - 1]) < _indent(lines[start]))):
        end -= 1
    return start, end


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _splice(text, data, tests, index, node) -> str:
    lines = text.splitlines(keepends=True)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    start, end = _block(data, tests, index, lines)
    indent = _indent(lines[start])
    return "".join(lines[:start]) + _dump_item(node, indent) + "".join(lines[end:])


def _dump_item(node, indent: int) -> str:
    out = io.StringIO()
    _yaml().dump(node, out)
    body = out.getvalue().rstrip("\n").splitlines(keepends=True)
    body[-1] += "\n"
    pad = " " * indent
    lines = [pad + "- " + body[0]] + [(pad + "  " + l) if l.strip() else l for l in body[1:]]
    return "".join(lines)


# -- taking the actual result as expected -------------------------------------------------------

@dataclass
class Change:
    """One expectation that changes: ``path`` (``result.points.earned``, ``fired``,
    ``not_fired``), what the case expected and what the rules now decide (None: the path
    goes away)."""
    path: str
    old: object
    new: object
    rule: str | None = None


def accept_actual(case, decision, tz=None) -> tuple[list[Change], dict]:
    """What changes when ``case`` takes ``decision`` (the draft's actual answer) as
    expected, and the new ``expect`` (fired, not_fired, result). A rule listed as applying
    that did not moves to ``not_fired`` and back; a result path the answer no longer has is
    dropped; every other path keeps its place and takes the actual value."""
    fired_now = [r.id for r in decision.fired]
    known = set(fired_now) | {n.id for n in decision.not_fired or []}
    changes: list[Change] = []
    fired, not_fired = [], []
    for rule_id in case.expect.fired:
        if rule_id in fired_now:
            fired.append(rule_id)
        elif rule_id in known:
            not_fired.append(rule_id)
            changes.append(Change("fired", "fired", "not_fired", rule_id))
        else:
            changes.append(Change("fired", "fired", None, rule_id))
    for rule_id in case.expect.not_fired:
        if rule_id in fired_now:
            fired.append(rule_id)
            changes.append(Change("not_fired", "not_fired", "fired", rule_id))
        elif rule_id in known:
            not_fired.append(rule_id)
        else:
            changes.append(Change("not_fired", "not_fired", None, rule_id))
    actual = decision.result.model_dump(mode="python")
    result = {}
    for path, expected in case.expect.result.items():
        try:
            value = select_path(actual, str(path))
        except KeyError:
            changes.append(Change(f"result.{path}", expected, None))
            continue
        if _passes(expected, value, tz):
            result[path] = expected
        else:
            result[path] = plain(value)
            changes.append(Change(f"result.{path}", expected, plain(value)))
    return changes, {"fired": fired, "not_fired": not_fired, "result": result}


def _passes(expected, actual, tz) -> bool:
    return expectation_met(expected, actual, tz)


def picked_result(result, paths) -> dict:
    """The expectations for the result ``paths`` a person ticked, valued from ``result``
    (the actual answer): they are never typed. Unknown paths raise KeyError."""
    data = result.model_dump(mode="python") if hasattr(result, "model_dump") else result
    out = {}
    for path in paths:
        value = select_path(data, path)
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            value = {"length": len(value)}       # a list of objects: how many
        out[path] = plain(value)
    return out


def result_paths(result) -> list[tuple[str, object]]:
    """Every path of a result a case may expect, with its value: scalars, lists of plain
    values as a whole, and ``items[*].field`` for lists of objects."""
    data = result.model_dump(mode="python") if hasattr(result, "model_dump") else result
    out: list[tuple[str, object]] = []
    _paths(data, "", out)
    return out


def _paths(value, prefix: str, out: list) -> None:
    if isinstance(value, dict):
        if not value and prefix:
            out.append((prefix, value))
        for key, item in value.items():
            _paths(item, f"{prefix}.{key}" if prefix else str(key), out)
    elif isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        out.append((prefix, {"length": len(value)}))
        fields = list(dict.fromkeys(k for v in value for k in v))
        for name in fields:
            items = [v.get(name) for v in value]
            if all(not isinstance(i, (dict, list)) for i in items):
                out.append((f"{prefix}[*].{name}", items))
    else:
        out.append((prefix, value))

