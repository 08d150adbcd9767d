"""Short names of the tiers facts, in Chinese and English, for conditions shown in words
to the staff who edit rules (``Domain.field_names``; core/conditions/words.py)."""

FIELD_NAMES = {
    "zh": {
        "customer.has_bought_car": "已购车",
        "customer.marked_busy": "客户标记工作繁忙",
        "customer.points_balance": "积分余额",
        "customer.referrals": "推荐的新客户",
        "customer.referrals.successful": "推荐成功",
        "customer.referrals.reward_issued": "奖励已发放",
        "customer.referred_by.purchase_completed": "被推荐后已购车",
        "customer.referred_by.reward_issued": "新客户奖励已发放",
        "customer.successful_referrals": "成功推荐人数",
        "customer.trailing_service_spend": "近12个月保养消费",
        "order.booked_in_app": "App预约",
        "order.distance_km": "取车距离",
        "order.labour_amount": "工时费",
        "order.parts_amount": "配件费",
        "order.kind": "工单类型",
    },
    "en": {
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
    },
}
