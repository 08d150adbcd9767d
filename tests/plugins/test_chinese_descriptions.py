"""Rule authors read Chinese first: every text the shipped domains show them (descriptions
of facts, settings and action parameters) has a Chinese translation that keeps the code in
it (field names, values in backticks, placeholders) as written (that each catalog holds
exactly the texts of its plugin: tests/test_translations_complete.py)."""
from __future__ import annotations

import re

import pytest

from dealer_rules.core.domain_texts import texts_of, translated

PLUGINS = ("dealer_rules.plugins.tiers", "dealer_rules.plugins.offers", "dealer_rules.plugins.sla",
           "dealer_rules.plugins.callbacks", "dealer_rules.plugins.parts")
CJK = re.compile(r"[\u4e00-\u9fff]")
CODE = re.compile(r"``[^`]+``|`[^`]+`|\{[a-z_]+\}")


@pytest.mark.parametrize("name", ["tiers", "offers", "sla", "callbacks", "parts"])
def test_every_text_a_shipped_domain_shows_has_chinese(registry, name):
    domain = registry.domains[name]
    texts = texts_of(domain, registry.actions_of(name))
    assert len(texts) > 25
    missing = [t for t in texts if translated(domain, t, "zh") == t]
    assert missing == []
    for text in texts:
        chinese = translated(domain, text, "zh")
        assert CJK.search(chinese), text
        assert sorted(CODE.findall(chinese)) == sorted(CODE.findall(text)), text


def test_a_text_without_a_translation_is_shown_as_written(registry):
    domain = registry.domains["tiers"]
    assert translated(domain, "Not a text of the plugin.", "zh") == "Not a text of the plugin."
    some = texts_of(domain, registry.actions_of("tiers"))[0]
    assert translated(domain, some, "en") == some and translated(domain, "", "zh") == ""
