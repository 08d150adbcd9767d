"""Simplified Chinese of the texts the offers domain shows rule authors (core/domain_texts.py)."""

ZH = {
    ("What to offer a buyer who asks for a lower price, what to recommend by segment, and what to "
     "cross-sell after the sale."):
        "客户要求降价时给什么方案，按客户类型推荐什么，以及成交后做哪些二次销售。",
    "A talking point for the salesperson or service advisor.": "给销售顾问或服务顾问的一条话术。",
    "A specific part choice for this customer (e.g. low-noise engine oil).":
        "为该客户指定的配件选择（例如低噪音机油）。",
    "Core parts are fitted OEM: one OEM line for each core part of the visit.":
        "核心件一律使用原厂件：本次进厂的每个核心件各列一行原厂件。",
    ("Non-core parts with a cheaper aftermarket part that fits: offer it beside OEM, with a\n    disclosure "
     "telling the customer it fits and what it saves."):
        "非核心件如有适配且更便宜的副厂件：与原厂件并列提供，并告知客户该件适配本车以及能省多少钱。",
    ("Ladder step 3: cash for the part of the request the value package does not cover,\n    ``requested - "
     "package worth``, never more than the room above the model's floor price\n    and never more than "
     "``max_amount``; nothing is added when the package already covers the\n    request. Without a floor "
     "for the model there is no authority to discount, and the action\n    refuses (the shipped rule never "
     "gets here without one)."):
        ("议价第 3 步：对增值礼包未覆盖的那部分降价要求给予现金优惠，即 ``requested - package "
         "worth``（客户要求的降价金额减去礼包价值），但不超过该车型底价以上的空间，也不超过 ``max_amount``；"
         "礼包已覆盖降价要求时不再给现金优惠。该车型未设底价时无权给予优惠，"
         "此动作会报错（系统自带的规则在没有底价时不会走到这一步）。"),
    "Ladder step 2: a financing plan that lowers the buyer's cash pressure; no cash worth.":
        "议价第 2 步：提供金融方案，减轻客户的资金压力；不折算现金价值。",
    ("Recommend a package after the sale: extended warranty, maintenance package,\n    transmission deep "
     "care, or the one-stop trade-in."):
        "成交后推荐套餐：延保服务、保养套餐、变速箱深度养护，或一站式置换服务。",
    ("Ladder step 1: answer a request for a lower price with the value package; its worth\n    is the "
     "group's settings.value_package_worth (the one number the ladder compares)."):
        ("议价第 1 步：客户要求降价时，用增值礼包回应；礼包价值取集团设置 "
         "settings.value_package_worth（议价阶梯中用来比较的唯一金额）。"),
    "Parts of the delivery ceremony (交车仪式).": "交车仪式的各项安排。",
    "The test-drive route, stop by stop, that shows this buyer what they care about.":
        "试驾路线（逐段列出），让客户体验到他最看重的方面。",
    "Where to find and invite this kind of buyer.": "到哪里寻找并邀约这类客户。",
    "A kind of vehicle to show this buyer, and why.": "向该客户展示的车型类别及推荐理由。",
    "Someone who must be present (e.g. a service technician at the delivery).":
        "必须到场的人员（例如交车时的售后技师）。",
    "What this kind of buyer cares about, so the salesperson leads with it.":
        "这类客户最看重的卖点，销售顾问以此作为切入点。",
    "The shared customer profile.": "共享客户档案。",
    "The shared customer profile: sales and after-sales read and write the same one.":
        "共享客户档案：销售和售后读写同一份档案。",
    ("Feature preferences from the needs diagnosis form (需求诊断表) or any later visit: safety, space, "
     "value, brand_image, comfort, technology, quiet, fuel_economy, off_road."):
        ("需求诊断表或之后任何一次到店时了解到的功能偏好：safety（安全）、space（空间）、value（性价比）、"
         "brand_image（品牌形象）、comfort（舒适）、technology（科技配置）、quiet（静音）、"
         "fuel_economy（省油）、off_road（越野）。"),
    "The customer said they want to replace their car (置换意向).": "客户表示有换车打算（置换意向）。",
    ("Derived: family, business, commuter or off_road, from needs.usage_scenario, else from the "
     "preferences (see docs)."):
        ("系统自动计算：family（家庭）、business（商务）、commuter（通勤）或 off_road（越野），按 "
         "needs.usage_scenario 判断，未填写时按偏好判断（见文档）。"),
    "The needs diagnosis form.": "需求诊断表。",
    "The needs diagnosis form (需求诊断表) filled in with the buyer.": "与客户一起填写的需求诊断表。",
    "What the car is mainly for.": "购车的主要用途。",
    "The buyer's budget band, CNY (under 100,000; 100,000-200,000; 200,000-300,000; over 300,000).":
        "客户的预算区间，单位：元（100,000 以下；100,000-200,000；200,000-300,000；300,000 以上）。",
    "Distance driven on a usual day (commute there and back), km.":
        "平常一天的行驶里程（通勤往返），单位：公里。",
    "Parking at home and at work: tight (narrow or scarce spaces) or ample.":
        "家里和单位的停车条件：tight（车位窄或难找）或 ample（宽裕）。",
    "The buyer plans to modify the car (lift kit, winch, roof rack ...).":
        "客户计划改装车辆（升高套件、绞盘、车顶行李架等）。",
    "The negotiating table.": "议价洽谈。",
    "The negotiating table: a buyer asking for a lower price on one model.":
        "议价洽谈：客户就某一车型要求降价。",
    "The model under negotiation, as keyed in the group's settings.model_floors.":
        "洽谈中的车型，写法与集团设置 settings.model_floors 中的车型代码一致。",
    "The price quoted to the buyer before any discount, CNY.": "优惠前给客户的报价，单位：元。",
    "The discount the buyer asks for, CNY.": "客户要求的降价金额，单位：元。",
    "The buyer refuses any loan or instalment plan.": "客户不接受任何贷款或分期方案。",
    "Derived: the value package's worth, CNY (settings.value_package_worth).":
        "系统自动计算：增值礼包的价值，单位：元（取自 settings.value_package_worth）。",
    "Derived: the group's floor price (底价) for model_code, CNY; missing when the group set none.":
        "系统自动计算：集团为 model_code 设定的底价，单位：元；集团未设底价时为空。",
    ("Derived: list_price - floor_price, CNY: the largest discount that keeps the price at or above the "
     "floor; missing without a floor."):
        ("系统自动计算：list_price - floor_price，单位：元，即成交价不低于底价时最多能让的金额；"
         "未设底价时为空。"),
    "A planned handover.": "计划中的交车。",
    "A planned handover of a new car (交车仪式).": "计划中的新车交付（交车仪式）。",
    "When the handover is planned, local date-time.": "计划交车时间（当地日期时间）。",
    "The car the customer owns.": "客户名下的车辆。",
    "A car the customer owns (bought from the group), for after-sales cross-sell.":
        "客户名下的一辆车（在本集团购买），用于售后二次销售。",
    "Model code of the car.": "车型代码。",
    "Delivery date of the car, local date.": "交车日期（当地日期）。",
    "Odometer now, km.": "当前里程表读数，单位：公里。",
    "The repair record, any order.": "维修记录，顺序不限。",
    "One line of the vehicle's repair record.": "车辆维修记录中的一条。",
    "Date of the workshop visit, local date.": "进厂日期（当地日期）。",
    "Odometer at that visit, km.": "该次进厂时的里程表读数，单位：公里。",
    "Part or job code, e.g. brake_pads, transmission_deep_care.":
        "配件或项目代码，例如 brake_pads、transmission_deep_care。",
    "What the workshop did (replaced, serviced) or found (inspected_ok, worn, due for replacement).":
        ("车间做了什么（replaced 已更换、serviced 已保养）或发现了什么（inspected_ok 检查正常、worn 已磨损、"
         "due 到期需更换）。"),
    "An extended warranty (延保) is already bought.": "已购买延保。",
    "A prepaid maintenance package is active.": "有生效中的预付保养套餐。",
    "Derived: whole months since delivery, months.": "系统自动计算：交车至今的整月数，单位：月。",
    ("Derived: delivered_on + settings.factory_warranty_months, local date (the km limit may end the "
     "warranty earlier)."):
        ("系统自动计算：delivered_on + settings.factory_warranty_months，当地日期（原厂质保到期日；"
         "如先达到里程上限，质保会提前结束）。"),
    "Derived: today is before warranty_ends_on and the odometer is below settings.factory_warranty_km.":
        ("系统自动计算：今天早于 warranty_ends_on，且里程表读数低于 "
         "settings.factory_warranty_km（即原厂质保仍有效）。"),
    ("Derived: the factory warranty is active and ends within settings.extended_warranty_window_months or "
     "_km, whichever comes first."):
        ("系统自动计算：原厂质保仍有效，且将在 settings.extended_warranty_window_months 个月或 "
         "settings.extended_warranty_window_km 公里内到期（以先到者为准）。"),
    ("Derived: the latest brake_pads line of the repair record says worn or due (a later "
     "replacement clears it)."):
        "系统自动计算：维修记录中最近一条 brake_pads 记录为 worn 或 due（之后如有更换记录则不算）。",
    ("Derived: settings.transmission_care_every_km km or _months months, whichever comes first, have passed "
     "since the last transmission deep care (or since delivery)."):
        ("系统自动计算：距上次变速箱深度养护（或交车）已行驶 settings.transmission_care_every_km 公里或已过 "
         "settings.transmission_care_every_months 个月，以先到者为准。"),
    "A workshop visit now.": "本次进厂。",
    "Routine maintenance (保养) or a repair.": "常规保养（maintenance）或维修（repair）。",
    "Parts to be fitted.": "待安装的配件。",
    "A part the workshop is about to fit.": "车间即将安装的一个配件。",
    "Part code, e.g. wiper_blades, air_filter, brake_pads.":
        "配件代码，例如 wiper_blades、air_filter、brake_pads。",
    "The part's name shown to the customer, e.g. 雨刮片.": "向客户展示的配件名称，例如“雨刮片”。",
    "Price of the OEM (原厂) part, CNY.": "原厂件价格，单位：元。",
    "Price of the aftermarket (副厂) alternative, CNY.": "副厂替代件价格，单位：元。",
    "The parts catalogue confirms the aftermarket part fits this vehicle.":
        "配件目录确认该副厂件适配这辆车。",
    "Derived: not listed in settings.non_core_parts.":
        "系统自动计算：不在 settings.non_core_parts 中（即核心件）。",
    "Derived: a non-core part whose aftermarket alternative fits and costs less than the OEM part.":
        "系统自动计算：非核心件，且有适配本车、比原厂件便宜的副厂替代件。",
    "Derived: oem_price - aftermarket_price, CNY, when both are known.":
        "系统自动计算：oem_price - aftermarket_price，单位：元；两个价格都已知时才有值。",
    ("What the value package (首年免费保养+原厂脚垫+道路救援) is worth to the buyer, CNY. The ladder offers "
     "cash only for the part of a requested discount above this."):
        ("增值礼包（首年免费保养+原厂脚垫+道路救援）对客户的价值，单位：元。客户要求的降价超出这个金额时，"
         "议价阶梯才对超出部分给现金优惠。"),
    ("Floor price (底价) per model code, CNY: the lowest transaction price the group allows for that model. "
     "A model without a floor gets no cash discount. Replaced as a whole by a group that extends this one."):
        ("各车型代码对应的底价，单位：元：集团允许该车型的最低成交价。未设底价的车型不给现金优惠。"
         "继承本规则集的集团如设置此项，会整体替换（不逐项合并）。"),
    ("Part codes that are not core parts: only these may be offered as an aftermarket (副厂) option; every "
     "other part is core and fitted OEM."):
        "非核心件的配件代码：只有这些配件可以提供副厂件选项；其余配件都是核心件，一律使用原厂件。",
    "Factory warranty, months from delivery.": "原厂质保期，自交车起算，单位：月。",
    "Factory warranty, km on the odometer.": "原厂质保里程上限，按里程表读数，单位：公里。",
    ("The extended warranty is offered from this many months before the factory warranty ends (or the km "
     "window, whichever comes first)."):
        "从原厂质保到期前多少个月开始推荐延保（或按里程窗口，以先到者为准）。",
    "... or from this many km before the factory warranty's km limit.":
        "……或从距原厂质保里程上限还剩多少公里时开始。",
    ("Transmission deep care is due every this many km since delivery or since the last deep care (or the "
     "months, whichever first)."):
        "变速箱深度养护周期：自交车或上次深度养护起每行驶多少公里做一次（或按月数，以先到者为准）。",
    "... or every this many months.": "……或每隔多少个月做一次。",
    "What to say, in Chinese.": "话术内容（中文）。",
    "Part code, e.g. engine_oil.": "配件代码，例如 engine_oil。",
    "e.g. 机油.": "例如“机油”。",
    "The choice, e.g. 低噪音机油.": "具体选择，例如“低噪音机油”。",
    "Chinese; may use {name}, {oem_price}, {aftermarket_price}, {saving} (CNY).":
        "中文；可使用 {name}、{oem_price}、{aftermarket_price}、{saving}（单位：元）。",
    "Chinese; may use {amount} (CNY).": "中文；可使用 {amount}（单位：元）。",
    "An absolute cap, CNY.": "绝对上限，单位：元。",
    "Chinese; may use {amount}, {worth}, {requested}.": "中文；可使用 {amount}、{worth}、{requested}。",
    "e.g. low_interest_loan.": "例如 low_interest_loan。",
    "e.g. 低息贷款.": "例如“低息贷款”。",
    "What it is worth to the customer, CNY (e.g. a trade-in subsidy).":
        "对客户的价值，单位：元（例如置换补贴）。",
    "English code, e.g. school_zone.": "英文代码，例如 school_zone。",
    "Chinese label, e.g. 学校周边路段.": "中文名称，例如“学校周边路段”。",
    "e.g. 首年免费保养+原厂脚垫+道路救援.": "例如“首年免费保养+原厂脚垫+道路救援”。",
    "Chinese; may use {worth} (the package's worth, CNY).": "中文；可使用 {worth}（礼包价值，单位：元）。",
    "e.g. hybrid.": "例如 hybrid。",
    # the result (what an evaluation answers)
    "The customer's segment (derived).": "客户类型（系统自动计算）。",
    "Ladder steps first, then after-sales offers.": "先列议价阶梯各步的方案，再列售后推荐。",
    "Something to put on the table, in the order it should be offered.": "可以向客户提出的一项方案，按应提出的先后顺序排列。",
    ("value_package, financing, cash_discount (the negotiation ladder), extended_warranty, "
     "maintenance_package, care_package, trade_in."):
        ("value_package（增值礼包）、financing（金融方案）、cash_discount（现金优惠），以上属于议价阶梯；extended_warranty（延保服务）、"
         "maintenance_package（保养套餐）、care_package（养护套餐）、trade_in（置换服务）。"),
    "What the customer is told, in Chinese.": "对客户的说法（中文）。",
    "Negotiation ladder step: 1 value package, 2 financing, 3 cash discount; none after the sale.":
        "议价阶梯的第几步：1 增值礼包，2 金融方案，3 现金优惠；成交后的推荐为空。",
    "What it is worth to the customer, CNY; none when it has no cash value.": "对客户的价值，单位：元；不折算现金价值时为空。",
    "A code for machines and a Chinese label for people.": "供系统使用的代码，加上给人看的中文名称。",
    "The rule that made the offer.": "提出该方案的规则。",
    "Cash discount offered, CNY.": "给出的现金优惠，单位：元。",
    "Value package worth plus cash discount, CNY.": "增值礼包价值加现金优惠，单位：元。",
    "List price minus the cash discount, CNY.": "报价减去现金优惠，单位：元。",
    "What to stress.": "重点介绍的卖点。",
    "Where to reach such buyers.": "到哪里接触这类客户。",
    "A kind of vehicle to show the buyer, and why.": "向客户展示的车型类别及推荐理由。",
    "Who must be present.": "必须到场的人员。",
    "Which track (OEM or aftermarket) to offer for a part, and what to tell the customer.":
        "某个配件提供原厂件还是副厂件，以及要告诉客户什么。",
    "Part code.": "配件代码。",
    "The part's name shown to the customer.": "向客户展示的配件名称。",
    "Price on this track, CNY.": "该选项（原厂件或副厂件）的价格，单位：元。",
    "Aftermarket: saving against OEM, CNY.": "副厂件：比原厂件节省的金额，单位：元。",
    "Aftermarket: what the customer must be told about fit and price, in Chinese.":
        "副厂件：必须告知客户的适配情况和价格说明（中文）。",
    "Talking points, in Chinese.": "话术要点（中文）。",
    # digital service report (policy digest section 6)
    "A service to provide on the workshop visit (e.g. the digital service report).":
        "本次进厂要提供的一项服务（例如数字化服务报告）。",
    "Date of birth, local date; empty when unknown.": "出生日期（当地日期）；未知时为空。",
    "The customer asked for the digital service report (数字化服务报告).": "客户主动要求提供数字化服务报告。",
    "Derived: whole years of age on the evaluation date, from born_on (empty for a birth date after it).":
        "系统自动计算：按 born_on 算出的评估当日周岁年龄（出生日期晚于评估日期时为空）。",
    "Services to provide on the workshop visit.": "本次进厂要提供的服务。",
    "Which track: oem (original parts) or aftermarket (brand parts).":
        "配件渠道：oem（原厂件）或 aftermarket（品牌件）。",
}
