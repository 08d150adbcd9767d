"""One role per user and group (and one role in every group): an index, so that two
administrators adding the same colleague at once cannot leave two rows behind.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # NULL group_id (a role in every group) would never collide in a plain unique index
    op.create_index("uq_user_roles_user_group", "user_roles",
                    ["user_id", sa.text("coalesce(group_id, '')")], unique=True)


def downgrade() -> None:
    op.drop_index("uq_user_roles_user_group", table_name="user_roles")
