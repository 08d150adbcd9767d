"""Simplified Chinese of the texts the parts domain shows rule authors (core/domain_texts.py)."""

ZH = {
    "Which parts to reorder now, from their stock, the supplier's lead time and their use in repairs.":
        "根据库存、供应商供货周期和维修用量，判断现在哪些配件需要补货。",
    "Raise a reorder for every part below its reorder point (once per part).":
        "库存低于补货点的每个配件都提出补货（每个配件只提一次）。",
    "The store (for the caller's reference).": "门店（供调用方对照）。",
    "The parts to check.": "要检查的配件。",
    "A part the store keeps in stock.": "门店备有库存的一个配件。",
    "Part code, e.g. brake_pads_front.": "配件代码，例如 brake_pads_front。",
    "The part's name staff read, e.g. 前刹车片.": "员工看到的配件名称，例如“前刹车片”。",
    "Units on the shelf now.": "当前货架上的数量，单位：件。",
    "Units ordered from the supplier and not received yet.": "已向供应商订货、尚未到货的数量，单位：件。",
    "The supplier's lead time, days from order to arrival.": "供应商供货周期：从订货到到货的天数。",
    ("Units fitted per day, from the repair history; days without use may be left out; days outside "
     "the usage window are ignored."):
        "维修记录中每天装用的数量；没有用量的日子可以不列；用量统计期以外的日子不计入。",
    "Units of the part fitted on one day, from the repair history.": "维修记录中该配件某一天装用的数量。",
    "The local date.": "日期（当地日期）。",
    "Units fitted in repairs that day.": "当天维修装用的数量，单位：件。",
    "Derived: in_stock + on_order, units.": "系统自动计算：in_stock + on_order（货架库存加在途），单位：件。",
    ("Derived: units fitted in the usage window (settings.usage_window_days, 90 by default, ending on "
     "the evaluation date, that day included)."):
        ("系统自动计算：用量统计期内装用的数量（统计期为 settings.usage_window_days 天，默认 90 天，"
         "截至评估日期，含当天）。"),
    "Derived: used_in_window / usage_window_days, units per day, rounded to 0.0001 for reading.":
        "系统自动计算：used_in_window / usage_window_days，即日均用量（件/天），为便于阅读保留到 0.0001。",
    ("Derived: average daily use x lead_time_days x settings.safety_factor (1.5 by default), units, "
     "rounded up to 0.01."):
        "系统自动计算：日均用量 x lead_time_days x settings.safety_factor（默认 1.5），单位：件，向上取到 0.01。",
    "Derived: stock_position < reorder_point, computed exactly.":
        "系统自动计算：stock_position < reorder_point（库存低于补货点），精确比较。",
    "In the order the parts were sent.": "按传入配件的顺序排列。",
    "A part whose stock is below its reorder point: order it now.": "库存低于补货点的配件：现在就要订货。",
    "Part code.": "配件代码。",
    "The part's name staff read.": "员工看到的配件名称。",
    "Chinese label from the rule, e.g. 库存预警：建议补货.": "规则中的中文名称，例如“库存预警：建议补货”。",
    "In stock plus on order, units.": "货架库存加在途数量，单位：件。",
    "Average daily use x lead time x safety factor, units.": "日均用量 x 供货天数 x 安全系数，单位：件。",
    "Units per day over the usage window.": "用量统计期内的日均用量，单位：件/天。",
    "The supplier's lead time, days.": "供应商供货周期，单位：天。",
    "The fewest units that bring the stock position up to the reorder point.":
        "使库存（含在途）回到补货点所需的最少订货数量，单位：件。",
    "The rule that raised it.": "提出补货的规则。",
    ("Days of repair history the average daily use is taken over, ending on the evaluation date, "
     "that day included."):
        "计算日均用量所取的维修记录天数，截至评估日期，含当天。",
    ("Multiplier of the expected use during the lead time: the reorder point is average daily use x "
     "lead time days x this."):
        "供货期内预计用量的放大系数：补货点 = 日均用量 x 供货天数 x 该系数。",
    "Chinese label, e.g. 库存预警：建议补货.": "中文名称，例如“库存预警：建议补货”。",
}
