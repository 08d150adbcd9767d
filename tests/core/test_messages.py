"""Every code in the catalog is used somewhere, and messages render in either language
(that every message has Chinese with the same placeholders is checked with every other
catalog: tests/test_translations_complete.py)."""
from __future__ import annotations

from pathlib import Path

from dealer_rules.core.messages import CATALOG, Message

ROOT = Path(__file__).resolve().parents[2]


def test_every_message_code_is_used():
    files = [p for d in ("core", "web", "plugins") for p in ROOT.glob(f"{d}/**/*.py")]
    source = "\n".join(p.read_text(encoding="utf-8") for p in files if p.name != "messages.py")
    unused = [code for code in CATALOG if f'"{code}"' not in source]
    assert unused == []


def test_nested_messages_and_terms_render_in_the_same_language():
    from dealer_rules.core.messages import Term
    message = Message("kind_mismatch", left=Term("number"), right=Term("string"),
                      hint=Message("hint_number"))
    assert message.render("en") == ("both sides must be of the same kind: a number vs text "
                                    "(numbers are written without quotes)")
    assert message.render("zh") == "两边的类型必须一致：数字与文字（数字不要加引号）"
