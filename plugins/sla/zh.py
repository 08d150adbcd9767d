"""Simplified Chinese of the texts the sla domain shows rule authors (core/domain_texts.py)."""

ZH = {
    ("Response and repair deadlines, escalation, complaint compensation, workshop and handover "
     "requirements, NPS, awards, rating reviews and the mystery-shopper pick."):
        "响应和维修时限、超时升级、投诉补偿、维修作业与交车要求、NPS、奖项、低分评价复核与神秘客抽选。",
    "Entitle the customer to a compensation (once per code).": "给予客户一项补偿（同一代码只计一次）。",
    ("Add a step to the escalation ladder; who is escalated for which milestone is worked\n    out once "
     "every deadline is known (plugins/sla/escalation.py)."):
        ("在超时升级阶梯中增加一级；所有时限确定后，"
         "再算出每个时限节点该升级给谁（plugins/sla/escalation.py）。"),
    "Give the advisor an award (once per code).": "授予顾问一个奖项（同一代码只计一次）。",
    ("The visual diagnosis report must show ``fields``: met when it does; not_met when the\n    quick "
     "diagnosis is finished without them; pending before that."):
        ("可视化诊断报告必须包含 ``fields``：已包含为 met（已满足）；快速诊断已完成但仍缺少时为 "
         "not_met（未满足）；诊断完成前为 pending（待定）。"),
    ("Every step of every job has a quality-check node: met (checked), not_met (the step\n    is done and "
     "not checked), pending (not done yet). A job without steps gets one node."):
        ("每个维修项目的每道工序都要有质检节点：met（已质检）、not_met（工序已完成但未质检）、"
         "pending（工序尚未完成）。没有工序的维修项目设一个节点。"),
    ("Every complex job needs a technician of at least ``min_grade``: met, not_met (a\n    lower grade is "
     "assigned) or pending (nobody assigned yet)."):
        ("每个复杂维修项目都需要至少 ``min_grade`` 等级的技师：met（已满足）、"
         "not_met（安排了更低等级的技师）或 pending（尚未安排技师）。"),
    ("A milestone's deadline and its status now. When two applied rules set the same\n    milestone, the "
     "first applied (highest priority) stands."):
        ("某个时限节点的截止时间及其当前状态。两条已生效的规则设定同一节点时，"
         "以最先生效（优先级最高）的为准。"),
    ("Withhold ``percent`` of the order's commission (rounded to the fen, half up); all\n    lines together "
     "withhold at most the whole commission."):
        "扣减该订单提成的 ``percent``（四舍五入到分）；所有扣减项合计最多扣完全部提成。",
    ("The store handling the case; picks its opening hours from settings.stores (the group's business_hours "
     "if empty or not listed)."):
        ("处理该事项的门店；据此从 settings.stores 中选取营业时间（为空或未列出时使用集团的 "
         "business_hours）。"),
    "A pre-sales enquiry.": "一次售前咨询。",
    "A pre-sales enquiry (企业微信, online chat, ...).": "一次售前咨询（企业微信、在线客服等）。",
    "When the enquiry arrived, local date-time.": "咨询进来的时间（当地日期时间）。",
    "Where it arrived: wecom (企业微信), online_chat, phone, email, walk_in or other.":
        ("咨询渠道：wecom（企业微信）、online_chat（在线客服）、phone（电话）、email（邮件）、"
         "walk_in（到店）或 other（其他）。"),
    "When a salesperson first answered, local date-time; empty while unanswered.":
        "销售顾问首次回复的时间（当地日期时间）；尚未回复时为空。",
    "A car at the service reception.": "服务接待处的车辆。",
    "A car at the service reception, waiting for its quick diagnosis.": "在服务接待处等待快速诊断的车辆。",
    "When the car was received at the service reception, local date-time.":
        "服务接待处接车的时间（当地日期时间）。",
    "When the quick diagnosis was finished, local date-time; empty while it is not.":
        "快速诊断完成的时间（当地日期时间）；尚未完成时为空。",
    "The visual diagnosis report so far; empty while none was written.":
        "目前的可视化诊断报告；尚未出具时为空。",
    "The visual diagnosis report shown to the customer after the quick diagnosis.":
        "快速诊断后向客户出具的可视化诊断报告。",
    "Where the fault is (text); empty until stated.": "故障部位（文字）；尚未说明时为空。",
    "What will be done (text); empty until stated.": "维修方案（文字）；尚未说明时为空。",
    "Estimated cost of the repair, CNY; empty until stated.": "预估维修费用，单位：元；尚未说明时为空。",
    "A customer complaint.": "一次客户投诉。",
    ("A customer complaint, handled as a closed loop: respond, propose a solution, call\n    "
     "back to confirm."):
        "一次客户投诉，按闭环处理：响应、提出解决方案、回访确认。",
    "When the complaint was received, local date-time.": "收到投诉的时间（当地日期时间）。",
    "What it is about: long_repair_wait, repair_quality, staff_attitude, price or other.":
        ("投诉内容：long_repair_wait（维修等待久）、repair_quality（维修质量）、staff_attitude（服务态度）、"
         "price（价格）或 other（其他）。"),
    "When the customer first heard back, local date-time; empty while not yet.":
        "首次答复客户的时间（当地日期时间）；尚未答复时为空。",
    "When a solution was proposed to the customer, local date-time; empty while not yet.":
        "向客户提出解决方案的时间（当地日期时间）；尚未提出时为空。",
    "When the customer was called back to confirm the solution, local date-time; empty while not yet.":
        "回访客户确认解决方案的时间（当地日期时间）；尚未回访时为空。",
    "The repair order.": "维修工单。",
    "The repair order of the visit.": "本次进厂的维修工单。",
    "The jobs on the order.": "工单上的维修项目。",
    "One job on a repair order.": "维修工单上的一个维修项目。",
    "Job code, e.g. transmission_overhaul, brake_pads.":
        "维修项目代码，例如 transmission_overhaul、brake_pads。",
    ("Grade of the technician assigned: junior, intermediate, senior or master; empty while "
     "nobody is assigned."):
        ("所派技师的等级：junior（初级）、intermediate（中级）、senior（高级）或 master（大师级）；"
         "尚未派工时为空。"),
    "The workshop marked this job as a complex repair (besides the group's list of complex jobs).":
        "车间已将该项目标记为复杂维修（在集团的复杂维修项目清单之外另行标记）。",
    "The job's steps.": "该维修项目的工序。",
    "One step (工序) of a repair job; each needs a quality-check node.":
        "维修项目的一道工序；每道工序都要有质检节点。",
    "The step, e.g. disassembly, valve body, road test.": "工序名称，例如拆解、阀体、路试。",
    "When the step was finished, local date-time; empty while not.":
        "工序完成的时间（当地日期时间）；尚未完成时为空。",
    "When the step passed its quality check, local date-time; empty while not.":
        "工序通过质检的时间（当地日期时间）；尚未通过时为空。",
    ("Derived: a complex repair, i.e. flagged_complex or its code is in the group's "
     "settings.complex_repairs."):
        ("系统自动计算：是否为复杂维修，即 flagged_complex 为是，或项目代码在集团设置 "
         "settings.complex_repairs 中。"),
    "A sales order and its NPS.": "一张销售订单及其 NPS。",
    "A closed sales order, for the advisor's commission.": "一张已成交的销售订单，用于计算顾问提成。",
    "The order number.": "订单号。",
    "The advisor who sold it.": "成交该订单的顾问。",
    "The customer's NPS score for this order, 0-10; empty if the customer did not answer.":
        "客户对该订单的 NPS 评分，0-10；客户未作答时为空。",
    "The advisor's commission on this order before any deduction, CNY.":
        "顾问在该订单上的提成（扣减前），单位：元。",
    "An advisor and their ratings.": "一位顾问及其客户评分。",
    "A sales or service advisor and the customer ratings of the award period.":
        "一位销售顾问或服务顾问，及其在评奖期内获得的客户评分。",
    "The advisor.": "顾问。",
    "Customer ratings in the award period, 1-5 stars each.": "评奖期内的客户评分，每条 1-5 星。",
    "Derived: how many ratings.": "系统自动计算：评分条数。",
    ("Derived: the mean rating, 1-5 stars, truncated (not rounded) to 0.01, so 4.795 counts as 4.79; empty "
     "without ratings."):
        ("系统自动计算：平均评分（1-5 星），截断（不四舍五入）到 0.01，因此 4.795 记为 4.79；"
         "没有评分时为空。"),
    "Every store's hours unless listed in stores.": "所有门店的营业时间（stores 中单独列出的门店除外）。",
    "A store's opening hours and its own open and closed days.":
        "门店的营业时间，以及门店自己的营业日和休息日。",
    "Daily opening time, 'HH:MM'.": "每天开门时间，'HH:MM'。",
    "Daily closing time, 'HH:MM'.": "每天关门时间，'HH:MM'。",
    "Open on Saturdays and Sundays too, except public holidays.": "周六、周日也营业（法定节假日除外）。",
    "Days the store is closed although a working day (stocktaking...).":
        "虽是工作日但门店休息的日子（如盘点）。",
    "Days the store opens with its daily hours although closed by the national calendar.":
        "国家日历上放假、但门店仍按每日营业时间开门的日子。",
    "Days with their own hours.": "有特殊营业时间的日子。",
    "A day with its own opening hours (opens the store even on a public holiday).":
        "有特殊营业时间的一天（即使是法定节假日，门店当天也照此营业）。",
    "The local date.": "日期（当地日期）。",
    "Opening time that day, 'HH:MM'.": "当天开门时间，'HH:MM'。",
    "Closing time that day, 'HH:MM'.": "当天关门时间，'HH:MM'。",
    "store_id -> the fields in which that store differs.": "store_id -> 该门店与通用设置不同的字段。",
    ("China's holiday schedule for years the holiday library does not cover yet,\n    transcribed from the "
     "State Council notice (see docs/business-calendar.md)."):
        ("节假日库尚未收录年份的中国节假日安排，依据国务院发布的放假通知录入（见 "
         "docs/business-calendar.md）。"),
    "The years transcribed in full below.": "下方已完整录入的年份。",
    "Public holidays (weekday ones; weekend ones too for stores open at weekends).":
        "法定节假日（列出落在工作日的；如有门店周末营业，落在周末的也要列出）。",
    "Make-up working days (调休) at the weekend.": "落在周末的调休上班日。",
    "Job codes that are complex repairs (senior technicians only).":
        "属于复杂维修的项目代码（只能由高级技师操作）。",
    "e.g. free_car_wash.": "例如 free_car_wash。",
    "Chinese label, e.g. 免费洗车.": "中文名称，例如“免费洗车”。",
    "What it is worth, CNY (e.g. a voucher).": "价值，单位：元（例如代金券）。",
    "Role code, e.g. service_manager.": "角色代码，例如 service_manager。",
    "Chinese label of the role, e.g. 服务经理.": "角色的中文名称，例如“服务经理”。",
    ("Escalate once the time taken exceeds this multiple of the allowed time: 1 = as soon as breached, "
     "2 = over twice it."):
        "实际用时超过允许时长的这个倍数时升级：1 = 一超时就升级，2 = 超过允许时长的两倍才升级。",
    "Only these milestones; empty: all.": "只针对这些时限节点；为空表示全部节点。",
    "e.g. service_star.": "例如 service_star。",
    "Chinese label, e.g. 服务之星.": "中文名称，例如“服务之星”。",
    "Chinese label, e.g. 可视化诊断报告.": "中文名称，例如“可视化诊断报告”。",
    "What the report must show.": "报告必须包含的内容。",
    "Chinese label, e.g. 每道工序设质检节点.": "中文名称，例如“每道工序设质检节点”。",
    "Chinese label, e.g. 复杂维修须由高级技师操作.": "中文名称，例如“复杂维修须由高级技师操作”。",
    "Lowest grade allowed on complex jobs.": "复杂维修项目允许的最低技师等级。",
    "Which milestone.": "哪个时限节点。",
    "Chinese label, e.g. 投诉1小时内响应.": "中文名称，例如“投诉1小时内响应”。",
    "business_hours, wall_clock or calendar_days.":
        "business_hours（按营业时间计时）、wall_clock（全天计时）或 calendar_days（按自然日计时）。",
    "Allowed time in minutes.": "允许时长，单位：分钟。",
    "Allowed time in hours.": "允许时长，单位：小时。",
    "Allowed calendar days (calendar_days clock only).":
        "允许的自然日天数（仅用于 calendar_days 计时方式）。",
    "At risk once this share of the allowed time or less is left.":
        "剩余时间不超过允许时长的这一比例（百分比）时，即为即将超时。",
    "complaint_follow_up only: start the clock at the proposed solution instead of the complaint.":
        "仅用于 complaint_follow_up：从提出解决方案时起算，而不是从收到投诉时起算。",
    "e.g. low_nps.": "例如 low_nps。",
    "Chinese label, e.g. NPS低于7分扣减20%提成.": "中文名称，例如“NPS低于7分扣减20%提成”。",
    "Share of the order's commission withheld, %.": "扣减该订单提成的比例，单位：%。",
    # the result (what an evaluation answers)
    "By milestone code.": "按时限节点代码列出。",
    "One deadline of the case and where it stands at the evaluation time.": "该事项的一个时限，及其在评估时间的状态。",
    "Chinese label from the rule, e.g. 投诉24小时内提出解决方案.": "规则中的中文名称，例如“投诉24小时内提出解决方案”。",
    "business_hours (store opening hours only), wall_clock or calendar_days.":
        "business_hours（只在门店营业时间内计时）、wall_clock（全天计时）或 calendar_days（按自然日计时）。",
    "The allowed time, in target_unit.": "允许时长，单位见 target_unit。",
    "At risk once this share (%) or less of the allowed time is left.": "剩余时间不超过允许时长的这一比例（%）时，即为即将超时。",
    "When the clock started; empty if it has not (status not_started).":
        "开始计时的时间；尚未开始计时时为空（状态为 not_started）。",
    "The last instant that still meets the deadline.": "仍算按时完成的最后时刻。",
    "calendar_days clocks: the last day (due_at is midnight at its end).":
        "calendar_days 计时方式：截止的最后一天（due_at 为这一天结束时的午夜）。",
    "From this instant on the milestone is at risk if still open.": "从这一时刻起，时限节点如仍未完成即为即将超时。",
    "When it was done, if it was by the evaluation time.": "完成时间；评估时间之前尚未完成时为空。",
    "Open and not breached: whole minutes left on the milestone's clock.": "尚未完成且未超时：按该节点的计时方式剩余的整分钟数。",
    "Breached: minutes past due on the milestone's clock (a started minute counts).":
        "已超时：按该节点的计时方式超过截止时间的分钟数（不足一分钟按一分钟计）。",
    "False: a year without China's holiday schedule was counted as weekdays only (see warnings).":
        "为 False 时：某年份缺少中国节假日安排，只按周一至周五为工作日计算（见 warnings）。",
    "Codes of breached milestones.": "已超时的时限节点代码。",
    "Codes of at-risk milestones.": "即将超时的时限节点代码。",
    "One step of the escalation ladder, as a rule set it.": "规则设定的超时升级阶梯中的一级。",
    "Escalate once the time taken exceeds this multiple of the allowed time (1 = any breach).":
        "实际用时超过允许时长的这个倍数时升级（1 = 一超时就升级）。",
    "Milestones it covers; empty: all.": "适用的时限节点；为空表示全部节点。",
    "Someone who must act on a milestone now.": "现在必须就某个时限节点采取行动的人员。",
    "When the time taken passed the factor.": "实际用时超过该倍数的时间。",
    "Worked out on a weekdays-only calendar for a year the holiday library does not cover.":
        "该年份节假日库尚未收录，暂按只有周一至周五为工作日的日历计算得出。",
    "Compensation the customer is entitled to.": "客户应得的补偿。",
    "What it is worth, CNY, if it has a value.": "价值，单位：元（如有）。",
    "Something the workshop must do or have, and whether it is done.": "车间必须做到或具备的一项要求，以及是否已做到。",
    "The repair job it concerns.": "涉及的维修项目。",
    "The job step it concerns.": "涉及的工序。",
    "met; not_met (should be done by now and is not); pending (not due yet).":
        "met（已满足）；not_met（此时应已做到但尚未做到）；pending（尚未到期）。",
    "What is missing, as codes.": "缺少的内容（代码）。",
    "The advisor's commission on the order after deductions.": "顾问在该订单上扣减后的提成。",
    "Before deductions, CNY.": "扣减前的提成，单位：元。",
    "Sum of the lines, at most the commission, CNY.": "各扣减项合计，最多不超过提成，单位：元。",
    "commission - withheld, CNY.": "commission - withheld（提成减去扣减额），单位：元。",
    "Withheld, CNY.": "扣减金额，单位：元。",
    "Something the operator should know about this answer.": "运维人员需要了解的、关于本次结果的提示。",
    "calendar_not_covered": "calendar_not_covered（该年份的节假日安排尚未收录）",
    # policy digest section 6: handover, ratings, mystery shopper
    "Flag the rated repair order (and its technician) for review (once per code).":
        "将被评价的维修工单（及其技师）列入复核（同一代码只计一次）。",
    ("The repair order cannot be marked ready for delivery while a step lacks its\n    quality-check "
     "sign-off: one delivery block per such step (the steps the group's\n    ``settings.repair_steps`` "
     "requires for the job's code count even when not sent)."):
        ("只要还有工序缺少质检签字，维修工单就不能标记为可交车：每道这样的工序记一条交车阻碍"
         "（集团 ``settings.repair_steps`` 为该维修项目规定的工序即使未上报也计入）。"),
    ("Pick the month's mystery shoppers among ``service_month.customers``: every\n    customer whose draw "
     "(a keyed hash of customer id and month, in [0, 1)) is below\n    ``percent``; then the lowest draws "
     "up to ``at_least``; never a customer picked the\n    month before."):
        ("从 ``service_month.customers`` 中抽选本月神秘客：抽签值（由客户编号和月份计算的带密钥哈希值，"
         "范围 [0, 1)）低于 ``percent`` 的客户全部抽中；人数不足时按抽签值从低到高补足到 "
         "``at_least`` 人；上月已被抽中的客户本月不抽。"),
    ("The bill explains the price: one ``labour_per_operation`` requirement per job,\n    met when the "
     "bill lists the job's labour, not_met otherwise."):
        ("账单要讲清价格：每个维修项目一条 ``labour_per_operation`` 要求，账单列明该项目工时费为 "
         "met（已满足），否则为 not_met（未满足）。"),
    ("Every replaced part is kept to show the customer at handover unless the customer\n    declined: one "
     "``old_parts_display`` requirement per part, met when it is kept or the\n    customer declined, not_met "
     "otherwise."):
        ("每个换下的旧件都要保留，交车时展示给客户，客户明确不需要的除外：每个旧件一条 "
         "``old_parts_display`` 要求，已保留或客户不需要为 met（已满足），否则为 not_met（未满足）。"),
    "Old parts taken off on this job.": "该维修项目换下的旧件。",
    "An old part taken off the car on this job.": "该维修项目从车上换下的一个旧件。",
    "Part code, e.g. brake_pads.": "配件代码，例如 brake_pads。",
    "The part's name shown to the customer, e.g. 刹车片.": "向客户展示的配件名称，例如“刹车片”。",
    "The old part is set aside to show the customer at handover.": "旧件已单独保留，交车时展示给客户。",
    "Labour charged for this operation on the bill, CNY; empty while the bill does not list it.":
        "账单上该项作业的工时费，单位：元；账单未列明时为空。",
    "The customer said they do not want to see the old parts.": "客户表示不需要查看旧件。",
    "When the bill was drawn up, local date-time; empty while not yet.": "出具账单的时间（当地日期时间）；尚未出具时为空。",
    ("Derived: 'job/step' of every step without its quality-check sign-off by the evaluation time, the "
     "steps settings.repair_steps requires for the job's code included when the job does not list them."):
        ("系统自动计算：截至评估时间仍缺少质检签字的每道工序，写作“维修项目/工序”；集团设置 "
         "settings.repair_steps 为该维修项目规定、但工单未列出的工序也计入。"),
    "A customer's rating of a repair order.": "客户对一张维修工单的评价。",
    "A customer's rating of a repair order, as it arrives.": "客户对一张维修工单的评价（收到即评估）。",
    "The repair order rated.": "被评价的维修工单。",
    "The technician who did the work.": "完成该作业的技师。",
    "The customer's rating, 1-5 stars.": "客户评分，1-5 星。",
    "A store's service customers of a month.": "门店某月的售后服务客户。",
    "A store's service customers of one month, for the mystery-shopper pick.": "门店某一个月的售后服务客户，用于抽选神秘客。",
    "The month, 'YYYY-MM', e.g. '2026-11'.": "月份，格式 'YYYY-MM'，例如 '2026-11'。",
    "Every service customer of the store that month, once each.": "门店当月的全部售后服务客户，每人只列一次。",
    "A customer the store served in the month.": "门店当月服务过的一位客户。",
    "CRM customer id.": "CRM 客户编号。",
    "The customer was a mystery shopper the month before (never picked two months running).":
        "该客户上个月已被抽为神秘客（不会连续两个月被抽中）。",
    "The replaced part it concerns.": "涉及的换下旧件。",
    "A repair order without delivery blocks; empty without a repair order.": "维修工单没有任何交车阻碍即为可交车；没有维修工单时为空。",
    "Why the repair order cannot be marked ready for delivery yet.": "维修工单暂时不能标记为可交车的原因。",
    "quality_check: a step lacks its quality-check sign-off.": "quality_check：有工序缺少质检签字。",
    "Chinese label from the rule, e.g. 质检未签字，不得交车.": "规则中的中文名称，例如“质检未签字，不得交车”。",
    "The repair job.": "维修项目。",
    "The step without a sign-off.": "缺少签字的工序。",
    "The step as staff read it, e.g. 制动系统排空.": "员工看到的工序名称，例如“制动系统排空”。",
    "A repair order flagged for review because of its customer rating.": "因客户评价而列入复核的维修工单。",
    "e.g. rating_review.": "例如 rating_review。",
    "Chinese label from the rule, e.g. 低分评价复核.": "规则中的中文名称，例如“低分评价复核”。",
    "The rating, 1-5 stars.": "评分，1-5 星。",
    "The month's mystery shoppers (神秘客暗访) of the store.": "门店本月抽中的神秘客（神秘客暗访）。",
    "Chinese label from the rule, e.g. 神秘客暗访.": "规则中的中文名称，例如“神秘客暗访”。",
    "Share of the month's customers to pick, %.": "抽选比例（占当月客户），单位：%。",
    "Pick at least this many (if there are as many eligible customers).": "至少抽选的人数（符合条件的客户足够多时）。",
    "Service customers of the month sent.": "传入的当月售后服务客户人数。",
    "Those not picked the month before.": "上月未被抽中、本月可抽的客户人数。",
    "In order of their draw.": "按抽签值从低到高排列。",
    "A customer picked as a mystery shopper.": "被抽为神秘客的一位客户。",
    "The customer's draw for the month, in [0, 1), truncated to 6 places; picked when below the rate.":
        "该客户当月的抽签值，范围 [0, 1)，截断到小数点后 6 位；低于抽选比例即被抽中。",
    "Picked only to reach the minimum number, as one of the lowest draws.": "仅为补足最少人数而抽中（抽签值最低的几位之一）。",
    ("Job code -> the steps such a job always has, in order; a step the job does not list lacks its "
     "quality-check sign-off."):
        "维修项目代码 -> 这类项目必有的工序（按顺序）；工单未列出的工序视为缺少质检签字。",
    "A step a kind of job always has, each with its quality-check node.": "某类维修项目必有的一道工序，每道都有质检节点。",
    "The step's name as the workshop sends it, e.g. brake_bleeding.": "车间上报的工序名称，例如 brake_bleeding。",
    "Chinese label, e.g. 制动系统排空.": "中文名称，例如“制动系统排空”。",
    "Chinese label, e.g. 低分评价复核.": "中文名称，例如“低分评价复核”。",
    "Chinese label, e.g. 质检未签字，不得交车.": "中文名称，例如“质检未签字，不得交车”。",
    "Chinese label, e.g. 神秘客暗访.": "中文名称，例如“神秘客暗访”。",
    "Share of the month's service customers to pick, %.": "抽选比例（占当月售后服务客户），单位：%。",
    "Pick at least this many customers (as many as are eligible if fewer).": "至少抽选的人数（符合条件的客户不足时全部抽中）。",
    ("The ruleset's key for the draws (1-64 letters, digits, _ or -); another salt draws afresh. Whoever "
     "reads it can compute the picks: keep the ruleset away from the stores audited."):
        ("规则集用于抽签的密钥（1-64 个字母、数字、_ 或 -）；换一个密钥即重新抽签。"
         "能读到密钥的人就能算出抽选结果：不要让被暗访的门店看到该规则集。"),
    "Chinese label, e.g. 账单逐项列明工时费.": "中文名称，例如“账单逐项列明工时费”。",
    "Chinese label, e.g. 旧件展示.": "中文名称，例如“旧件展示”。",
}
