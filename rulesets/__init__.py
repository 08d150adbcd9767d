"""The rulesets shipped with dealer-rules, as YAML data (no code).

``default/`` encodes the policy digest (../shared/domain/policy-digest.md in the source repository; docs/domain-*.md map it to rules); other folders are example dealer
groups that ``extends`` it. Installed with the package so ``dealer-rules`` finds them
without a checkout.
"""
