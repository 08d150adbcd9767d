"""A dealer group's declared parent: whose rulesets its own may ``extends`` (besides
``default``; see core/tenancy.py). Existing groups get none: a ruleset that extended
another group before this must have its group's parent set to keep being served.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # SQLite cannot add a foreign key to a table others reference without copying it (and
    # with foreign keys on, the copy's DROP fails): there the column is plain, and
    # core/store/groups.py checks the parent exists (groups are never deleted).
    sqlite = op.get_bind().dialect.name == "sqlite"
    op.add_column("dealer_groups", sa.Column("parent_id", sa.String(64), nullable=True))
    if not sqlite:
        op.create_foreign_key("fk_dealer_groups_parent", "dealer_groups", "dealer_groups",
                              ["parent_id"], ["id"])


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        op.drop_constraint("fk_dealer_groups_parent", "dealer_groups", type_="foreignkey")
    op.drop_column("dealer_groups", "parent_id")
