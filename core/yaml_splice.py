"""Change one scalar of a YAML text in place, leaving every other character as it was.

The parameters API, the admin's tables and the spreadsheet import change a value of a
ruleset without turning the document into data and back: a re-dump (even ruamel.yaml's
round trip) re-flows folded descriptions and long lines, so a manager's change would touch
lines she never saw. Here the value's token is found by its exact start and end in the
text (the composer's marks) and only that token is replaced; a key that is not written
yet is added as one new line in a block mapping (indented like its siblings) or as one
more ``key: value`` in a flow mapping (``{...}``). Every comment, key order, quoting and
flow style of everything else is kept byte for byte. The caller checks the result.
"""
from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import yaml

from .yaml_source import YamlError, compose, load_yaml


class CannotSplice(ValueError):
    """The value's place in the text is laid out in a way this module does not edit (an
    action written without parameters, a mapping that is not written at all ...)."""


def set_value(text: str, path: tuple, value, like=None) -> str:
    """``text`` with the value at ``path`` (keys and list indexes) set to ``value``; a
    missing last key is added to its mapping."""
    return set_values(text, [(path, value)])


def set_values(text: str, changes) -> str:
    """``text`` with each ``(path, value)`` of ``changes`` written in (the text is read
    once; the edits are made from the end backwards so that each one's place holds).

    :raises CannotSplice: a path this module cannot edit (nothing is changed)."""
    root = compose(text)
    edits = []                                   # (start, end, new text)
    for path, value in changes:
        parent = _node_at(root, path[:-1])
        if not isinstance(parent, yaml.MappingNode):
            raise CannotSplice(path)
        for key_node, value_node in parent.value:
            if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(path[-1]):
                edits.append(_replacement(text, value_node, value, parent.flow_style))
                break
        else:
            edits.append(_insertion(text, parent, path[-1], value))
    edits.sort(key=lambda e: (e[0], e[1]), reverse=True)
    for earlier, later in zip(edits[1:], edits):
        if earlier[1] > later[0]:               # two edits of one token
            raise CannotSplice(later[0])
    for start, end, new in edits:
        text = text[:start] + new + text[end:]
    return text


def _node_at(node, path: tuple):
    for step in path:
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                if isinstance(key_node, yaml.ScalarNode) and key_node.value == str(step):
                    node = value_node
                    break
            else:
                raise CannotSplice(path)
        elif isinstance(node, yaml.SequenceNode) and isinstance(step, int) and step < len(node.value):
            node = node.value[step]
        else:
            raise CannotSplice(path)
    return node


def _replacement(text: str, node, value, in_flow: bool) -> tuple[int, int, str]:
    if not isinstance(node, yaml.ScalarNode):
        raise CannotSplice(node.start_mark.line + 1)
    start, end = node.start_mark.index, node.end_mark.index
    style = node.style
    tail = ""
    if style in ("|", ">"):
        # a block scalar runs to the end of its last line: keep the line break after it
        body = text[start:end]
        tail = body[len(body.rstrip("\n")):]
        style = '"'
    return start, end, token(value, style, bool(in_flow)) + tail


def _insertion(text: str, mapping, key, value) -> tuple[int, int, str]:
    entry = f"{key}: {token(value, None, bool(mapping.flow_style))}"
    if mapping.flow_style:
        close = mapping.end_mark.index - 1
        if text[close] != "}":
            raise CannotSplice(mapping.start_mark.line + 1)
        at = len(text[:close].rstrip())
        separator = "" if text[:at].endswith("{") else ", "
        return at, at, separator + entry
    # a new line after the last pair written on one line, indented like that pair's key
    anchor = line_end = None
    for key_node, value_node in mapping.value:
        if isinstance(value_node, yaml.ScalarNode) and value_node.style not in ("|", ">") \
                and key_node.start_mark.line == value_node.end_mark.line:
            anchor, line_end = key_node, text.find("\n", value_node.end_mark.index)
    if anchor is None:
        raise CannotSplice(mapping.start_mark.line + 1)
    indent = " " * anchor.start_mark.column
    if line_end == -1:
        return len(text), len(text), "\n" + indent + entry + "\n"
    return line_end + 1, line_end + 1, indent + entry + "\n"


def token(value, style: str | None, in_flow: bool) -> str:
    """The YAML text of ``value``: a number plain, a text plain where that reads back as the
    same text (else in the old quotes, or double quotes)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if value is None:
        return "null"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, (float, Decimal)):
        return plain_number(value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, dt.time):
        return "'" + value.strftime("%H:%M") + "'"
    text = str(value)
    if style == "'" and "\n" not in text:
        return "'" + text.replace("'", "''") + "'"
    if style == '"' or not _reads_back(text, in_flow):
        return json.dumps(text, ensure_ascii=False)
    return text


def plain_number(value) -> str:
    """12, 12.5, 1.2: a decimal without exponent or trailing zeros."""
    number = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
    text = format(number.normalize(), "f")
    return text


def _reads_back(text: str, in_flow: bool) -> bool:
    if not text or text != text.strip() or "\n" in text or "#" in text or ": " in text:
        return False
    if in_flow and any(c in text for c in ",[]{}"):
        return False
    for sample in (f"k: {text}\n", f"{{k: {text}}}\n"):
        try:
            data, _ = load_yaml(sample)
        except YamlError:
            return False
        if data != {"k": text}:
            return False
    return True
