"""Sessions that end and one lock-out for every password check: ``users.session_version``
(bumped by logout and password changes; every admin cookie carries it),
``users.must_change_password`` (a one-time password), and the failed-sign-in table keyed by
user name *and* source address, so a stranger cannot lock a user out from elsewhere.

The failed-sign-in counts of the old table (by user name only) are not carried over: at
worst a lock in force during the upgrade ends early.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07
"""
import sqlalchemy as sa
from alembic import op

from dealer_rules.core.store.schema import UTCDateTime

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("users") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean, nullable=False,
                                   server_default=sa.false()))
        batch.add_column(sa.Column("session_version", sa.Integer, nullable=False,
                                   server_default="0"))
    op.drop_table("login_throttle")
    op.create_table(
        "login_throttle",
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("source", sa.String(64), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failed_at", UTCDateTime),
        sa.Column("locked_until", UTCDateTime))
    op.create_index("ix_login_throttle_last_failed", "login_throttle", ["last_failed_at"])


def downgrade() -> None:
    op.drop_table("login_throttle")
    op.create_table(
        "login_throttle",
        sa.Column("username", sa.String(100), primary_key=True),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_failed_at", UTCDateTime),
        sa.Column("locked_until", UTCDateTime))
    with op.batch_alter_table("users") as batch:
        batch.drop_column("session_version")
        batch.drop_column("must_change_password")
