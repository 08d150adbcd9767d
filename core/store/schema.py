"""The store's tables, as SQLAlchemy 2 models.

One row per dealer group; per (group, domain) a ``Ruleset`` head carrying the revision
(the optimistic-concurrency token: every change to the ruleset bumps it, it never goes
back) and its versions: at most one draft, at most one published, the rest archived.
Published and archived versions are never edited. Users hold roles per dealer group (a
role with no group applies to every group). API keys keep only a hash. The audit log is
append-only (the migration adds triggers refusing UPDATE and DELETE). ``StoreState`` is a
one-row counter bumped by every change the workers cache, so they can poll it cheaply.
"""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (JSON, DateTime, ForeignKey, Index, Integer, String, Text, TypeDecorator,
                        UniqueConstraint, text)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

DRAFT, PUBLISHED, ARCHIVED = "draft", "published", "archived"
ROLES = ("viewer", "editor", "publisher", "admin")   # each includes the ones before it
#: the largest id, version or revision a column holds (Integer is 32-bit on PostgreSQL): a
#: number a client sends above it names nothing, and must not reach the database as is
MAX_NUMBER = 2**31 - 1
LOCALES = ("zh-CN", "en")


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc)


class UTCDateTime(TypeDecorator):
    """An aware UTC date-time on every database (SQLite keeps no zone of its own)."""
    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value, dialect):
        if value is not None:
            if value.tzinfo is None:
                raise ValueError("naive datetime given to the store")
            value = value.astimezone(dt.timezone.utc)
            if dialect.name == "sqlite":
                value = value.replace(tzinfo=None)
        return value

    def process_result_value(self, value, dialect):
        if value is not None and value.tzinfo is None:
            value = value.replace(tzinfo=dt.timezone.utc)
        return value


class Base(DeclarativeBase):
    pass


class StoreState(Base):
    __tablename__ = "store_state"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    generation: Mapped[int] = mapped_column(Integer, default=0)


class DealerGroup(Base):
    __tablename__ = "dealer_groups"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    locale: Mapped[str] = mapped_column(String(8), default="zh-CN")
    timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    #: the group whose rulesets this group's may extend (core/tenancy.py); None: only default
    parent_id: Mapped[str | None] = mapped_column(
        ForeignKey("dealer_groups.id", name="fk_dealer_groups_parent"), nullable=True)


class Ruleset(Base):
    """The head of one (group, domain): its revision and its versions."""
    __tablename__ = "rulesets"
    __table_args__ = (UniqueConstraint("group_id", "domain", name="uq_rulesets_group_domain"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[str] = mapped_column(ForeignKey("dealer_groups.id"))
    domain: Mapped[str] = mapped_column(String(40))
    revision: Mapped[int] = mapped_column(Integer, default=0)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    versions: Mapped[list["RulesetVersion"]] = relationship(back_populates="ruleset")


class RulesetVersion(Base):
    __tablename__ = "ruleset_versions"
    __table_args__ = (
        UniqueConstraint("ruleset_id", "number", name="uq_versions_number"),
        Index("uq_versions_one_draft", "ruleset_id", unique=True,
              sqlite_where=text("state = 'draft'"), postgresql_where=text("state = 'draft'")),
        Index("uq_versions_one_published", "ruleset_id", unique=True,
              sqlite_where=text("state = 'published'"),
              postgresql_where=text("state = 'published'")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    ruleset_id: Mapped[int] = mapped_column(ForeignKey("rulesets.id"))
    number: Mapped[int | None] = mapped_column(Integer)      # given when published
    state: Mapped[str] = mapped_column(String(12))
    yaml: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(64))    # sha256 of the YAML text
    author: Mapped[str] = mapped_column(String(200))
    comment: Mapped[str] = mapped_column(Text, default="")
    based_on: Mapped[int | None] = mapped_column(Integer)    # the version it started from
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    published_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    published_by: Mapped[str | None] = mapped_column(String(200))
    ruleset: Mapped[Ruleset] = relationship(back_populates="versions")


class User(Base):
    __tablename__ = "users"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    display_name: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(default=True)
    #: the password was given to the user (printed by serve or ``users``, shown on the People
    #: page): it must be changed at the first sign-in, and does not open the API until then
    must_change_password: Mapped[bool] = mapped_column(default=False)
    #: in every admin session cookie; bumped by logout and password changes, so every
    #: session (and every copy of its cookie) signed in before then ends
    session_version: Mapped[int] = mapped_column(Integer, default=0)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    roles: Mapped[list["UserRole"]] = relationship(back_populates="user", lazy="selectin")


class UserRole(Base):
    __tablename__ = "user_roles"
    __table_args__ = (   # one role per user and group; NULL (every group) counts as one group
        Index("uq_user_roles_user_group", "user_id", text("coalesce(group_id, '')"), unique=True),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    group_id: Mapped[str | None] = mapped_column(ForeignKey("dealer_groups.id"))  # None: all
    role: Mapped[str] = mapped_column(String(20))
    user: Mapped[User] = relationship(back_populates="roles")


class ApiKey(Base):
    __tablename__ = "api_keys"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))        # sha256 of the whole key
    label: Mapped[str] = mapped_column(String(200))
    group_id: Mapped[str] = mapped_column(ForeignKey("dealer_groups.id"))
    scopes: Mapped[list] = mapped_column(JSON)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    revoked_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    last_used_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class AuditEntry(Base):
    """One audited action. Written once, never updated or deleted (triggers enforce it)."""
    __tablename__ = "audit_log"
    __table_args__ = (Index("ix_audit_group_at", "group_id", "at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    group_id: Mapped[str | None] = mapped_column(String(64))
    domain: Mapped[str | None] = mapped_column(String(40))
    version: Mapped[int | None] = mapped_column(Integer)
    before_hash: Mapped[str | None] = mapped_column(String(64))
    after_hash: Mapped[str | None] = mapped_column(String(64))
    detail: Mapped[dict] = mapped_column(JSON, default=dict)
    request_id: Mapped[str | None] = mapped_column(String(128))


class LoginThrottle(Base):
    """Failed password checks of one user name from one source address (and, under the
    user name "", of every name from that address), shared by every worker: after too many
    the pair is locked until ``locked_until``, for longer each time (core/store/logins.py)."""
    __tablename__ = "login_throttle"
    __table_args__ = (Index("ix_login_throttle_last_failed", "last_failed_at"),)
    username: Mapped[str] = mapped_column(String(100), primary_key=True)
    source: Mapped[str] = mapped_column(String(64), primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, default=0)
    last_failed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)


class RuleHits(Base):
    """How often a rule applied in evaluations of one hour (UTC), counted in memory by each
    worker and added here in batches (core/store/hits.py)."""
    __tablename__ = "rule_hits"
    __table_args__ = (UniqueConstraint("group_id", "domain", "rule", "hour",
                                       name="uq_rule_hits_hour"),
                      Index("ix_rule_hits_group_hour", "group_id", "hour"))
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[str] = mapped_column(String(64))
    domain: Mapped[str] = mapped_column(String(40))
    rule: Mapped[str] = mapped_column(String(64))
    hour: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    count: Mapped[int] = mapped_column(Integer, default=0)


class EvaluationSample(Base):
    """One evaluation request the service answered, kept for replaying a draft against
    (the impact report, core/impact.py): its facts as sent (personal fields masked), the
    instant it was evaluated at and the published version that answered. Sampled, capped
    per (group, domain) and aged out (core/store/samples.py)."""
    __tablename__ = "evaluation_samples"
    __table_args__ = (Index("ix_evaluation_samples_group_domain", "group_id", "domain",
                            "recorded_at"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    group_id: Mapped[str] = mapped_column(String(64))
    domain: Mapped[str] = mapped_column(String(40))
    version: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    facts: Mapped[dict] = mapped_column(JSON)
