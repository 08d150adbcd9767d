"""Read YAML while remembering where every value stands, so errors can name the line.

``load_yaml(text)`` returns the data and a ``Positions`` map from a path of keys and list
indexes (the same shape as a pydantic error's ``loc``) to the line and column of that value.
A duplicate key, which plain PyYAML silently resolves to the last one, is an error here:
a ruleset with two ``when:`` lines would otherwise lose one without a word.

Anchors and aliases (``&a`` / ``*a``) are refused with their line: nine aliases nested
eight deep make a 350-byte "billion laughs" text that expands to 43 million values, and a
ruleset never needs them. The text's size and nesting depth are bounded too
(core/limits.py), before anything is built from it.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from dataclasses import dataclass

import yaml

from . import limits
from .messages import Message


@dataclass(frozen=True)
class Position:
    line: int    # 1-based
    column: int  # 1-based


class YamlError(ValueError):
    """The text is not valid YAML; ``line``/``column`` say where."""

    def __init__(self, message: Message, line: int, column: int):
        super().__init__(message.render("en"))
        self.msg = message
        self.line = line
        self.column = column


class Positions:
    """Where each value of a loaded YAML document stands."""

    def __init__(self, source: str = ""):
        self.source = source
        self._at: dict[tuple, Position] = {}
        self._key_at: dict[tuple, Position] = {}
        self._style: dict[tuple, str | None] = {}

    def add(self, loc: tuple, pos: Position, key_pos: Position | None = None):
        self._at[loc] = pos
        if key_pos is not None:
            self._key_at[loc] = key_pos

    def of(self, loc) -> Position | None:
        """The position of ``loc``, or of its nearest enclosing value that has one."""
        loc = tuple(loc)
        while True:
            if loc in self._at:
                return self._at[loc]
            if not loc:
                return None
            loc = loc[:-1]

    def inside(self, loc, offset: int) -> Position | None:
        """The position of character ``offset`` inside the text value at ``loc``.

        Exact for single-line values and for ``|`` blocks (the usual way to write a long
        condition); for other multi-line styles, the line where the value starts.
        """
        start = self._at.get(tuple(loc))
        if start is None:
            return self.of(loc)
        style = self._style.get(tuple(loc))
        lines = self.source.splitlines()
        if style == "|" and lines:
            text, indent = _block_text(lines, start)
            before = text[:offset]
            line = start.line + 1 + before.count("\n")
            return Position(line, indent + 1 + (offset - (before.rfind("\n") + 1)))
        if style in (None, "'", '"'):
            return Position(start.line, start.column + offset + (1 if style else 0))
        return start

    def key_of(self, loc) -> Position | None:
        """Where the key of a mapping entry stands (for 'unknown field' errors)."""
        return self._key_at.get(tuple(loc)) or self.of(loc)



def _block_text(lines, start: Position) -> tuple[str, int]:
    """A ``|`` block's content as YAML gives it (de-indented) and its indentation."""
    body, indent = [], None
    for src in lines[start.line:]:
        width = len(src) - len(src.lstrip(" "))
        if src.strip():
            if indent is None:
                indent = width
            elif width < indent:
                break
        body.append(src)
    return "\n".join(b[indent or 0:] for b in body), indent or 0


class _Loader(yaml.SafeLoader):
    """SafeLoader reading numbers and booleans the YAML 1.2 way: ``09:30`` stays the text
    "09:30" (not the base-60 number 570) and only true/false are booleans, so a rule id
    ``off`` or a value ``no`` stays text (YAML 1.1 would make them false)."""


    _depth = 0

    def compose_node(self, parent, index):
        """PyYAML's composer, refusing anchors and aliases and nesting deeper than the
        MAX_YAML_DEPTH limit (the composer recurses once per level)."""
        event = self.peek_event()
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        if isinstance(event, yaml.AliasEvent):
            raise YamlError(Message("yaml_alias", line=line), line, column)
        if getattr(event, "anchor", None) is not None:
            raise YamlError(Message("yaml_anchor", line=line), line, column)
        self._depth += 1
        try:
            limits.refuse_over("yaml_depth", self._depth, line)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_Loader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers
            if not (tag in ("tag:yaml.org,2002:int", "tag:yaml.org,2002:float")
                    and ":" in regexp.pattern) and tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
for _tag, _pattern, _first in (
        ("tag:yaml.org,2002:bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
        ("tag:yaml.org,2002:int", r"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)"
                                  r"|[-+]?0x[0-9a-fA-F_]+)$", "-+0123456789"),
        ("tag:yaml.org,2002:float", r"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?"
                                    r"|\.[0-9_]+(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)"
                                    r"|\.(?:nan|NaN|NAN))$", "-+0123456789.")):
    _Loader.add_implicit_resolver(_tag, __import__("re").compile(_pattern), list(_first))


def outline(text: str) -> dict:
    """{top-level key: number of items} of the text's top-level lists, read with libyaml's
    fast parser (when installed) before anything is built, refusing anchors, aliases and
    nesting past MAX_YAML_DEPTH on the way. The first pass of ``load_yaml``.

    :raises YamlError: an anchor, an alias, or invalid YAML.
    :raises limits.LimitExceeded: over MAX_YAML_BYTES or MAX_YAML_DEPTH.
    """
    size = len(text) if len(text) * 4 <= limits.current().yaml_bytes else len(text.encode())
    limits.refuse_over("yaml_bytes", size)
    lengths, depth, key, listed, expect_key = {}, 0, None, None, True
    node_events = (yaml.ScalarEvent, yaml.MappingStartEvent, yaml.SequenceStartEvent)
    try:
        for event in yaml.parse(text, Loader=_FastLoader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None) is not None:
                line, column = event.start_mark.line + 1, event.start_mark.column + 1
                code = "yaml_alias" if isinstance(event, yaml.AliasEvent) else "yaml_anchor"
                raise YamlError(Message(code, line=line), line, column)
            if isinstance(event, node_events):
                if depth == 1:          # in the top-level mapping: a key, then its value
                    if expect_key:
                        key = event.value if isinstance(event, yaml.ScalarEvent) else None
                    else:
                        listed = key if isinstance(event, yaml.SequenceStartEvent) else None
                        if listed is not None:
                            lengths[listed] = 0
                    expect_key = not expect_key
                elif depth == 2 and listed is not None:
                    lengths[listed] += 1
            if isinstance(event, (yaml.MappingStartEvent, yaml.SequenceStartEvent)):
                depth += 1
                limits.refuse_over("yaml_depth", depth, event.start_mark.line + 1)
            elif isinstance(event, yaml.ScalarEvent):
                # a value is a level of its own, as compose_node counts it
                limits.refuse_over("yaml_depth", depth + 1, event.start_mark.line + 1)
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                depth -= 1
                if depth == 1:
                    listed = None
    except yaml.MarkedYAMLError:
        return lengths   # the second pass reports it with its line
    return lengths


_FastLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


if getattr(yaml, "__with_libyaml__", False):
    class _CLoader(yaml.cyaml.CParser, yaml.constructor.SafeConstructor, yaml.resolver.Resolver):
        """``_Loader`` with libyaml's parser and composer (C): the same YAML 1.2 numbers and
        booleans (the resolvers are ``_Loader``'s), nodes with the same marks, about ten
        times quicker. It composes without ``_Loader.compose_node``'s checks: ``outline``,
        which ``load_yaml`` runs first, refuses anchors, aliases and depth on the events."""
        yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers

        def __init__(self, stream):
            yaml.cyaml.CParser.__init__(self, stream)
            yaml.constructor.SafeConstructor.__init__(self)
            yaml.resolver.Resolver.__init__(self)
else:                                                    # PyYAML built without libyaml
    _CLoader = None


def load_yaml(text: str, check_outline=None) -> tuple[object, Positions]:
    """Parse one YAML document; raises YamlError with the line of the first problem.

    :param check_outline: called with ``outline(text)`` before the document is built (to
        refuse, say, too many rules in milliseconds).
    :raises limits.LimitExceeded: the text is over MAX_YAML_BYTES or nests deeper than
        MAX_YAML_DEPTH.
    """
    key = (text, limits.current())         # limits are part of what passed the outline
    parsed = _parsed.get(key) if isinstance(text, str) else None
    if parsed is not None:
        if check_outline is not None:
            check_outline(parsed[2])
        return _copy(parsed[0]), parsed[1]
    if isinstance(text, str):
        lengths = outline(text)
        if check_outline is not None:
            check_outline(lengths)
    data, positions = _load(text)
    if isinstance(text, str):
        _parsed.put(key, (_copy(data), positions, lengths))
    return data, positions


def _copy(value):
    """A copy of loaded YAML data: new dicts and lists, the same (immutable) scalars."""
    if isinstance(value, dict):
        return {key: _copy(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_copy(item) for item in value]
    return value


class _Parsed:
    """The last documents parsed, by text: the admin loads the same ruleset on every page
    (the table, the editor, try it, publish), and building positions in pure Python costs
    tens of milliseconds for a large one; a copy of the data is handed out, so a caller may
    change what it gets. Positions are only read."""

    def __init__(self, size: int = 64):
        self.size, self.found, self.lock = size, OrderedDict(), threading.Lock()

    def get(self, key):
        with self.lock:
            found = self.found.get(key)
            if found is not None:
                self.found.move_to_end(key)
            return found

    def put(self, key, parsed) -> None:
        with self.lock:
            self.found[key] = parsed
            while len(self.found) > self.size:
                self.found.popitem(last=False)


_parsed = _Parsed()


def _load(text) -> tuple[object, Positions]:
    """The data and positions of ``text``: with libyaml where PyYAML has it; a text it
    finds broken is read again with PyYAML's own parser, whose messages name the character
    at fault (``found character '\\t'``), so the error is the same either way. Called by
    ``load_yaml`` after ``outline``, which refuses anchors, aliases and nesting too deep."""
    if _CLoader is not None and isinstance(text, str):
        try:
            return _read(text, _CLoader)
        except yaml.YAMLError:
            pass                        # (the Python parser below reports it)
    try:
        return _read(text, _Loader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = " ".join(str(part) for part in (exc.context, exc.problem) if part)
        raise YamlError(Message("yaml_syntax", detail=detail), line, column) from None
    except yaml.YAMLError as exc:
        raise YamlError(Message("yaml_syntax", detail=str(exc)), 1, 1) from None


def _read(text, loader_class) -> tuple[object, Positions]:
    loader = loader_class(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None, Positions()
        positions = Positions(text)
        return _build(loader, node, (), positions), positions
    finally:
        loader.dispose()


def _pos(node) -> Position:
    return Position(node.start_mark.line + 1, node.start_mark.column + 1)


def _build(loader, node, loc: tuple, positions: Positions, key_pos=None):
    positions.add(loc, _pos(node), key_pos)
    if isinstance(node, yaml.ScalarNode):
        positions._style[loc] = node.style or None    # (libyaml: '' for plain)
    if isinstance(node, yaml.MappingNode):
        loader.flatten_mapping(node)
        out, seen = {}, {}
        for key_node, value_node in node.value:
            key = loader.construct_object(key_node, deep=True)
            if not isinstance(key, (str, int, float, bool)) or key is None:
                raise YamlError(Message("yaml_bad_key"), *_line_col(key_node))
            if key in seen:
                raise YamlError(Message("yaml_duplicate_key", key=key, first=seen[key]),
                                *_line_col(key_node))
            seen[key] = key_node.start_mark.line + 1
            out[key] = _build(loader, value_node, loc + (key,), positions, _pos(key_node))
        return out
    if isinstance(node, yaml.SequenceNode):
        limits.check_time()   # once per list: building 1,000 rules takes a second or two
        return [_build(loader, item, loc + (i,), positions) for i, item in enumerate(node.value)]
    return loader.construct_object(node, deep=True)


def _line_col(node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


def compose(text: str):
    """The node tree of ``text`` (PyYAML nodes with their start and end marks), read the way
    ``load_yaml`` reads it (no anchors or aliases, YAML 1.2 numbers and booleans), for
    editing the text in place (core/yaml_splice.py). Call ``load_yaml`` first: this one
    assumes the text is valid."""
    loader = _Loader(text)
    try:
        return loader.get_single_node()
    finally:
        loader.dispose()
