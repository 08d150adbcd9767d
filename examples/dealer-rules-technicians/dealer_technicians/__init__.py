"""Example third-party dealer-rules plugin: assign a workshop job to a technician.

Only the hooks live here (the plugin shape of docs/plugins.md). dealer-rules finds the
plugin through the entry point in pyproject.toml
(``[project.entry-points.dealer_rules] technicians = "dealer_technicians"``).
"""
from __future__ import annotations

from dealer_rules import hookimpl

from .actions import ACTIONS
from .domain import DOMAIN
from .finalise import finalise


@hookimpl
def register_domains(register):
    register(DOMAIN)


@hookimpl
def register_actions(register):
    for action in ACTIONS:
        register(action)


@hookimpl
def finalise_result(domain, result, facts, at, settings):
    """After the actions: pick the technician."""
    if domain.name == DOMAIN.name:
        finalise(result, facts, at, settings)
