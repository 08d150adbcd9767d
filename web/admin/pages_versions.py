"""Version history, a side-by-side diff of any two versions (or the draft), publishing
(refused with the reasons while the draft has problems or a failing test case) and
rollback to an earlier version in one click."""
from __future__ import annotations

import difflib
import re

from flask import flash, redirect, render_template, request, url_for
from markupsafe import Markup, escape
from flask_babel import gettext as _

from dealer_rules.core.problems import RulesetError
from dealer_rules.core.ruleset import load_ruleset
from dealer_rules.core.store import Conflict, NotFound, Refused, StoreError, rulesets

from ..services import services
from . import bp, checked
from .i18n import lang
from .pages_edit import problem_list
from .rulesets_view import known_domain, state
from .session_auth import actor, group_page


#: comments the system writes itself (core/store/seed.py, export.py, workflow.py), in English
_SHIPPED = re.compile(r"^shipped: (?P<file>\S+)$")
_ROLLED_BACK = re.compile(r"^rollback to v(?P<n>\d+)$")


@bp.app_template_global()
def version_comment(text: str | None) -> str:
    """A version's comment as the reader reads it: the ones the system writes in English
    (``shipped: tiers.yaml``, ``imported``, ``rollback to v1``) in the page's language,
    people's own comments as they wrote them."""
    text = text or ""
    found = _SHIPPED.match(text)
    if found:
        return _("Installed with the system (%(file)s)", file=found["file"])
    found = _ROLLED_BACK.match(text)
    if found:
        return _("Rolled back to version %(n)s", n=int(found["n"]))
    if text == "imported":
        return _("Imported from an export file")
    return text


@bp.get("/g/<group>/<domain>/history")
@group_page("viewer")
def history(group: str, domain: str):
    current = state(group, domain)
    with services().store.read() as session:
        versions = rulesets.history(session, group, domain)
    return render_template("admin/history.html", rs=current, versions=versions)


def side_by_side(old: str, new: str) -> list[tuple]:
    """Rows (kind, old line no, old text, new line no, new text); kind is same, changed,
    added, removed, or gap (unchanged lines left out)."""
    a, b = old.splitlines(), new.splitlines()
    rows = []
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    for group in matcher.get_grouped_opcodes(3):
        if rows:
            rows.append(("gap", None, "", None, ""))
        for tag, i1, i2, j1, j2 in group:
            if tag == "equal":
                for k in range(i2 - i1):
                    rows.append(("same", i1 + k + 1, a[i1 + k], j1 + k + 1, b[j1 + k]))
            elif tag == "replace":
                for k in range(max(i2 - i1, j2 - j1)):
                    left = i1 + k < i2
                    right = j1 + k < j2
                    rows.append(("changed",
                                 i1 + k + 1 if left else None, a[i1 + k] if left else "",
                                 j1 + k + 1 if right else None, b[j1 + k] if right else ""))
            elif tag == "delete":
                for k in range(i2 - i1):
                    rows.append(("removed", i1 + k + 1, a[i1 + k], None, ""))
            elif tag == "insert":
                for k in range(j2 - j1):
                    rows.append(("added", None, "", j1 + k + 1, b[j1 + k]))
    return rows


def highlighted(rows: list[tuple]) -> list[tuple]:
    """``side_by_side`` rows with each text as safe HTML; in a changed pair of lines, the
    characters that differ are marked (``<mark>``), so "percent: 10" -> "percent: 12" shows
    which digit moved, not two whole lines."""
    out = []
    for kind, ln, left, rn, right in rows:
        if kind == "changed" and ln and rn:
            left, right = _marked(left, right)
        else:
            left, right = escape(left), escape(right)
        out.append((kind, ln, left, rn, right))
    return out


def _marked(old: str, new: str) -> tuple[Markup, Markup]:
    a, b = [], []
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            a.append(escape(old[i1:i2]))
            b.append(escape(new[j1:j2]))
            continue
        if i2 > i1:
            a.append(Markup('<mark class="del">%s</mark>') % old[i1:i2])
        if j2 > j1:
            b.append(Markup('<mark class="ins">%s</mark>') % new[j1:j2])
    return Markup("").join(a), Markup("").join(b)


@bp.get("/g/<group>/<domain>/diff")
@group_page("viewer")
def diff(group: str, domain: str):
    current = state(group, domain)
    old = request.args.get("from") or "published"
    new = request.args.get("to") or ("draft" if current.draft else "published")
    choices = _choices(group, domain, current)
    try:
        result = services().workflow.diff(group, domain, old, new)
        texts = _texts(group, domain, old, new)
    except (NotFound, ValueError):
        flash(_("There is no such version to compare."), "error")
        return redirect(url_for("admin.history", group=group, domain=domain))
    language = lang()
    titles = rule_titles(*texts)
    named = {which: "、".join(titles.get(i, i) for i in getattr(result, which))
             if language == "zh" else ", ".join(titles.get(i, i) for i in getattr(result, which))
             for which in ("added", "removed", "changed")}
    return render_template("admin/diff.html", rs=current, result=result, old=old, new=new,
                           named=named,
                           rows=highlighted(side_by_side(*texts)), choices=choices,
                           changes=[c.as_dict(language) for c in result.changes],
                           view=request.args.get("view", "changes"))


def rule_titles(*texts: str) -> dict:
    """Rule id -> title in any of ``texts`` (the newer text's title wins); a text that does
    not load names nothing."""
    titles: dict = {}
    for text in texts:
        try:
            rules = load_ruleset(text).document.rules
        except (RulesetError, ValueError):
            continue
        titles.update({r.id: r.title for r in rules if r.title})
    return titles


def _texts(group, domain, old, new):
    with services().store.read() as session:
        head = rulesets.require_head(session, group, domain)
        out = []
        for which in (old, new):
            if which == "draft":
                row = rulesets.draft_of(session, head)
            elif which == "published":
                row = rulesets.published_of(session, head)
            else:
                row = rulesets.version_of(session, head, int(which))
            if row is None:
                raise ValueError(which)
            out.append(row.yaml)
        return out


def _choices(group, domain, current):
    with services().store.read() as session:
        numbers = [v.number for v in rulesets.history(session, group, domain)]
    out = [("published", _("the published version"))]
    if current.draft is not None:
        out.append(("draft", _("draft")))
    return out + [(str(n), _("version %(n)s", n=n)) for n in numbers]


# -- publishing ----------------------------------------------------------------------------------

@bp.get("/g/<group>/<domain>/publish")
@group_page("viewer")
def publish_page(group: str, domain: str):
    """Validates the draft only; its test cases run after the page is shown (the page's
    script fetches publish/cases, web/admin/pages_publish_checks.py). Publishing itself
    still runs every case and refuses on a failure."""
    current = state(group, domain)
    check = pending = None
    if current.draft is not None:
        check = checked.check(group, domain, current.draft.yaml, tests=False)
        if not check.problems and current.resolved is not None:
            pending = len(current.resolved.tests) or None
    return render_template("admin/publish.html", rs=current, check=check,
                           problems=problem_list(check.problems) if check else [],
                           failures=[], refused=False, cases_pending=pending)


@bp.post("/g/<group>/<domain>/publish")
@group_page("publisher")
def publish(group: str, domain: str):
    known_domain(domain)
    comment = request.form.get("comment", "").strip()[:500]
    revision = request.form.get("revision", type=int)
    try:
        row = services().workflow.publish(group, domain, actor(), comment, revision)
    except Refused as exc:
        current = state(group, domain)
        return render_template("admin/publish.html", rs=current, check=None,
                               problems=problem_list(exc.problems), failures=exc.failures,
                               refused=True, comment=comment), 422
    except Conflict as exc:
        flash(_("Someone else changed this ruleset since you opened the page (revision "
                "%(given)s, now %(current)s). Nothing was changed; here is the current one.",
                given=exc.given, current=exc.current), "error")
        return redirect(url_for("admin.publish_page", group=group, domain=domain))
    except StoreError as exc:
        flash(exc.render(lang()), "error")
        return redirect(url_for("admin.history", group=group, domain=domain))
    flash(_("Published as version %(n)s. Every server uses it within a second or two.",
            n=row.number), "ok")
    return redirect(url_for("admin.history", group=group, domain=domain))


@bp.post("/g/<group>/<domain>/rollback")
@group_page("publisher")
def rollback(group: str, domain: str):
    known_domain(domain)
    version = request.form.get("version", type=int)
    comment = request.form.get("comment", "").strip()[:500] or \
        _("Rolled back to version %(n)s", n=version)
    try:
        row = services().workflow.rollback(group, domain, version, actor(), comment)
    except Refused as exc:
        current = state(group, domain)
        return render_template("admin/publish.html", rs=current, check=None,
                               problems=problem_list(exc.problems), failures=exc.failures,
                               refused=True, rollback_to=version), 422
    except StoreError as exc:
        flash(exc.render(lang()), "error")
        return redirect(url_for("admin.history", group=group, domain=domain))
    flash(_("Version %(old)s is published again, as version %(n)s.", old=version,
            n=row.number), "ok")
    return redirect(url_for("admin.history", group=group, domain=domain))
