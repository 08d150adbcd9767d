"""The hooks a dealer-rules plugin can implement, and the markers to implement them.

A plugin is a module (or an object) with functions marked ``@hookimpl`` whose names are the
hooks below. A hook implementation may accept any subset of the hook's arguments, by name.
``from core import hookimpl`` is all a plugin needs to start; docs/plugins.md walks through
writing one.
"""
from __future__ import annotations

import pluggy

PROJECT = "dealer_rules"

hookspec = pluggy.HookspecMarker(PROJECT)
hookimpl = pluggy.HookimplMarker(PROJECT)


# -- loading: called once, when the registry of domains and actions is built ---------------

@hookspec
def register_domains(register):
    """Called once when the registry is built, before any action is registered, so a
    plugin can declare the domains (kinds of question) it answers.

    :param register: call ``register(Domain(...))`` once per domain. The registry checks
        the domain at once (name, facts model, result model) and a bad or clashing domain
        fails start-up with a ``PluginError`` naming this plugin.
    :returns: nothing; return values are ignored.
    """


@hookspec
def register_actions(register):
    """Called once when the registry is built, after every plugin's domains are
    registered, so a plugin can declare the actions rules may use (in its own domains or,
    to extend them, in another plugin's).

    :param register: call ``register(Action(...))`` once per action. An action naming an
        unknown domain, or a name already taken in that domain, fails start-up with a
        ``PluginError`` naming this plugin.
    :returns: nothing; return values are ignored.
    """


# -- evaluation: called for every evaluation, so keep them fast ------------------------------

@hookspec
def derive_facts(domain, facts, at, settings):
    """Called for every evaluation after the facts are validated and before any rule is
    matched, so a plugin can fill in derived facts (vehicle age in months, season,
    trailing spend) that rules can then test.

    :param domain: the ``Domain`` being evaluated; check ``domain.name`` and return at once
        for domains the plugin does not enrich.
    :param facts: the validated facts model instance, private to this evaluation; set the
        derived fields on it in place.
    :param at: the evaluation time, an aware datetime in the dealer group's time zone.
    :param settings: the dealer group's settings for this domain (an instance of the
        domain's settings model), or None if the domain has none.
    :returns: nothing; return values are ignored.
    """


@hookspec
def finalise_result(domain, result, facts, at, settings):
    """Called for every evaluation after the fired rules' actions were applied, so a plugin
    can finish the result: apply caps, round money, sort lists, compute totals.

    :param domain: the ``Domain`` being evaluated.
    :param result: the result model instance, private to this evaluation; change it in place.
    :param facts: the facts model instance (after derivation); read it, do not change it:
        after ``derive_facts`` the facts are read-only (the impact replay decides one
        customer's facts with two versions of a ruleset).
    :param at: the evaluation time, an aware datetime in the dealer group's time zone.
    :param settings: the dealer group's settings for this domain, or None.
    :returns: nothing; return values are ignored.
    """


@hookspec
def next_changes(domain, facts, result, at, settings):
    """Called for every evaluation after ``finalise_result``, so a plugin can say when the
    answer it helped give will change by itself, with the same facts: a deadline falls due,
    an escalation step is reached, a callback becomes due, an old amount leaves a spend
    window. The core takes the earliest instant after ``at`` over every plugin and the
    matched rules' validity windows and reports it as the decision's ``next_change_at``.

    :param domain: the ``Domain`` being evaluated; return nothing for domains the plugin
        does not own.
    :param facts: the facts model instance (after derivation); do not change it.
    :param result: the finished result model instance; do not change it.
    :param at: the evaluation time, an aware datetime in the dealer group's time zone.
    :param settings: the dealer group's settings for this domain, or None.
    :returns: an iterable of aware datetimes (or None): the instants from which the answer
        differs. An instant at or before ``at`` is ignored, so a plugin may return every
        instant it knows of. For a change "once ``at`` is past T" return T plus one
        microsecond (the first instant that is past it); the core rounds the earliest up to
        the whole second.
    """
