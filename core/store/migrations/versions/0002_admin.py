"""The admin's tables: failed sign-ins per user name (lock-out across workers) and rule
hit counts per hour.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

from dealer_rules.core.store.schema import UTCDateTime

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "login_throttle",
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failed_at", UTCDateTime),
        sa.Column("locked_until", UTCDateTime))
    op.create_table(
        "rule_hits",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.Column("domain", sa.String(40), nullable=False),
        sa.Column("rule", sa.String(64), nullable=False),
        sa.Column("hour", UTCDateTime, nullable=False),
        sa.Column("count", sa.Integer, nullable=False),
        sa.UniqueConstraint("group_id", "domain", "rule", "hour", name="uq_rule_hits_hour"))
    op.create_index("ix_rule_hits_group_hour", "rule_hits", ["group_id", "hour"])


def downgrade() -> None:
    op.drop_table("rule_hits")
    op.drop_table("login_throttle")
