"""A store with sealed dealer groups, for the tenant tests (API, admin, real server).

Groups (domain ``visit`` of support.sample_plugin): ``default`` (seeded), ``alpha``
(extends default; a published rule and an unpublished draft rule, both secrets to
everyone else), ``gamma`` (declared a child of alpha; its test case pins alpha's rule)
and ``beta`` (no parent: the attacker). Users and keys of each, and the texts that must
never reach beta.
"""
from __future__ import annotations

from dealer_rules.core.store import Actor, Workflow, accounts, groups, rulesets

SETUP = Actor("test-setup")

ALPHA = """domain: visit
group: alpha
title: 阿尔法集团维修优惠
extends: default
rules:
  - id: alpha_secret
    title: 阿尔法大单礼品
    priority: 3
    when: visit.labour >= 4321
    then: [{grant_benefit: {code: alpha_gift, label: 阿尔法礼品}}]
tests:
  - name: alpha's own gift case
    facts: {customer: {tier: silver}, visit: {labour: 5000}}
    expect: {fired: [silver, alpha_secret]}
"""
ALPHA_DRAFT = ALPHA.replace("tests:", """  - id: alpha_draft_secret
    title: 阿尔法草稿规则
    priority: 2
    when: visit.labour >= 8765
    then: [{grant_benefit: {code: alpha_draft_gift, label: 阿尔法草稿礼品}}]
tests:""")
#: alpha without its gift rule (and without the case that pins it)
ALPHA_WITHOUT_GIFT = """domain: visit
group: alpha
title: 阿尔法集团维修优惠
extends: default
"""
GAMMA = """domain: visit
group: gamma
title: 伽马集团维修优惠
extends: alpha
rules:
  - id: gamma_own
    title: 伽马自有规则
    priority: 1
    when: customer.tier == "diamond"
    then: [{grant_benefit: {code: gamma_gift, label: 伽马礼品}}]
tests:
  - name: gamma keeps alpha's gift
    facts: {customer: {tier: silver}, visit: {labour: 5000}}
    expect: {fired: [silver, alpha_secret]}
"""
#: what beta sends: a child of alpha it was never declared to be
ATTACK = """domain: visit
group: beta
title: 贝塔
extends: {base}
tests:
  - name: pin the base
    facts: {{customer: {{tier: silver}}, visit: {{labour: 9000}}}}
    expect: {{fired: [guessed_rule]}}
"""
#: no answer to beta may contain any of these
SECRETS = ("alpha_secret", "alpha_draft_secret", ">= 4321", ">= 8765", "阿尔法", "alpha_gift",
           "alpha's own gift case", "gamma", "伽马")
FACTS = {"customer": {"tier": "silver"}, "visit": {"labour": 9000}}

#: user -> {group: role}; every password is "<name>-password"
USERS = {"al": {"alpha": "publisher"}, "bea": {"beta": "publisher"},
         "gus": {"gamma": "publisher"}, "gail": {"gamma": "publisher", "alpha": "viewer"}}


def build(store, workflow: Workflow) -> dict:
    """Fill ``store`` (default/visit already seeded); returns {group: API key} (every scope)."""
    with store.write() as session:
        groups.create_group(session, SETUP, "alpha", "阿尔法集团")
        groups.create_group(session, SETUP, "beta", "贝塔集团")
        groups.create_group(session, SETUP, "gamma", "伽马集团", parent="alpha")
        for name, roles in USERS.items():
            accounts.create_user(session, SETUP, name, f"{name}-password")
            for group, role in roles.items():
                accounts.grant_role(session, SETUP, name, role, group)
        keys = {group: accounts.create_api_key(session, SETUP, group, f"{group} tablets",
                                               ["evaluate", "read", "dry_run"])[1]
                for group in ("alpha", "beta", "gamma")}
    publish(store, workflow, "alpha", ALPHA)
    publish(store, workflow, "gamma", GAMMA)
    save(store, workflow, "alpha", ALPHA_DRAFT)
    return keys


def revision(store, group: str) -> int:
    with store.read() as session:
        head = rulesets.head(session, group, "visit")
        return head.revision if head else 0


def save(store, workflow, group, text):
    workflow.save_draft(group, "visit", text, revision(store, group), SETUP)


def publish(store, workflow, group, text):
    save(store, workflow, group, text)
    return workflow.publish(group, "visit", SETUP)


def leaks(text: str) -> list[str]:
    """The secrets found in ``text``."""
    return [s for s in SECRETS if s in text]
