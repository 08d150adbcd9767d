"""Every message a rule author can see exists in English and Chinese, with the same
placeholders, and every code in the catalog is used somewhere."""
from __future__ import annotations

import re
import string
from pathlib import Path

from dealer_rules.core.messages import CATALOG, LANGUAGES, TERMS, Message

ROOT = Path(__file__).resolve().parents[2]


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_every_message_has_both_languages_with_the_same_placeholders():
    for code, texts in CATALOG.items():
        assert len(texts) == len(LANGUAGES), code
        en, zh = texts
        assert placeholders(en) == placeholders(zh), code
        assert re.search(r"[\u4e00-\u9fff]", zh), f"{code}: the Chinese text has no Chinese"


def test_every_term_has_both_languages():
    for term, texts in TERMS.items():
        assert len(texts) == 2 and all(texts), term


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
