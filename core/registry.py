"""The domains and actions the loaded plugins provide, checked once at start-up.

``Registry.from_plugin_manager(pm)`` calls the ``register_domains`` and ``register_actions``
hooks through pluggy with a ``register`` callback that knows which plugin called it
(core/hookcalls.py), so anything invalid or clashing raises one ``PluginError`` that names
the plugin and the problem.
"""
from __future__ import annotations

from pydantic import BaseModel, ValidationError

from .domain import Action, Domain
from .facts import accepting_extras
from .label_templates import check_template
from .number_words import UNITS
from .hookcalls import calling_plugin, plugin_that_raised
from .facts_schema import OBJECT, LIST, FieldType, SchemaError, schema_of

#: durable-rules holds at most ~250 properties per fact, counting nested objects' fields
#: (each object is one more) and the computed values, which share the top level (at most
#: 90, core.compile.MAX_COMPUTED); list items are facts of their own
MAX_FIELDS_PER_OBJECT = 150


class PluginError(RuntimeError):
    """A plugin failed to load or registered something invalid; names the plugin."""

    def __init__(self, plugin: str, problem: str):
        super().__init__(f'Plugin "{plugin}": {problem}')
        self.plugin = plugin
        self.problem = problem


class UnknownName(LookupError):
    """A domain or action that no loaded plugin provides."""


class Registry:
    """Domains and actions by name, with the plugin each came from."""

    def __init__(self):
        self.domains: dict[str, Domain] = {}
        self.actions: dict[tuple[str, str], Action] = {}
        self.schemas: dict[str, FieldType] = {}

    # -- building ----------------------------------------------------------------------------
    @classmethod
    def from_plugin_manager(cls, pm) -> "Registry":
        registry = cls()
        for hook_name, add in (("register_domains", registry.add_domain),
                               ("register_actions", registry.add_action)):
            hook = getattr(pm.hook, hook_name)

            def register(item, hook=hook, add=add):
                add(item, plugin=calling_plugin(hook))
            try:
                hook(register=register)
            except PluginError:
                raise
            except Exception as exc:
                raise PluginError(plugin_that_raised(hook, exc),
                                  f"{hook_name} failed: {type(exc).__name__}: {exc}") from exc
        return registry

    def add_domain(self, domain, plugin: str = "<direct>") -> None:
        if not isinstance(domain, Domain):
            raise PluginError(plugin, f"register_domains: expected a Domain, got {type(domain).__name__}")
        if domain.name in self.domains:
            other = self.domains[domain.name].plugin
            raise PluginError(plugin, f"domain {domain.name!r} is already registered by plugin {other!r}")
        for role in ("facts", "result"):
            model = getattr(domain, role)
            if not (isinstance(model, type) and issubclass(model, BaseModel)):
                raise PluginError(plugin, f"domain {domain.name!r}: {role} must be a pydantic model class")
        loose = accepting_extras(domain.facts)
        if loose is not None:
            raise PluginError(plugin, f"domain {domain.name!r}: facts model {loose} accepts unknown "
                                      f"fields, so a misspelt field would be dropped without a word; "
                                      f"subclass dealer_rules.Facts (extra='forbid') for it and every "
                                      f"model nested in it")
        try:
            schema = schema_of(domain.facts)
        except SchemaError as exc:
            raise PluginError(plugin, f"domain {domain.name!r}: facts model {domain.facts.__name__}: {exc}") from None
        crowded = _crowded_object(schema, "")
        if crowded is not None:
            raise PluginError(plugin, f"domain {domain.name!r}: {crowded or 'the facts'} has more than "
                                      f"{MAX_FIELDS_PER_OBJECT} fields, nested objects included (the "
                                      f"matcher's limit); drop some or move repeated ones into a list")
        try:
            domain.result()
        except ValidationError as exc:
            raise PluginError(plugin, f"domain {domain.name!r}: result model {domain.result.__name__} "
                                      f"must be constructible without arguments (give every field a "
                                      f"default): {exc.errors()[0]['loc']}") from None
        if domain.settings is not None:
            if not (isinstance(domain.settings, type) and issubclass(domain.settings, BaseModel)):
                raise PluginError(plugin, f"domain {domain.name!r}: settings must be a pydantic model class")
            try:
                domain.settings()
            except ValidationError as exc:
                raise PluginError(plugin, f"domain {domain.name!r}: settings model "
                                          f"{domain.settings.__name__} must be constructible without "
                                          f"arguments: {exc.errors()[0]['loc']}") from None
        domain = domain.model_copy(update={"plugin": plugin})
        self.domains[domain.name] = domain
        self.schemas[domain.name] = schema

    def add_action(self, action, plugin: str = "<direct>") -> None:
        if not isinstance(action, Action):
            raise PluginError(plugin, f"register_actions: expected an Action, got {type(action).__name__}")
        if action.domain not in self.domains:
            raise PluginError(plugin, f"action {action.name!r} is for domain {action.domain!r}, which no "
                                      f"plugin registered (known: {', '.join(sorted(self.domains)) or 'none'})")
        key = (action.domain, action.name)
        if key in self.actions:
            other = self.actions[key].plugin
            raise PluginError(plugin, f"action {action.name!r} in domain {action.domain!r} is already "
                                      f"registered by plugin {other!r}")
        if not (isinstance(action.params, type) and issubclass(action.params, BaseModel)):
            raise PluginError(plugin, f"action {action.name!r}: params must be a pydantic model class")
        if not callable(action.apply):
            raise PluginError(plugin, f"action {action.name!r}: apply must be callable")
        wrong = [w for t in action.labels.values() for w in check_template(t, action.params.model_fields)]
        wrong += [f"units: {name!r}: " + ("no such parameter" if name not in action.params.model_fields
                                          else f"no unit {unit!r}")
                  for name, unit in action.units.items()
                  if name not in action.params.model_fields or unit not in UNITS]
        if wrong:
            raise PluginError(plugin, f"action {action.name!r}: label template: " + "; ".join(wrong))
        self.actions[key] = action.model_copy(update={"plugin": plugin})

    # -- looking up --------------------------------------------------------------------------
    def domain(self, name: str) -> Domain:
        try:
            return self.domains[name]
        except KeyError:
            raise UnknownName(name) from None

    def actions_of(self, domain: str) -> list[Action]:
        return [a for (d, _), a in sorted(self.actions.items()) if d == domain]


def _crowded_object(schema: FieldType, where: str):
    """The path of a fact (the top level, '' , or a list's items) whose fields, nested
    objects flattened in, are too many for the matcher; None if all fit."""
    if _flat_size(schema) > MAX_FIELDS_PER_OBJECT:
        return where
    for name, field in schema.fields.items():
        path = f"{where}.{name}" if where else name
        found = _crowded_lists(field, path)
        if found is not None:
            return found
    return None


def _flat_size(schema: FieldType) -> int:
    """Properties one object takes in the matcher: its fields, nested objects' fields
    included (an object counts once more), a list once (its items are separate)."""
    return sum(1 + (_flat_size(f) if f.kind == OBJECT else 0) for f in schema.fields.values())


def _crowded_lists(field: FieldType, path: str):
    if field.kind == OBJECT:
        for name, sub in field.fields.items():
            found = _crowded_lists(sub, f"{path}.{name}")
            if found is not None:
                return found
    elif field.kind == LIST and field.item is not None and field.item.kind == OBJECT:
        return _crowded_object(field.item, path + "[]")
    return None
