"""A sample of the evaluations the service answered, per dealer group and domain: the facts
(personal fields masked), the instant, the published version. The impact report replays
them against a draft before it is published (issue 13).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

from dealer_rules.core.store.schema import UTCDateTime

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "evaluation_samples",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("group_id", sa.String(64), nullable=False),
        sa.Column("domain", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer),
        sa.Column("at", UTCDateTime, nullable=False),
        sa.Column("recorded_at", UTCDateTime, nullable=False),
        sa.Column("facts", sa.JSON, nullable=False))
    op.create_index("ix_evaluation_samples_group_domain", "evaluation_samples",
                    ["group_id", "domain", "recorded_at"])


def downgrade() -> None:
    op.drop_table("evaluation_samples")
