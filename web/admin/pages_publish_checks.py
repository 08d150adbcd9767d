"""The publish page's test cases, run after the page is shown: the page itself only
validates the draft (fast, and kept by web/admin/checked.py), and its script fetches this
endpoint, which runs every test case and answers with the outcome (JSON, with the checks
list and the failing cases rendered as HTML for the page to put in place)."""
from __future__ import annotations

from flask import jsonify, render_template

from . import bp
from .checked import check
from .rulesets_view import state
from .session_auth import group_page


@bp.get("/g/<group>/<domain>/publish/cases")
@group_page("viewer")
def publish_cases(group: str, domain: str):
    current = state(group, domain)
    if current.draft is None:
        return jsonify(ok=False, ran=False, cases=0, failed=0, html="")
    result = check(group, domain, current.draft.yaml, tests=True)
    html = render_template("admin/publish_cases.html", rs=current, check=result,
                           failures=result.failures)
    return jsonify(ok=result.ok, ran=not result.problems, cases=len(result.cases),
                   failed=len(result.failures), problems=len(result.problems), html=html)
