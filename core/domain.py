"""What a plugin declares: domains (kinds of question) and the actions rules may take.

A plugin builds these and hands them to the ``register`` callback of the
``register_domains`` / ``register_actions`` hooks; the registry (core.registry) checks them.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from .translations import locale_dir_of, translate, translation

NAME = r"^[a-z][a-z0-9_]{0,39}$"
_NAME = re.compile(NAME)

#: arguments plugins passed before the texts moved to gettext catalogs (issue 11), and what
#: replaces each: refused with this advice rather than pydantic's bare "extra inputs"
_MOVED = {
    "title_zh": "the Chinese title is the translation of `title` in the plugin's catalog",
    "translations": "the Chinese texts are in the plugin's catalog",
    "labels": "write the English template as `label_template=`; its Chinese goes in the "
              "plugin's catalog",
}


def _refuse_moved(data):
    """A clear error for an argument that moved into the plugin's gettext catalog."""
    if isinstance(data, dict):
        moved = [name for name in _MOVED if name in data]
        if moved:
            raise ValueError("; ".join(f"`{name}=` is no longer an argument: {_MOVED[name]} "
                                       f"(locale/zh/LC_MESSAGES/messages.po beside the plugin; "
                                       f"docs/plugins.md, \"Translations\")" for name in moved))
    return data


class Domain(BaseModel):
    """A kind of question a dealer group's rules answer, e.g. ``tiers`` (membership).

    :param facts: pydantic model of the facts a caller sends (and plugins derive); its
        fields are what conditions can test. Document each field (``Field(description=...)``)
        with its unit: the admin shows it to rule authors.
    :param result: pydantic model of the answer; every field needs a default, because each
        evaluation starts from ``result()`` and the fired rules' actions fill it in.
    :param settings: optional pydantic model of what a dealer group configures beside its
        rules, under ``settings:`` in the ruleset (e.g. store opening hours); checked when the
        ruleset loads, layered by ``extends`` key by key, handed to actions and hooks. Every
        field needs a default.
    :param field_names: short English names of fact paths (``{"order.distance_km": "pick-up
        distance"}``): the admin writes conditions in words with them.
    :param locale_dir: the folder of the plugin's gettext catalog, by default ``locale/``
        beside the module that defines ``facts`` (its package). Every English text above (the
        title, descriptions, field names) is a msgid; its Chinese is in
        ``locale/zh/LC_MESSAGES/messages.po`` (compiled to .mo by ``dealer-rules translations
        build``; core/translations.py reads it, core/domain_texts.py shows it).
    """
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True, extra="forbid")

    name: str = Field(pattern=NAME)
    title: str
    description: str = ""
    facts: type[BaseModel]
    result: type[BaseModel]
    settings: type[BaseModel] | None = None
    #: short names of fact paths, in English, for conditions shown in words to staff
    #: (core/conditions/wording.py): ``{"customer.trailing_service_spend": "service spend, last 12 months"}``
    field_names: dict[str, str] = {}
    locale_dir: Path | str = ""
    plugin: str = ""
    _names: dict = PrivateAttr(default_factory=dict)
    _moved = model_validator(mode="before")(_refuse_moved)
    _locale: str | None = PrivateAttr(default=None)

    def locale(self) -> str:
        """The folder of this domain's catalog (``locale_dir``, else the convention)."""
        if self._locale is None:
            self._locale = str(self.locale_dir or locale_dir_of(self.facts))
        return self._locale

    def translate(self, text: str, lang: str) -> str:
        """One of the plugin's texts in ``lang``, as written when its catalog lacks it."""
        return translate(self.locale(), text, lang)

    @property
    def title_zh(self) -> str:
        """The title in Chinese, "" when the catalog has none."""
        return translation(self.locale(), self.title, "zh")

    def field_names_in(self, lang: str) -> dict[str, str]:
        """``field_names`` for a ``lang`` reader (path: name), made once per language."""
        names = self._names.get(lang)
        if names is None:
            names = self._names[lang] = {path: self.translate(name, lang)
                                         for path, name in self.field_names.items()}
        return names


@dataclass(frozen=True)
class RuleInfo:
    """The rule whose actions are being applied."""
    id: str
    title: str
    priority: int


@dataclass(slots=True)
class ActionContext:
    """Everything an action may look at besides its parameters and the result.

    One context serves a whole evaluation (``rule`` changes as each rule's actions run),
    so an action must read it while it runs and never keep it. ``facts`` is read-only: an
    action changes the result, never the facts (one customer's prepared facts may be
    decided with two versions of a ruleset, core/impact.py)."""
    domain: str
    group: str
    facts: Any
    at: dt.datetime
    rule: RuleInfo
    settings: Any = None


class Action(BaseModel):
    """A named consequence rules can have, e.g. ``grant_benefit``.

    :param params: pydantic model of the action's parameters, validated when the ruleset
        loads (so a typo is an error with its line, not a surprise at evaluation).
    :param apply: ``apply(result, params, context)``; changes ``result`` in place. It must
        not keep references to ``result`` or ``context`` and must not do I/O: it runs on
        every evaluation.
    :param label_template: the label template in English, ``"{percent|% off} labour"``, its
        Chinese (``"工时费{percent|折}"``) in the plugin's catalog like the title's: a rule that
        leaves ``label_param`` out gets it filled from its own parameters
        (core/label_templates.py), so a label never contradicts the numbers.
    :param units: the unit of each number parameter that labels and titles state, e.g.
        ``{"hours": "小时"}`` (core/number_words.py); the templates' units count too. A
        hand-written label or title stating another number gets a warning.
    :param locale_dir: the folder of the plugin's catalog, by default ``locale/`` beside the
        module that defines ``apply`` (see Domain).
    """
    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True, extra="forbid")

    domain: str = Field(pattern=NAME)
    name: str = Field(pattern=NAME)
    title: str
    description: str = ""
    params: type[BaseModel]
    apply: Callable[[Any, Any, ActionContext], None]
    plugin: str = ""
    label_template: str = ""
    label_param: str = "label"
    units: dict[str, str] = {}
    locale_dir: Path | str = ""
    _locale: str | None = PrivateAttr(default=None)
    _moved = model_validator(mode="before")(_refuse_moved)

    def locale(self) -> str:
        """The folder of this action's catalog (``locale_dir``, else the convention)."""
        if self._locale is None:
            self._locale = str(self.locale_dir or locale_dir_of(self.apply))
        return self._locale

    @property
    def title_zh(self) -> str:
        """The title in Chinese, "" when the catalog has none."""
        return translation(self.locale(), self.title, "zh")

    @property
    def labels(self) -> dict[str, str]:
        """The label template per language (``{"en": ..., "zh": ...}``; none without one),
        read when a ruleset compiles (core/label_templates.py), never while evaluating."""
        if not self.label_template:
            return {}
        return {"en": self.label_template, "zh": translate(self.locale(), self.label_template, "zh")}
