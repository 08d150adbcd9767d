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
        "customer.trailing_service_spend 统计的回溯期长度，单位：月（即政策中的“近 12 个月售后消费”）。",
    "Points per CNY paid.": "每实付 1 元获得的积分。",
    "Benefit code, e.g. free_inspection.": "权益代码，例如 free_inspection。",
    "Name for customers, e.g. 免费检测.": "向客户展示的名称，例如“免费检测”。",
    "Percent off labour (10 = 9折).": "工时费减免的百分比（10 即 9折）。",
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
}
