"""The plugin: registers the `technicians` domain, its actions and its finishing step.

Found by dealer-rules through the entry point in pyproject.toml
(``[project.entry-points.dealer_rules] technicians = "dealer_technicians.plugin"``).
"""
from __future__ import annotations

from dealer_rules import Action, Domain, hookimpl

from . import actions
from .assign import choose_technician
from .models import Assignment, JobFacts


#: what rule authors reading Chinese see in the admin's reference instead of the English
#: descriptions above and in models.py, keyed by that English (core/domain_texts.py)
ZH = {
    "Which technician takes a workshop job, and what checks it needs.": "车间工单派给哪位技师，以及需要做哪些检查。",
    "What the job is.": "工单内容。",
    "Estimated labour, hours.": "预计工时，单位：小时。",
    "Paid by the manufacturer's warranty.": "由厂家保修承担费用。",
    "The customer's membership tier, if any.": "客户的会员等级（如有）。",
    "Who is on shift.": "当班技师。",
    "e.g. electrical, transmission.": "例如：电气、变速箱。",
    "Hours already booked today.": "今天已排的工时，单位：小时。",
    "Shown to the technician, in Chinese.": "显示给技师的说明（中文）。",
}


@hookimpl
def register_domains(register):
    register(Domain(name="technicians", title="Technician assignment", title_zh="技师派工",
                    description="Which technician takes a workshop job, and what checks it needs.",
                    facts=JobFacts, result=Assignment, translations={"zh": ZH}))


@hookimpl
def register_actions(register):
    for name, params, apply, title, title_zh in (
            ("require_grade", actions.RequireGrade, actions.require_grade,
             "Require a technician grade", "要求技师等级"),
            ("require_skill", actions.RequireSkill, actions.require_skill,
             "Require a skill", "要求专项技能"),
            ("add_quality_check", actions.AddQualityCheck, actions.add_quality_check,
             "Add a quality-check node", "增加质检节点"),
            ("priority_bay", actions.NoParams, actions.priority_bay,
             "Use a priority bay", "安排优先工位")):
        register(Action(domain="technicians", name=name, title=title, title_zh=title_zh,
                        params=params, apply=apply))


@hookimpl
def finalise_result(domain, result, facts):
    if domain.name == "technicians":
        choose_technician(result, facts)
