"""Simplified Chinese of the texts the tiers domain shows rule authors (core/domain_texts.py)."""

ZH = {
    ("Tier from car purchases and trailing service spend; the tier's benefits; the order at the counter "
     "priced; points earned and what they redeem; referral rewards; owners' club."):
        ("根据购车记录和近期售后消费确定会员等级；该等级享有的权益；当前结算工单的价格；"
         "获得的积分及可兑换的项目；老客户推荐奖励；车主俱乐部。"),
    "Earn points on the order at the counter at this base rate (the highest granted).":
        "按此基础积分比例为当前结算的工单累积积分（多条规则给出时取最高值）。",
    ("Entitle the customer to a labour discount. Labour discounts never stack: the highest percent granted "
     "is the one that applies and the only one listed."):
        "给予客户工时费折扣。工时费折扣不叠加：只按给出的最高折扣百分比执行，权益中也只列出这一项。",
    "Add a benefit to the customer's entitlements (once per code).":
        "为客户增加一项会员权益（同一代码只计一次）。",
    "Invite the customer to owners' club events (the first invitation stays).":
        "邀请客户参加车主俱乐部活动（以第一条生效的邀请为准）。",
    "Multiply the base rate for this customer; multipliers never stack, the highest granted applies.":
        "为该客户的基础积分比例乘以倍数；倍数不叠加，取给出的最高倍数。",
    "List the catalogue items the customer's current points balance can pay for.":
        "列出客户当前积分余额足以兑换的目录项目。",
    "Record the tier the customer qualifies for; of several, the highest rank stays.":
        "记录客户符合的会员等级；同时符合多个等级时取最高等级。",
    ("Grant the referral reward. For the referrer, one per successful referral whose reward was not issued "
     "yet (reference: the new customer); for the new customer, one (reference: the referrer)."):
        ("发放推荐奖励。推荐人：每位推荐成功且奖励尚未发放的新客户各发一份（reference 为该新客户）；新客户："
         "发一份（reference 为推荐人）。"),
    "The customer.": "客户。",
    # field titles: the names explanations give the facts (core/explain_words.py)
    "Has bought a car": "已购车",
    "Service spend, last 12 months": "近12个月保养消费",
    "Successful referrals": "成功推荐人数",
    "The customer the question is about.": "本次查询涉及的客户。",
    "CRM customer id (for the caller's reference).": "CRM 客户编号（供调用方对照）。",
    "Cars bought from the dealer group.": "在本集团购买的车辆。",
    "A car this customer bought from the dealer group.": "该客户在本集团购买的一辆车。",
    "Local date the purchase was completed.": "购车完成的日期（当地日期）。",
    "Paid service orders; at least those of the trailing qualification window.":
        "已付款的售后工单；至少要包含定级统计期内的全部工单。",
    "A service order the customer has already paid (the workshop system's history).":
        "客户已付款的一张售后工单（来自维修车间系统的历史记录）。",
    "Local date the order was paid.": "工单付款日期（当地日期）。",
    "What the customer paid for it, after discounts, CNY.": "客户实付金额（已扣除优惠），单位：元。",
    "Points held now, before the order at the counter is paid, points.":
        "当前积分余额（当前工单付款之前），单位：积分。",
    "New customers this customer referred.": "该客户推荐的新客户。",
    "A new customer this customer referred (老客户推荐计划).": "该客户推荐的一位新客户（老客户推荐计划）。",
    "CRM id of the referred new customer.": "被推荐新客户的 CRM 编号。",
    "Local date the referred customer completed a car purchase; absent while they have not.":
        "被推荐客户完成购车的日期（当地日期）；尚未购车时为空。",
    "The referrer's free maintenance for this referral was already issued.":
        "推荐人因这次推荐应得的免费保养已发放。",
    "Derived: the referred customer completed a purchase on or before the evaluation date.":
        "系统自动计算：被推荐客户在评估日期当天或之前已完成购车。",
    "Set when this customer is a referred new customer.": "该客户是被推荐来的新客户时填写。",
    "Who referred this customer, when this customer came as a referred new customer.":
        "该客户作为被推荐的新客户时，推荐他的是谁。",
    "CRM id of the customer who referred this one.": "推荐人的 CRM 客户编号。",
    "Local date the referral was registered.": "推荐登记日期（当地日期）。",
    "This customer's own free maintenance for the referral was already issued.":
        "该客户本人因这次推荐应得的免费保养已发放。",
    ("Derived: this customer completed a car purchase on or after referred_on and on or before the "
     "evaluation date."):
        "系统自动计算：该客户在 referred_on 当天或之后、评估日期当天或之前完成了购车。",
    "Derived: a car purchase on or before the evaluation date.":
        "系统自动计算：评估日期当天或之前有购车记录。",
    ("Derived: CNY paid on service orders in the trailing window (settings.spend_window_months, 12 by "
     "default) that ends on the evaluation date, that day included."):
        ("系统自动计算：截至评估日期（含当天）的统计期内（settings.spend_window_months，默认 12 个月）"
         "售后工单的实付总额，单位：元。"),
    "Derived: how many referrals are successful (count).": "系统自动计算：推荐成功的人数。",
    ("The service order at the counter; absent when the question is only about tier, benefits, "
     "referrals or points."):
        "当前结算的售后工单；只查询会员等级、权益、推荐或积分时为空。",
    "The service order at the counter, not paid yet: what the rules price.":
        "当前结算、尚未付款的售后工单：由规则计算它的价格。",
    "Kind of work: maintenance (保养), repair (维修), bodywork (钣喷) or inspection (检测).":
        "作业类型：maintenance（保养）、repair（维修）、bodywork（钣喷）或 inspection（检测）。",
    "Labour charges before any discount, CNY (工时费).": "折扣前的工时费，单位：元。",
    "Parts and materials before any discount, CNY.": "折扣前的配件及材料费，单位：元。",
    ("Length of the trailing window customer.trailing_service_spend sums over, months (the digest's "
     "'trailing-12-month service spend')."):
        "“近12个月保养消费”统计的月数（即政策中的“近 12 个月售后消费”）。",
    "Service spend window": "保养消费统计期",
    "Points per CNY paid.": "每实付 1 元获得的积分。",
    "Benefit code, e.g. free_inspection.": "权益代码，例如 free_inspection。",
    "Name for customers, e.g. 免费检测.": "向客户展示的名称，例如“免费检测”。",
    "Percent off labour (10 = 9折).": "工时费减免的百分比（10 即 9折）。",
    "Name for customers; leave it out to have it made from the percent: 工时费88折.":
        "给客户看的名称；不写则按百分比自动生成，例如“工时费88折”。",
    "Invitation for customers.": "给客户的邀请语。",
    "Kinds of event.": "活动类型。",
    "Multiplier on the base rate, e.g. 1.2.": "基础积分比例的倍数，例如 1.2。",
    "Catalogue section, e.g. oem_accessory.": "兑换目录分类，例如 oem_accessory。",
    "Its name, e.g. 精品配件.": "分类名称，例如“精品配件”。",
    "Cost, points.": "兑换所需积分，单位：积分。",
    "Tier code, e.g. gold.": "会员等级代码，例如 gold。",
    "Place on the ladder; the highest qualified wins (silver 1, gold 2, diamond 3).":
        "等级高低的排位；同时符合多个等级时取排位最高者（银卡 1、金卡 2、钻石 3）。",
    "Name for customers, e.g. 金卡会员.": "向客户展示的名称，例如“金卡会员”。",
    "Whose reward: the customer who referred, or the referred new customer.":
        "奖励给谁：referrer（推荐人，即老客户）或 new_customer（被推荐的新客户）。",
    # the result (what an evaluation answers)
    "Qualified tier code (silver, gold, diamond); null for a non-member.":
        "客户符合的会员等级代码（silver 银卡、gold 金卡、diamond 钻石）；非会员为 null。",
    "Its name for customers, e.g. 金卡会员.": "向客户展示的等级名称，例如“金卡会员”。",
    "The one labour discount that applies: the best granted.": "实际执行的那一项工时费折扣：取给出的最高折扣。",
    "Everything the customer is entitled to.": "客户享有的全部权益。",
    "Something the customer is entitled to: a benefit, a free maintenance.": "客户享有的一项权益：会员权益或一次免费保养。",
    "Machine code, e.g. labour_discount.": "系统代码，例如 labour_discount。",
    "What the customer is told, e.g. 工时费9折.": "对客户的说法，例如“工时费9折”。",
    "Id of the rule that granted it.": "给予该权益的规则编号。",
    "What it is for when it is one of several, e.g. the other customer of a referral.":
        "同类权益有多项时，说明这一项对应什么，例如推荐关系中的另一位客户。",
    "The order at the counter, priced; null without an order.": "当前结算工单的计价结果；没有工单时为 null。",
    "The order at the counter, priced: what the customer pays, CNY.": "当前结算工单的计价：客户应付多少，单位：元。",
    "Labour before discount, CNY.": "折扣前的工时费，单位：元。",
    "Parts before discount, CNY.": "折扣前的配件费，单位：元。",
    "Percent taken off labour.": "工时费减免的百分比。",
    "Amount taken off labour, CNY.": "工时费减免金额，单位：元。",
    "Labour to pay, CNY.": "应付工时费，单位：元。",
    "Parts to pay, CNY (no tier discounts parts).": "应付配件费，单位：元（配件不享受任何会员等级折扣）。",
    "Labour plus parts to pay, CNY.": "应付工时费与配件费合计，单位：元。",
    "Points for the order at the counter, credited once it is paid.": "当前结算工单可得的积分，付款后入账。",
    "Base rate, points per CNY paid.": "基础积分比例：每实付 1 元获得的积分。",
    "Tier multiplier (the highest granted; multipliers never stack).": "会员等级积分倍数（取给出的最高倍数；倍数不叠加）。",
    "Amount the points are earned on: the order's total payable, CNY.": "计算积分的金额：工单应付总额，单位：元。",
    "paid x rate x multiplier, rounded down to whole points.":
        "paid x rate x multiplier（实付金额 × 基础积分比例 × 倍数），向下取整为整数积分。",
    "The customer's balance now, points.": "客户当前的积分余额，单位：积分。",
    "Balance once the order is paid, points.": "工单付款后的积分余额，单位：积分。",
    "What the current balance can redeem.": "当前积分余额可兑换的项目。",
    "A catalogue item the customer's current points balance can pay for.": "客户当前积分余额足以兑换的一个目录项目。",
    "Catalogue section, e.g. maintenance_package.": "兑换目录分类，例如 maintenance_package。",
    "Its name for customers, e.g. 保养套餐.": "向客户展示的分类名称，例如“保养套餐”。",
    "Item code.": "项目代码。",
    "Item name for customers.": "向客户展示的项目名称。",
    "Its cost, points.": "兑换所需积分，单位：积分。",
    "Set when invited.": "邀请了客户时才有值。",
    "An invitation to owners' club events (车主俱乐部).": "车主俱乐部活动邀请。",
    "What the customer is told.": "给客户的邀请语。",
    "Kinds of event, e.g. 自驾游.": "活动类型，例如“自驾游”。",
    "Id of the rule that invited.": "发出邀请的规则编号。",
    # pick-up and delivery (policy digest section 6)
    ("Offer pick-up and delivery (上门取送车) for the visit at ``price``; the first offer applied stands "
     "(put the free and the paid variant in one exclusive group)."):
        "为本次进厂提供上门取送车服务，价格为 ``price``；以最先生效的报价为准（免费和收费两种方案请放在同一互斥组）。",
    "The customer marked themselves busy (工作繁忙) in their profile.": "客户在资料中标记自己工作繁忙。",
    "The visit was booked in the dealer's app.": "本次进厂是通过经销商 App 预约的。",
    "Distance from the customer's pick-up address to the store, km; empty when unknown.":
        "客户取车地址到门店的距离，单位：公里；未知时为空。",
    "Set when pick-up and delivery is offered for the visit.": "为本次进厂提供上门取送车时才有。",
    "Pick-up and delivery (上门取送车) offered for the visit, and its price.": "为本次进厂提供的上门取送车服务及其价格。",
    "pickup_delivery.": "pickup_delivery（上门取送车）。",
    "What the customer is told, e.g. 上门取送车.": "告诉客户的名称，例如“上门取送车”。",
    "What the customer pays for it, CNY; 0.00: free.": "客户需支付的费用，单位：元；0.00 表示免费。",
    "What comes with it, e.g. a free car wash.": "随附的服务，例如免费洗车。",
    "Something that comes with a service at no extra charge.": "随某项服务免费附带的内容。",
    "Machine code, e.g. free_car_wash.": "机器代码，例如 free_car_wash。",
    "What the customer is told, e.g. 免费洗车.": "告诉客户的名称，例如“免费洗车”。",
    "Id of the rule that offered it.": "提供该服务的规则编号。",
    "Name for customers, e.g. 上门取送车.": "给客户看的名称，例如“上门取送车”。",
    "What the customer pays for it, CNY; 0: free.": "客户需支付的费用，单位：元；0 表示免费。",
    "What comes with it at no charge.": "免费附带的内容。",
    "e.g. free_car_wash.": "例如 free_car_wash。",
    "Name for customers, e.g. 免费洗车.": "给客户看的名称，例如“免费洗车”。",
}
