"""The Chinese of every text a rule author reads (the domain's, its fields' and its
parameters' descriptions), keyed by the English; the admin shows them (core/domain_texts.py)."""
ZH = {
    "Which technician takes a workshop job, and what checks it needs.": "车间工单派给哪位技师，以及需要做哪些检查。",
    "What the job is.": "工单内容。",
    "Estimated labour, hours.": "预计工时，单位：小时。",
    "Paid by the manufacturer's warranty.": "由厂家保修承担费用。",
    "The customer's membership tier, if any.": "客户的会员等级（如有）。",
    "Who is on shift.": "当班技师。",
    "e.g. electrical, transmission.": "例如：电气、变速箱。",
    "Hours already booked today.": "今天已排的工时，单位：小时。",
    "Shown to the technician, in Chinese.": "显示给技师的说明（中文）。",
}
