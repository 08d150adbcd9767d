"""The rulesets shipped with dealer-rules, as YAML data (no code).

``default/`` encodes the policy digest (docs/policy.md); other folders are example dealer
groups that ``extends`` it. Installed with the package so ``dealer-rules`` finds them
without a checkout.
"""
