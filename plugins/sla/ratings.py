"""Customer ratings feed technician performance: a low rating puts the repair order up
for review (policy digest section 6: rating_review)."""
from __future__ import annotations

from pydantic import Field

from .params import CODE, Params
from .result import Review, SlaResult


class ReviewParams(Params):
    code: str = Field(pattern=CODE, description="e.g. rating_review.")
    label: str = Field(min_length=1, description="Chinese label, e.g. 低分评价复核.")


def flag_for_review(result: SlaResult, params: ReviewParams, context) -> None:
    """Flag the rated repair order (and its technician) for review (once per code)."""
    rating = context.facts.rating
    if rating is not None and all(r.code != params.code for r in result.reviews):
        result.reviews.append(Review(code=params.code, label=params.label,
                                     order_id=rating.order_id,
                                     technician_id=rating.technician_id, stars=rating.stars,
                                     rule=context.rule.id))
