"""Short English names of the tiers facts, for conditions shown in words
to the staff who edit rules (``Domain.field_names``; core/conditions/wording.py); a name
without a dot is a constant the shipped rulesets use (``gold_min_spend``).
Their Chinese is in the plugin's catalog, locale/zh/LC_MESSAGES/messages.po."""

FIELD_NAMES = {
    "gold_min_spend": "gold threshold",
    "diamond_min_spend": "diamond threshold",
    "pickup_max_km": "pick-up range",
    "customer.has_bought_car": "has bought a car",
    "customer.marked_busy": "marked busy",
    "customer.points_balance": "points balance",
    "customer.referrals": "referrals",
    "customer.referrals.successful": "successful",
    "customer.referrals.reward_issued": "reward issued",
    "customer.referred_by.purchase_completed": "bought a car after the referral",
    "customer.referred_by.reward_issued": "new customer's reward issued",
    "customer.successful_referrals": "successful referrals",
    "customer.trailing_service_spend": "service spend, last 12 months",
    "order.booked_in_app": "booked in the app",
    "order.distance_km": "pick-up distance",
    "order.labour_amount": "labour",
    "order.parts_amount": "parts",
    "order.kind": "kind of work",
}
