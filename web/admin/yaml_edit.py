"""Small edits to a ruleset's YAML text that keep everything else as written (comments,
order, quoting): switch one rule on or off. An own rule gets ``enabled: false`` (or loses
it); an inherited rule is added to or taken out of ``disable:``."""
from __future__ import annotations

import re

from dealer_rules.core.yaml_source import load_yaml


class CannotEdit(ValueError):
    """The text is laid out in a way these edits do not handle; edit it in the editor."""


def set_rule_enabled(text: str, rule_id: str, enabled: bool) -> str:
    data, positions = load_yaml(text)
    rules = data.get("rules") or []
    for index, rule in enumerate(rules):
        if isinstance(rule, dict) and rule.get("id") == rule_id:
            break
    else:
        return _set_row_enabled(text, data, rule_id, enabled)
    lines = text.splitlines(keepends=True)
    if "enabled" in rule:
        pos = positions.key_of(("rules", index, "enabled"))
        line = lines[pos.line - 1]
        new, n = re.subn(r"(enabled:\s*)(true|false)\b", rf"\g<1>{str(enabled).lower()}", line, 1)
        if n != 1:
            raise CannotEdit(rule_id)
        if enabled and new.strip() == "enabled: true" and not new.lstrip().startswith("-"):
            del lines[pos.line - 1]          # back to the default: drop the line
        else:
            lines[pos.line - 1] = new
        return "".join(lines)
    if enabled:
        return text
    pos = positions.key_of(("rules", index, "id"))
    id_line = lines[pos.line - 1]
    if "{" in id_line:
        raise CannotEdit(rule_id)
    lines.insert(pos.line, " " * (pos.column - 1) + "enabled: false\n")
    return "".join(lines)


def _set_row_enabled(text: str, data: dict, rule_id: str, enabled: bool) -> str:
    """A decision-table row's rule: its row gets ``enabled: false`` (or loses it)."""
    from dealer_rules.core.table_edits import TableEditError, cell_address, set_cell
    for table in data.get("tables") or []:
        rows = table.get("rows") if isinstance(table, dict) else None
        for n, row in enumerate(rows if isinstance(rows, list) else [], start=1):
            own = row.get("id") if isinstance(row, dict) else None
            if rule_id in (own, f"{table.get('id')}.row_{n}") and (own is None or own == rule_id):
                try:
                    return set_cell(text, cell_address(table["id"], n, "enabled"),
                                    None if enabled else False)
                except TableEditError:
                    raise CannotEdit(rule_id) from None
    raise CannotEdit(rule_id)


def set_inherited_disabled(text: str, rule_id: str, disabled: bool) -> str:
    data, positions = load_yaml(text)
    current = list(data.get("disable") or [])
    wanted = [r for r in current if r != rule_id] + ([rule_id] if disabled else [])
    if wanted == current:
        return text
    lines = text.splitlines(keepends=True)
    flow = "disable: [" + ", ".join(wanted) + "]\n"
    if "disable" not in data:
        anchor = positions.key_of(("rules",))
        at = anchor.line - 1 if anchor else len(lines)
        lines.insert(at, flow)
        return "".join(lines)
    key = positions.key_of(("disable",))
    first = key.line - 1
    if not lines[first].lstrip().startswith("disable:") or key.column != 1:
        raise CannotEdit(rule_id)
    last = first
    if "[" not in lines[first]:                      # a block list: its items follow
        while last + 1 < len(lines) and re.match(r"\s+-\s", lines[last + 1]):
            last += 1
    elif "]" not in lines[first]:
        raise CannotEdit(rule_id)
    lines[first:last + 1] = [flow if wanted else "disable: []\n"]
    return "".join(lines)
