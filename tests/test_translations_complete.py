"""Every text a person reads has English and Chinese: one gettext catalog each for core, every
shipped plugin, the example plugin and the admin, each msgid (the English) with a Chinese
msgstr of the same placeholders, and each .mo compiled from its .po (core/catalogs.py)."""
from __future__ import annotations

import gettext
import re
import warnings

import pytest
from click.testing import CliRunner

from dealer_rules.core import catalogs
from dealer_rules.core.cli import main
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry
from dealer_rules.core.translations import catalog, translate

CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]")   # Chinese, its punctuation
EXPECTED = {"core", "admin", "plugin technicians"} | {
    f"plugin dealer_rules.plugins.{name}" for name in ("tiers", "offers", "sla", "callbacks", "parts")}


@pytest.fixture(scope="module")
def sources():
    registry = Registry.from_plugin_manager(get_plugin_manager(load_entry_points=True))
    return catalogs.all_sources(registry)


def test_there_is_one_catalog_for_core_each_plugin_and_the_admin(sources):
    assert {s.name for s in sources} == EXPECTED
    assert len({s.po for s in sources}) == len(sources)


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_text_has_chinese_and_english(sources, name):
    source = next(s for s in sources if s.name == name)
    texts = [m if isinstance(m, str) else m[1] for m in source.msgids]   # (msgctxt, msgid)
    assert len(texts) > 5 and all(t.strip() for t in texts)
    result = catalogs.outcome(source)
    assert result.missing == [] and result.mismatched == [], catalogs.problems(result)
    assert not result.stale, "run: dealer-rules translations build"
    with open(source.mo, "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    for msgid in source.msgids:
        chinese = compiled.pgettext(*msgid) if isinstance(msgid, tuple) else compiled.gettext(msgid)
        assert CJK.search(chinese), msgid


def test_the_check_command_passes_and_names_what_is_missing(tmp_path, sources):
    assert CliRunner().invoke(main, ["translations", "check"]).exit_code == 0
    elsewhere = CliRunner().invoke(main, ["translations", "check", str(tmp_path)])
    assert elsewhere.exit_code == 1 and "is the plugin installed" in elsewhere.output
    source = catalogs.CatalogSource("mine", tmp_path / "zh" / "LC_MESSAGES" / "messages.po",
                                    ["Add {n} points", "A new text", "Kept %(n)s"])
    catalogs.write(catalogs.outcome(source, {"Add {n} points": "加 {m} 分", "Kept %(n)s": "保留 %(n)s"}))
    said = []
    assert catalogs.run([source], check=True, echo=said.append) == 1
    assert said == ["mine: no Chinese for 'A new text'",
                    "mine: the Chinese of 'Add {n} points' has other placeholders (n)"]
    source.msgids = ["A new text", "Kept %(n)s"]           # a text removed: the .po is stale
    said.clear()
    catalogs.run([source], check=True, echo=said.append)
    assert any("not up to date" in line for line in said)
    catalogs.run([source], check=False, echo=said.append)   # build drops it, keeps the rest
    assert catalogs.existing(source.po) == {"Kept %(n)s": "保留 %(n)s"}
    assert not catalogs.outcome(source).stale


def test_a_catalog_nobody_compiled_is_read_from_its_po_with_a_warning(tmp_path):
    source = catalogs.CatalogSource("mine", tmp_path / "zh" / "LC_MESSAGES" / "messages.po",
                                    ["Tyre pressure, kPa."])
    catalogs.write(catalogs.outcome(source, {"Tyre pressure, kPa.": "胎压，单位：千帕。"}))
    source.mo.unlink()
    with pytest.warns(UserWarning, match="translations build"):
        assert translate(tmp_path, "Tyre pressure, kPa.", "zh") == "胎压，单位：千帕。"
    with warnings.catch_warnings():
        warnings.simplefilter("error")     # read once, then kept
        assert translate(tmp_path, "Tyre pressure, kPa.", "zh") == "胎压，单位：千帕。"
    assert translate(tmp_path, "Tyre pressure, kPa.", "en") == "Tyre pressure, kPa."
    catalog.cache_clear()


def test_placeholders_of_each_kind():
    assert catalogs.placeholders("{a} and %(b)s, {c|折}, {{{d}|{e}}}") == ["a", "b", "c", "d", "e"]
    assert catalogs.placeholders("literal {{braces}}") == []


def test_a_text_read_in_two_places_may_have_two_chineses(tmp_path):
    source = catalogs.CatalogSource("mine", tmp_path / "zh" / "LC_MESSAGES" / "messages.po",
                                    ["Value", ("workbook", "Value")])
    catalogs.write(catalogs.outcome(source, {"Value": "价值", ("workbook", "Value"): "值"}))
    assert catalogs.outcome(source).missing == [] and not catalogs.outcome(source).stale
    with open(source.mo, "rb") as fh:
        compiled = gettext.GNUTranslations(fh)
    assert (compiled.gettext("Value"), compiled.pgettext("workbook", "Value")) == ("价值", "值")
    said = []
    catalogs.run([catalogs.CatalogSource("mine", source.po, [("workbook", "Unit")])], check=True,
                 echo=said.append)
    assert said[0] == "mine: no Chinese for 'Unit' (workbook)"
