"""Write changed parameter values back into a ruleset's YAML, all or nothing.

``patch(text, changes, registry)`` checks every change first: the address must be one
``list_parameters`` lists, the value must be of the parameter's kind (a number stays a
number) and pass the action's (or the settings') pydantic model with the rest of the call.
If any change is wrong, ``ParameterChangeError`` lists every wrong address with its
message and nothing is changed. Otherwise each value is written in place
(core/yaml_splice.py): comments, key order, flow style and quoting of everything else stay
as written, and a change to the value already there changes nothing (the text stays byte
for byte the same). Whether the new document still compiles is the caller's next check
(the store's validation), as after any draft save.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any, Mapping

from pydantic import ValidationError

from .messages import Message, Term, UserError
from .parameters import Parameter, by_address, json_value, parameters_of, read_document
from .problems import pydantic_message
from .registry import Registry
from .yaml_splice import CannotSplice, set_values


@dataclass
class ChangeProblem:
    """Why the value for ``address`` cannot be written."""
    address: str
    message: Message
    value: Any = None

    def render(self, lang: str) -> str:
        return f"{self.address}: {self.message.render(lang)}"


class ParameterChangeError(UserError):
    """Some changes are wrong; ``problems`` names each address. Nothing was changed."""

    def __init__(self, problems: list[ChangeProblem]):
        super().__init__(Message("parameters_invalid", count=len(problems)))
        self.problems = problems


@dataclass
class AppliedChange:
    """One value that changed: for the audit log and the answer."""
    address: str
    old: Any
    new: Any

    def to_json(self) -> dict:
        return {"address": self.address, "old": json_value(self.old), "new": json_value(self.new)}


@dataclass
class Patched:
    text: str
    changes: list[AppliedChange]


def apply_changes(text: str, changes, registry: Registry) -> str:
    """``text`` with ``changes`` written in; see ``patch``."""
    return patch(text, changes, registry).text


def patch(text: str, changes, registry: Registry) -> Patched:
    """Check and write ``changes`` (``{address: value}``, or ``[{"address", "value"}]``, or
    ``[(address, value)]``) into the ruleset ``text``.

    :raises ParameterChangeError: any address unknown or value wrong (all of them listed).
    :raises ParametersUnreadable: the text is not a ruleset these tables can read.
    """
    latest: dict[str, tuple[str, Any]] = {}
    for address, value in _pairs(changes):       # an address given twice: the last value
        latest[_canonical(address)] = (address, value)
    wanted = list(latest.values())
    data, positions, domain = read_document(text, registry)
    parameters = by_address(parameters_of(data, positions, domain, registry))
    problems: list[ChangeProblem] = []
    checked: list[tuple[Parameter, Any]] = []
    for address, value in wanted:
        parameter = parameters.get(_canonical(address))
        if parameter is None:
            problems.append(ChangeProblem(address, Message("unknown_parameter", address=address), value))
            continue
        try:
            checked.append((parameter, coerce(parameter, value)))
        except UserError as exc:
            problems.append(ChangeProblem(address, exc.msg, value))
    problems += _model_problems(checked, data, domain, registry)
    problems += _table_problems(checked, data, domain, registry)
    if problems:
        raise ParameterChangeError(problems)
    applied = [AppliedChange(p.address, p.value, v) for p, v in checked
               if not same_value(p.value, v)]
    writes = [(p.yaml_path, v) for p, v in checked if not same_value(p.value, v)]
    try:
        text = set_values(text, writes)
    except CannotSplice:
        # name each change this module cannot place (tried one by one)
        for parameter, value in checked:
            try:
                set_values(text, [(parameter.yaml_path, value)])
            except CannotSplice:
                problems.append(ChangeProblem(parameter.address, Message(
                    "parameter_not_editable", address=parameter.address), value))
        raise ParameterChangeError(problems) from None
    return Patched(text, applied)


def _pairs(changes) -> list[tuple[str, Any]]:
    if isinstance(changes, Mapping):
        return list(changes.items())
    out = []
    for change in changes:
        if isinstance(change, Mapping):
            out.append((str(change.get("address", "")), change.get("value")))
        elif hasattr(change, "address"):
            out.append((change.address, change.value))
        else:
            address, value = change
            out.append((address, value))
    return out


def _canonical(address: str) -> str:
    """``valid_to`` (the YAML's word) is accepted for ``valid_until``; ``#1`` is the first call."""
    address = address.strip()
    address = re.sub(r"/valid_to$", "/valid_until", address)
    return re.sub(r"#1(?=/)", "", address)


def same_value(old, new) -> bool:
    """``new`` (a coerced value) is what ``old`` (as the YAML holds it) already says."""
    if isinstance(old, bool) or isinstance(new, bool):
        return old is new
    if isinstance(old, (int, float, Decimal)) and isinstance(new, (int, float, Decimal)):
        return _decimal(old) == _decimal(new)
    if isinstance(old, str) and isinstance(new, Decimal):
        try:
            return Decimal(old) == new and old == _money_text(new, old)
        except InvalidOperation:
            return False
    return type(old) is type(new) and old == new


# -- one value against its kind -------------------------------------------------------------------

def coerce(parameter: Parameter, value):
    """``value`` (from JSON or a spreadsheet cell) as the Python value to write for
    ``parameter``; UserError saying what kind it must be."""
    kind = parameter.kind
    if value is None or (isinstance(value, str) and not value.strip() and kind != "text"):
        raise UserError(Message("required"))
    if kind == "boolean":
        return _boolean(value)
    if kind == "integer":
        return _integer(value)
    if kind in ("number", "percent", "money"):
        number = _number(value)
        if kind == "money" and isinstance(parameter.value, str):
            return _money_text(number, parameter.value)
        return int(number) if number == number.to_integral_value() and "." not in str(value) \
            else number
    if kind == "date":
        return _date(value)
    if kind == "datetime":
        return _datetime(value)
    if kind == "time":
        return _time(value)
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal, float)):
        raise UserError(Message("expected_kind", kind=Term("string")))
    text = value if isinstance(value, str) else str(value)
    if kind == "choice" and parameter.choices and text not in parameter.choices:
        raise UserError(Message("one_of", allowed=", ".join(map(str, parameter.choices))))
    if parameter.section == "rule" and parameter.param == "title" and not text.strip():
        raise UserError(Message("too_short"))
    return text


def _boolean(value):
    if isinstance(value, bool):
        return value
    words = {"true": True, "false": False, "是": True, "否": False, "开": True, "关": False,
             "1": True, "0": False, "yes": True, "no": False}
    if isinstance(value, (str, int)) and str(value).strip().lower() in words:
        return words[str(value).strip().lower()]
    raise UserError(Message("expected_kind", kind=Term("bool")))


def _number(value) -> Decimal:
    if isinstance(value, bool):
        raise UserError(Message("expected_kind", kind=Term("number")))
    try:
        number = _decimal(value.strip().replace(",", "") if isinstance(value, str) else value)
    except (InvalidOperation, TypeError, ValueError):
        raise UserError(Message("expected_kind", kind=Term("number"))) from None
    if not number.is_finite():
        raise UserError(Message("expected_kind", kind=Term("number")))
    return number


def _integer(value) -> int:
    number = _number(value) if not isinstance(value, int) or isinstance(value, bool) else Decimal(value)
    if number != number.to_integral_value():
        raise UserError(Message("expected_kind", kind=Term("whole_number")))
    return int(number)


def _decimal(value) -> Decimal:
    if isinstance(value, float):
        return Decimal(repr(value))
    if isinstance(value, (int, Decimal)):
        return Decimal(value)
    if isinstance(value, str) and re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", value):
        return Decimal(value)
    raise InvalidOperation(value)


def _money_text(number: Decimal, like: str) -> str:
    """An amount written as text ("1200.00") keeps that form."""
    places = len(like.split(".", 1)[1]) if "." in like else 0
    return f"{number:.{places}f}" if places else format(number.normalize(), "f")


def _date(value) -> dt.date:
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0) and value.tzinfo is None:
            return value.date()
        raise UserError(Message("expected_kind", kind=Term("date")))
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip())
    except ValueError:
        raise UserError(Message("expected_kind", kind=Term("date"))) from None


def _datetime(value):
    """A validity window: a date (the whole day) or a date-time with its offset."""
    if isinstance(value, dt.datetime):
        if value.tzinfo is None:
            if value.time() == dt.time(0):
                return value.date()
            raise UserError(Message("needs_timezone"))
        return value
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        pass
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        raise UserError(Message("expected_kind", kind=Term("datetime"))) from None
    if moment.tzinfo is None:
        raise UserError(Message("needs_timezone"))
    return moment


def _time(value) -> str:
    """A local time as the documents write it, text "HH:MM" (not a YAML number)."""
    if isinstance(value, dt.time):
        return value.strftime("%H:%M")
    try:
        return dt.time.fromisoformat(str(value).strip()).strftime("%H:%M")
    except ValueError:
        raise UserError(Message("expected_kind", kind=Term("string"))) from None


# -- values against the parameter models ----------------------------------------------------------

def _table_problems(checked, data: dict, domain, registry) -> list[ChangeProblem]:
    """Decision-table cells: an input cell must be a test its column can make (a range such
    as ``>= 10000``), an output cell a value its action's parameter model accepts (the row's
    call validated with the table's fixed parameters)."""
    from .decision_tables import DecisionTable, cell_condition
    problems = []
    for parameter, value in checked:
        if parameter.section != "table" or len(parameter.yaml_path) != 5:
            continue
        _, t, _, r, column_name = parameter.yaml_path
        try:
            table = DecisionTable.model_validate(_get(data, ("tables", t)))
        except (ValidationError, UserError):
            continue   # a table that does not load: validation says why
        column = table.column(column_name)
        if column is None:
            continue
        if column in table.inputs:
            try:
                cell_condition(column, value)
            except UserError as exc:
                problems.append(ChangeProblem(parameter.address, exc.msg, value))
            continue
        name, _, nth = column.action.partition("#")
        action = registry.actions.get((domain.name, name))
        if action is None:
            continue
        fixed = [item for item in table.then if isinstance(item, dict) and name in item]
        params = dict((fixed[int(nth or 1) - 1][name] or {}) if len(fixed) >= int(nth or 1) else {})
        row = _get(data, ("tables", t, "rows", r)) or {}
        for other in table.outputs:
            if other.action == column.action and row.get(other.name) is not None:
                params[other.param] = row[other.name]
        params[column.param] = value
        try:
            action.params.model_validate(params)
        except ValidationError as exc:
            for error in exc.errors(include_url=False):
                if tuple(error["loc"][:1]) == (column.param,):
                    problems.append(ChangeProblem(parameter.address, pydantic_message(error), value))
    return problems


def _model_problems(checked, data: dict, domain, registry) -> list[ChangeProblem]:
    """Each changed action call and the settings, validated with the changes in, by their
    pydantic models (constraints such as ``gt=0, le=100`` too); an error is reported on the
    changed address it is about (errors about values nobody changed are validation's)."""
    calls: dict[tuple, list[tuple[Parameter, Any]]] = {}
    for parameter, value in checked:
        if parameter.section == "setting":
            calls.setdefault(("settings",), []).append((parameter, value))
        elif parameter.action is not None:
            call_path = parameter.yaml_path[:parameter.yaml_path.index(parameter.action) + 1]
            calls.setdefault(call_path, []).append((parameter, value))
    problems = []
    for call_path, changed in calls.items():
        if call_path == ("settings",):
            model, written = domain.settings, _get(data, ("settings",)) or {}
        else:
            model = registry.actions[(domain.name, call_path[-1])].params
            written = _get(data, call_path) or {}
        candidate = _deep_copy(written)
        inner = len(call_path)
        for parameter, value in changed:
            _put(candidate, parameter.yaml_path[inner:], value)
        try:
            model.model_validate(candidate)
        except ValidationError as exc:
            by_loc = {tuple(p.yaml_path[inner:]): (p, v) for p, v in changed}
            for error in exc.errors(include_url=False):
                found = by_loc.get(tuple(error["loc"]))
                if found is not None:
                    problems.append(ChangeProblem(found[0].address, pydantic_message(error),
                                                  found[1]))
    return problems


def _get(data, path):
    for step in path:
        if isinstance(data, dict):
            data = data.get(step)
        elif isinstance(data, list) and isinstance(step, int) and step < len(data):
            data = data[step]
        else:
            return None
    return data


def _put(data, path, value):
    for step in path[:-1]:
        data = data[step]
    data[path[-1]] = value


def _deep_copy(value):
    if isinstance(value, dict):
        return {k: _deep_copy(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_deep_copy(v) for v in value]
    return value

