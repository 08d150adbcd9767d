"""Each evaluation starts from a fresh result (core.decision.fresh_result): equal to the
result model's own ``cls()``, sharing no mutable default with any other evaluation."""
from __future__ import annotations

from decimal import Decimal

from pydantic import BaseModel, Field, field_validator

from dealer_rules.core.decision import fresh_result
from dealer_rules.core.plugins import get_plugin_manager
from dealer_rules.core.registry import Registry


class Points(BaseModel):
    earned: int = 0


class Result(BaseModel):
    tags: list[str] = []
    amounts: dict[str, Decimal] = Field(default_factory=dict)
    points: Points = Points()
    total: Decimal = Decimal("0")
    label: str | None = None


def test_a_fresh_result_equals_the_models_own_and_shares_no_mutable_default():
    first, second = fresh_result(Result), fresh_result(Result)
    assert first == Result() and second == Result()
    first.tags.append("vip")
    first.amounts["labour"] = Decimal("1")
    first.points.earned = 5
    assert second == Result() == fresh_result(Result)
    assert first.model_dump(exclude_unset=True) == Result().model_dump(exclude_unset=True) == {}


def test_a_model_with_a_validator_is_made_by_pydantic_itself():
    class Checked(BaseModel):
        tags: list[str] = ["x"]

        @field_validator("tags")
        @classmethod
        def upper(cls, v):
            return [t.upper() for t in v]

    assert fresh_result(Checked) == Checked()


def test_every_shipped_domains_result_starts_as_its_model_would():
    registry = Registry.from_plugin_manager(get_plugin_manager(load_entry_points=False))
    assert registry.domains
    for domain in registry.domains.values():
        made = fresh_result(domain.result)
        assert made == domain.result(), domain.name
        assert made.model_dump(mode="json") == domain.result().model_dump(mode="json")


def test_fields_keep_the_models_order_and_extras_are_not_shared():
    class Open(BaseModel, extra="allow"):
        first: list[str] = []
        second: int = 1
        third: dict = Field(default_factory=dict)

    first, second = fresh_result(Open), fresh_result(Open)
    assert list(first.__dict__) == list(Open().__dict__) == ["first", "second", "third"]
    first.__pydantic_extra__["note"] = "x"
    assert second.__pydantic_extra__ == {} and second == Open()
