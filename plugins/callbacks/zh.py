"""Simplified Chinese of the texts the callbacks domain shows rule authors (core/domain_texts.py)."""

ZH = {
    "Which callbacks to make after delivery, when, and about what.":
        "交车后要做哪些回访、什么时候回访、回访聊什么。",
    "Callbacks ahead are held (not made) while a complaint is open.":
        "客户有未结案的投诉期间，暂停（不拨打）之后的回访。",
    ("Calls are made only inside the daily window; a call planned outside it moves to the next allowed "
     "slot. If several rules set a window, the first applied (highest priority) wins."):
        ("只在每天的致电时段内拨打；计划时间落在时段外的回访顺延到下一个允许的时间。多条规则都设定了时段时，"
         "以最先生效（优先级最高）的为准。"),
    "A call falling on a public holiday (or weekend) moves to the next working day.":
        "回访日遇法定节假日（或周末）时，顺延到下一个工作日。",
    ("A callback on each delivery anniversary within the horizon (the annual callback); 29 February falls "
     "on 28 February in other years."):
        ("在回访计划期内的每个交车周年日安排一次回访（年度回访）；2 月 29 日交车的，"
         "非闰年在 2 月 28 日回访。"),
    "One callback ``after_days`` after delivery (the first-month callback).":
        "交车 ``after_days`` 天后安排一次回访（首月回访）。",
    ("A callback every ``every_days`` days after delivery, to the end of the horizon (the quarterly "
     "callbacks), each with the tip of its season."):
        "交车后每隔 ``every_days`` 天回访一次，直到回访计划期结束（季度回访），每次都附上当季的用车贴士。",
    "No more callbacks from the day the customer opted out (default: today).":
        "从客户拒绝回访的当天起不再回访（默认：今天）。",
    "The customer being called.": "被回访的客户。",
    "Customer number in the CRM.": "CRM 中的客户编号。",
    "Name, as the advisor addresses them.": "顾问对客户的称呼。",
    "Local time of day the customer likes to be called, 'HH:MM'; the group's call_time setting when empty.":
        "客户希望接听回访的时间（当地时间，'HH:MM'）；为空时使用集团设置 call_time。",
    "The customer asked for no more callbacks.": "客户已要求不再回访。",
    ("Local date the customer opted out; callbacks from that day on are cancelled. Empty: the "
     "evaluation date."):
        "客户拒绝回访的日期（当地日期）；当天及以后的回访全部取消。为空时取评估日期。",
    "The customer's complaints, open and closed.": "客户的投诉，包括未结案和已结案的。",
    "One complaint the customer made (the sla domain tracks its clocks).":
        "客户的一次投诉（其处理时限由 sla 领域跟踪）。",
    "Complaint number in the CRM.": "CRM 中的投诉编号。",
    "When the complaint was made, local date-time.": "投诉时间（当地日期时间）。",
    "When it was closed (resolved and confirmed), local date-time; empty while it is open.":
        "结案时间（已解决并经客户确认；当地日期时间）；未结案时为空。",
    "Derived: complaints open at the evaluation time (opened, not yet closed), count.":
        "系统自动计算：评估时间点尚未结案（已提出、尚未结案）的投诉数。",
    "The delivered car.": "已交付的车辆。",
    "Vehicle identification number.": "车辆识别代号（VIN）。",
    "Model name.": "车型名称。",
    "Delivery date, local date; anchors every callback. Empty: not delivered yet, no callbacks.":
        "交车日期（当地日期），所有回访都以此推算。为空表示尚未交车，不安排回访。",
    "Derived: days from delivery to the evaluation date, days (negative before delivery).":
        "系统自动计算：交车日至评估日期的天数，单位：天（交车前为负数）。",
    "How far after delivery to list callbacks, months; the group's horizon_months setting (24) when empty.":
        "列出交车后多长时间内的回访，单位：月；为空时使用集团设置 horizon_months（24）。",
    ("Derived: the last day of the horizon, local date (delivery + horizon_months; a callback due that "
     "day is included)."):
        ("系统自动计算：回访计划期的最后一天（当地日期，即交车日期 + horizon_months；"
         "当天到期的回访也包括在内）。"),
    ("How far after delivery callbacks are planned, months (a callback due on the last day is included). "
     "The fact horizon_months overrides it."):
        ("交车后多长时间内安排回访，单位：月（最后一天到期的回访也包括在内）。事实数据中的 "
         "horizon_months 优先于此设置。"),
    "Local time of day a callback is planned for when the customer has no preferred time, 'HH:MM'.":
        "客户没有偏好时间时，回访安排在几点（当地时间，'HH:MM'）。",
    ("Season name -> its months (1-12); every month in exactly one season. Picks the seasonal tip of a "
     "callback by the month it is made in."):
        "季节名称 -> 所含月份（1-12）；每个月份必须且只能属于一个季节。按回访所在月份选出当季的用车贴士。",
    "Holidays of years the holiday library does not cover yet.": "节假日库尚未收录年份的节假日。",
    ("China's public holidays for years the ``chinesecalendar`` library does not cover\n    yet, typed in "
     "by an operator from the State Council notice (docs/business-calendar.md,\n    \"Years the library "
     "does not cover\"). Empty by default: callbacks in such years are then\n    kept on their date and "
     "flagged ``calendar_not_covered``."):
        ("节假日库 ``chinesecalendar`` 尚未收录年份的中国法定节假日，"
         "由运维人员根据国务院发布的放假通知录入（见 docs/business-calendar.md 中“Years the library does "
         "not cover”一节）。默认为空：这些年份的回访保持原定日期，并标记 ``calendar_not_covered``。"),
    "Years whose holidays are listed in full below (e.g. [2027]).":
        "在下方完整列出节假日的年份（例如 [2027]）。",
    "Public holidays falling on Monday-Friday, local dates.": "落在周一至周五的法定节假日（当地日期）。",
    "Make-up working days (调休) falling on Saturday or Sunday, local dates.":
        "落在周六或周日的调休上班日（当地日期）。",
    "Reason code, e.g. opted_out.": "原因代码，例如 opted_out。",
    "Reason for the advisor (Chinese).": "给顾问看的原因说明（中文）。",
    "First allowed local time, 'HH:MM'.": "允许致电的最早时间（当地时间，'HH:MM'）。",
    "End of the window (excluded), local time, 'HH:MM'.":
        "致电时段的结束时间（不含该时刻；当地时间，'HH:MM'）。",
    "Kind code, e.g. first_month; ids are kind_number.":
        "回访类型代码，例如 first_month；回访编号格式为“类型代码_序号”（kind_number）。",
    "Purpose code, e.g. usage_questions.": "回访目的代码，例如 usage_questions。",
    "Purpose for the advisor (Chinese).": "给顾问看的回访目的（中文）。",
    "What to talk about.": "回访话题。",
    "Something to talk about in a call.": "回访中要聊的一个话题。",
    "Machine code, e.g. ac_care.": "系统代码，例如 ac_care。",
    "What the advisor says it as (Chinese), e.g. 空调保养.": "顾问口头的说法（中文），例如“空调保养”。",
    "What to recommend.": "推荐内容。",
    "What the call recommends, e.g. a maintenance package.": "本次回访推荐的产品，例如保养套餐。",
    "Machine code, e.g. maintenance_package.": "系统代码，例如 maintenance_package。",
    "Customer-facing name (Chinese), e.g. 保养套餐.": "面向客户的名称（中文），例如“保养套餐”。",
    "The call opens an after-sales lead.": "本次回访生成一条售后线索。",
    ("A recurring callback due within this many days of the anniversary is made in the anniversary call "
     "instead, days (0: never)."):
        "周期回访的应回访日与周年日相距在此天数以内时，改在周年回访时一起做，单位：天（0 表示从不合并）。",
    "Days after delivery, days.": "交车后第几天，单位：天。",
    "Days between callbacks, counted from delivery, days.": "两次回访之间的间隔，从交车日起算，单位：天。",
    "Season -> tip added to the call's topics, chosen by the season of the day the call is made.":
        "季节 -> 加入回访话题的用车贴士，按回访当天所在的季节选取。",
    # the result (what an evaluation answers)
    ("none: nothing planned (e.g. not delivered); active; held: a complaint is open; stopped: the "
     "customer opted out."):
        "none：没有安排回访（例如尚未交车）；active（回访进行中）；held：客户有未结案的投诉；stopped：客户已拒绝回访。",
    "The anchor, local date.": "交车日期，即所有回访的推算基准（当地日期）。",
    "Planning horizon, months.": "回访计划期，单位：月。",
    "Last day of the horizon.": "回访计划期的最后一天。",
    "Every callback of the horizon, by call time, including those before the evaluation time.":
        "回访计划期内的全部回访，按拨打时间排序，包括评估时间之前的回访。",
    "One planned call.": "计划中的一次回访。",
    "kind and number, e.g. quarterly_3.": "回访类型代码加序号，例如 quarterly_3。",
    "first_month, quarterly, annual (the rule's kind code).":
        "回访类型代码（取自规则）：first_month（首月回访）、quarterly（季度回访）或 annual（年度回访）。",
    "1-based count within its kind.": "在同类回访中的序号，从 1 开始。",
    "The cadence date: delivery + offset, local date.": "应回访日：交车日期 + 间隔天数（当地日期）。",
    "When to call, local date-time, after moving off non-working days and into the calling window.":
        "拨打时间（当地日期时间），已避开非工作日并调整到致电时段内。",
    "Why call_at is not due_on at the planned time.": "call_at 偏离 due_on 当天计划时间的原因。",
    ("The holiday calendar of that year is not known: the call stays on its date (only the calling window "
     "applied); check it by hand."):
        "该年份的节假日安排未知：回访保持原定日期（只按致电时段调整），请人工核对。",
    "Machine code, e.g. usage_questions.": "系统代码，例如 usage_questions。",
    "Purpose as the advisor reads it (Chinese).": "给顾问看的回访目的（中文）。",
    "Season of the call date, for a seasonal tip (settings.seasons).":
        "回访日期所在的季节，用于选取当季的用车贴士（见 settings.seasons）。",
    "The call is an entry point to after-sales: book the offer or a workshop visit.":
        "本次回访是售后服务的入口：可为客户预约所推荐的项目或进厂服务。",
    "ids of callbacks made in this call instead of their own (e.g. quarterly_4 in annual_1).":
        "合并到本次回访中一起做、不再单独拨打的回访编号（例如 quarterly_4 合并到 annual_1）。",
    "held: a complaint is open, do not call (see held).": "held：客户有未结案的投诉，暂不拨打（见 held）。",
    "The rule that planned it.": "安排这次回访的规则。",
    "The first scheduled callback at or after the evaluation time.": "评估时间起（含该时刻）第一个已排定的回访。",
    "Calls are placed inside this daily window (rule keep_to_calling_hours); none: any time.":
        "回访安排在每天的这个致电时段内（规则 keep_to_calling_hours）；为空时不限时段。",
    "First allowed local time, 'HH:MM' (included).": "允许致电的最早时间（含该时刻；当地时间，'HH:MM'）。",
    "End of the window, local time, 'HH:MM' (excluded).": "致电时段的结束时间（不含该时刻；当地时间，'HH:MM'）。",
    "Calls on non-working days move to the next working day.": "落在非工作日的回访顺延到下一个工作日。",
    "Years of callbacks whose holidays are not known.": "有回访落在其中、但节假日安排未知的年份。",
    "Why and from when no more callbacks are made.": "不再回访的原因及起始日期。",
    "Machine code, e.g. opted_out.": "系统代码，例如 opted_out。",
    "Calls on or after this local date are cancelled.": "该日期（当地日期）当天及以后的回访全部取消。",
    "How many planned callbacks were cancelled, count.": "已取消的计划回访数。",
    "Why the callbacks ahead are on hold.": "之后的回访被暂停的原因。",
    "Machine code, e.g. open_complaint.": "系统代码，例如 open_complaint。",
    "When the earliest open complaint was made, local date-time.": "最早一起未结案投诉的投诉时间（当地日期时间）。",
    "How many callbacks are held, count.": "被暂停的回访数。",
}
