"""The service's ``engine`` setting (configuration file or DEALER_RULES_ENGINE) chooses the
matcher of every ruleset the process compiles; the environment wins over the file."""
from __future__ import annotations

import pytest

from dealer_rules.core import engine
from dealer_rules.core.engine import EngineChoiceError, chosen_engine, use_engine
from dealer_rules.web.config import load_settings


@pytest.fixture(autouse=True)
def reset_choice():
    yield
    use_engine(None)


def test_the_configuration_file_chooses_the_matcher(tmp_path):
    config = tmp_path / "dealer-rules.toml"
    config.write_text('engine = "compiled"\n', encoding="utf-8")
    settings = load_settings(str(config), environ={})
    assert settings["ENGINE"] == "compiled"
    assert chosen_engine() == "compiled"


def test_the_environment_wins_over_the_file(tmp_path):
    config = tmp_path / "dealer-rules.toml"
    config.write_text('engine = "durable"\n', encoding="utf-8")
    settings = load_settings(str(config), environ={engine.ENGINE_VARIABLE: "compiled"})
    assert settings["ENGINE"] == "compiled" and chosen_engine() == "compiled"


def test_a_misspelt_engine_stops_start_up(tmp_path):
    config = tmp_path / "dealer-rules.toml"
    config.write_text('engine = "compield"\n', encoding="utf-8")
    with pytest.raises(EngineChoiceError, match="engine: there is no matcher 'compield'"):
        load_settings(str(config), environ={})
