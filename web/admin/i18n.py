"""Languages: Simplified Chinese and English, chosen in this order: the user's switch
(kept in the session), the dealer group's locale on a page of that group, the browser's
Accept-Language, else Chinese. Dates and money are formatted for the language (Babel);
times are shown in the group's zone."""
from __future__ import annotations

import datetime as dt
from decimal import Decimal, InvalidOperation

from flask import Flask, g, redirect, request, session, url_for
from babel.numbers import format_currency
from flask_babel import Babel, format_date, format_datetime, get_locale

from . import bp

LANGS = ("zh", "en")


def select_locale() -> str:
    chosen = session.get("lang")
    if chosen in LANGS:
        return chosen
    group_locale = g.get("group_locale")
    if group_locale:
        return "zh" if group_locale.startswith("zh") else "en"
    best = request.accept_languages.best_match(["zh", "zh-CN", "zh-Hans", "en"]) if request else None
    if best and best.startswith("en"):
        return "en"
    return "zh"


def select_timezone() -> str:
    return g.get("group_timezone") or "Asia/Shanghai"


def lang() -> str:
    """en or zh: the language core.messages renders problems in."""
    return "zh" if str(get_locale() or "zh").startswith("zh") else "en"


def money(value) -> str:
    if value in (None, ""):
        return ""
    try:
        amount = Decimal(str(value))
    except InvalidOperation:
        return str(value)
    return format_currency(amount, "CNY", locale="zh_CN" if lang() == "zh" else "en")


def when(value, style: str = "medium") -> str:
    """A date-time in the group's zone (or a date), in the reader's language."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        try:   # a date first: datetime.fromisoformat reads "2026-02-10" as midnight UTC
            value = dt.date.fromisoformat(value) if len(value) == 10 else \
                dt.datetime.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, dt.datetime):
        return format_datetime(value, style)
    return format_date(value, style)


def init_app(app: Flask) -> None:
    app.config.setdefault("BABEL_DEFAULT_LOCALE", "zh")
    app.config.setdefault("BABEL_TRANSLATION_DIRECTORIES", "admin/translations")
    Babel(app, locale_selector=select_locale, timezone_selector=select_timezone)
    app.jinja_env.filters["money"] = money
    app.jinja_env.filters["when"] = when
    app.jinja_env.add_extension("jinja2.ext.i18n")


@bp.get("/lang/<code>")
def switch_language(code: str):
    """Switch the language of the admin (a preference of this browser session)."""
    if code in LANGS:
        session["lang"] = code
    target = request.args.get("next") or ""
    if not target.startswith("/admin") or target.startswith("//"):
        target = url_for("admin.dashboard")
    return redirect(target)


def group_title(group_id: str | None, name: str | None = None) -> str:
    """A dealer group as staff read it: its name, and the shared group ``default`` (seeded
    with its id as its name) as "Default policy" / 默认政策, so no page reads "default
    default"."""
    from flask_babel import gettext
    from dealer_rules.core.tenancy import SHARED
    if name and name != group_id:
        return name
    if group_id == SHARED:
        return gettext("Default policy")
    return name or group_id or ""


@bp.app_context_processor
def _group_titles():
    return {"group_title": group_title}


@bp.app_template_filter("group_title_of")
def _group_title_filter(group_id: str) -> str:
    return group_title(group_id)


@bp.app_context_processor
def _language():
    return {"lang": lang()}
