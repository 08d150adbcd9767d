"""The Simplified Chinese of the admin's interface, by English text: the source that
``python -m web.admin.translations.build`` turns into zh/LC_MESSAGES/messages.po and .mo.
Terms follow core/messages.py (规则集, 草稿, 测试用例, 事实数据, 领域)."""

ZH = {
    # audit actions
    "installed with the shipped rulesets": "随系统安装的初始规则集",
    "draft saved": "保存草稿", "draft discarded": "放弃草稿", "validated": "检查规则",
    "test cases run": "运行测试用例", "tried on facts": "试算", "published": "发布",
    "publish refused": "发布被拒绝", "rolled back": "恢复旧版本", "rollback refused": "恢复被拒绝",
    "API key created": "创建 API 密钥", "API key revoked": "吊销 API 密钥",
    "group created": "创建集团", "role granted": "授予角色", "user created": "创建用户",
    "password set": "设置密码", "signed in": "登录", "signed out": "退出登录",
    "sign-in failed": "登录失败", "sign-in locked": "登录被锁定",
    "sign-in refused (locked)": "锁定期间尝试登录",
    "API key %(key)s": "API 密钥 %(key)s", "system": "系统",
    # flashes and errors
    "Draft saved, with %(n)s problem(s) to fix before it can be published.":
        "草稿已保存，但还有 %(n)s 个问题，改正后才能发布。",
    "Draft saved. It is valid; run the test cases, then publish.":
        "草稿已保存，检查无误。请运行测试用例，然后发布。",
    "The draft was discarded; the published version is unchanged.": "草稿已放弃，已发布的版本不受影响。",
    "Someone else changed this ruleset since you opened the page (revision %(given)s, now %(current)s). Nothing was changed; here is the current one.":
        "在您打开页面之后，其他人修改了这个规则集（您看到的是第 %(given)s 次修订，现在是第 %(current)s 次）。本次操作未做任何更改，下面是最新内容。",
    "The facts are not valid JSON: write them like %(example)s.":
        "事实数据不是有效的 JSON，请按这样的格式填写：%(example)s。",
    "The evaluation time is not a valid date and time.": "评估时间不是有效的日期时间。",
    "With the same facts the answer changes by itself at %(time)s (a deadline, a callback, a spend window, a rule's validity window): a calling system asks again then.":
        "事实数据不变时，结果将在 %(time)s 自动变化（期限到期、回访时间到、消费统计周期滚动或规则有效期开始/结束）：调用系统可在那时再次查询。",
    "The ruleset has problems; fix them in the editor first.": "规则集有问题，请先在编辑器中改正。",
    "These facts could not be evaluated: %(detail)s": "无法用这些事实数据计算：%(detail)s",
    "This rule is written in a way the switch cannot change; edit it in the editor.":
        "这条规则的写法无法用开关修改，请在编辑器中修改。",
    "Rule %(rule)s switched on": "已启用规则 %(rule)s", "Rule %(rule)s switched off": "已停用规则 %(rule)s",
    " (saved in the draft; publish to apply it).": "（已存入草稿，发布后生效）。",
    "evaluate": "评估", "read rulesets": "读取规则集", "try drafts": "试算草稿",
    "Give the key a name and at least one permission.": "请为密钥填写名称，并至少选择一项权限。",
    "The key %(label)s is revoked; every server refuses it within a second.":
        "密钥“%(label)s”已吊销，所有服务器将在一秒内拒绝它。",
    "Enter a delivery date like 2026-09-28.": "请输入交车日期，例如 2026-09-28。",
    "This group has no published callbacks ruleset.": "本集团还没有已发布的客户回访规则集。",
    "delivery": "交车", "Callback plan": "回访计划",
    "No callbacks are planned for this date.": "这个交车日期没有安排回访。",
    "The facts must be JSON and the time a date and time.": "事实数据须为 JSON，时间须为日期时间。",
    "This group has no published SLA ruleset.": "本集团还没有已发布的服务时效规则集。",
    "These facts start no deadline.": "这些事实数据没有触发任何时限。",
    "met": "已达成", "breached": "已超时", "at risk": "即将超时", "on track": "进行中",
    "not started": "未开始", "business hours": "营业时间计时", "around the clock": "全天计时",
    "calendar days": "自然日计时", "due %(time)s": "截止 %(time)s", "done": "完成", "now": "现在",
    "SLA deadlines": "服务时效", "store closed (not counted)": "门店休息（不计时）",
    "Rule hits per hour, last 24 hours": "最近 24 小时每小时规则命中次数",
    "There is no such version to compare.": "没有可比较的这个版本。",
    "draft": "草稿", "version %(n)s": "第 %(n)s 版",
    "Published as version %(n)s. Every server uses it within a second or two.":
        "已发布为第 %(n)s 版，所有服务器将在一两秒内开始使用。",
    "Rolled back to version %(n)s": "恢复到第 %(n)s 版",
    "Version %(old)s is published again, as version %(n)s.": "已重新发布第 %(old)s 版的内容，成为第 %(n)s 版。",
    "This form has expired or did not come from this site. Go back, reload the page and try again.":
        "表单已过期，或并非来自本站。请返回并刷新页面后重试。",
    "You do not have the role this needs.": "您没有执行此操作所需的角色。",
    "There is nothing here.": "这里没有内容。",
    "This page does not accept that request.": "此页面不接受这种请求。",
    "The request could not be handled.": "无法处理这个请求。",
    "This needs the %(role)s role in %(group)s.": "此操作需要您在%(group)s拥有“%(role)s”角色。",
    "viewer": "查看者", "editor": "编辑者", "publisher": "发布者", "administrator": "管理员",
    "Wrong user name or password.": "用户名或密码错误。",
    "Too many failed sign-ins for this user from this address. Try again after %(time)s.":
        "此用户从该地址登录失败次数过多，请在 %(time)s 之后再试。",
    "Choose your password": "设置您的密码",
    "You signed in with a one-time password. Choose your own password to go on; until you do, this account opens no other page and cannot use the API.":
        "您使用的是一次性密码。请先设置自己的密码再继续；设置之前，此账号打不开其他页面，也不能使用 API。",
    "You are signed out.": "您已退出登录。",
    "Something went wrong on our side (request %(id)s). Please try again; if it happens again, tell your administrator.":
        "系统出现意外错误（请求编号 %(id)s）。请重试；如果再次出现，请联系管理员。",
    # layout and navigation
    "Audit log": "操作日志", "User": "用户", "everyone": "所有人", "Domain": "业务领域", "all": "全部",
    "Action": "操作", "From": "从", "To": "到", "Filter": "筛选", "Clear": "清除",
    "Older entries": "更早的记录", "Dealer rules": "经销商规则平台", "Skip to content": "跳到正文",
    "Main": "主导航", "Dashboard": "概览", "API keys": "API 密钥", "Reference": "规则参考",
    "Language": "语言", "Sign out": "退出登录", "Times in %(zone)s.": "时间均为 %(zone)s 时区。",
    "You have no role in any dealer group yet. Ask an administrator.": "您还没有任何集团的角色，请联系管理员。",
    "Published": "已发布", "Draft": "草稿", "not published": "未发布", "No rulesets yet.": "还没有规则集。",
    "Recent changes": "最近变更", "Changes": "变更对比", "Compare": "对比", "with": "与",
    "Show the differences": "显示差异", "Rules added: %(ids)s.": "新增规则：%(ids)s。",
    "Rules removed: %(ids)s.": "删除规则：%(ids)s。", "Rules changed: %(ids)s.": "修改规则：%(ids)s。",
    "No rule differs.": "规则没有差异。", "The two texts are the same.": "两个版本内容相同。",
    # editor
    "Edit": "编辑",
    "Not saved: someone else changed this ruleset while you were editing (you started from revision %(given)s, it is now %(current)s). Your text is still below.":
        "未保存：您编辑期间，其他人修改了这个规则集（您是从第 %(given)s 次修订开始编辑的，现在是第 %(current)s 次）。您的内容仍保留在下方。",
    "See their change (new tab)": "查看对方的修改（新标签页）", "Ruleset (YAML)": "规则集（YAML）",
    "Warning": "提醒",
    "What changed": "改了什么",
    "What changed in version %(n)s": "第 %(n)s 版改了什么",
    "and %(n)s more": "另有 %(n)s 项",
    "added": "新增",
    "removed": "删除",
    "No rule, condition or value differs (only comments, notes or test cases, if anything).":
        "规则、条件和数值都没有变化（如有不同，只在注释、说明或测试用例中）。",
    "YAML, line by line": "YAML 逐行对比",
    "Problems": "问题", "Checking…": "正在检查…", "No problems: the ruleset is valid.": "没有问题，规则集有效。",
    "Could not check just now; saving still works.": "暂时无法检查，但仍可保存。",
    "line %(n)s": "第 %(n)s 行", "What changed (for the history)": "修改说明（记入历史）",
    "Save draft": "保存草稿", "Save mine over their change": "用我的内容覆盖对方的修改",
    "Saving keeps the draft; nothing changes for customers until it is published.":
        "保存只更新草稿；发布之前，对客户没有任何影响。",
    "Discard the draft? The published version stays as it is.": "放弃草稿吗？已发布的版本保持不变。",
    "Discard the draft": "放弃草稿",
    "Not found": "找不到页面", "Not allowed": "没有权限", "Something went wrong": "出错了",
    "Back to the dashboard": "返回概览",
    # group page
    "In use now": "当前生效", "Pages": "页面", "Try it": "试算", "Versions": "版本历史",
    "Pictures": "图表", "The callbacks of a sample delivery date on a timeline": "按交车日期查看回访时间轴",
    "The deadlines of a sample case, with the hours the store is closed": "查看示例案例的各项时限及门店休息时段",
    "Rule hits": "规则命中", "How often each rule applied in the last 24 hours": "最近 24 小时每条规则的命中次数",
    # history
    "Version": "版本", "State": "状态", "By": "操作人", "Comment": "说明", "in use": "生效中",
    "earlier": "历史版本", "changes": "查看变更",
    "Publish version %(n)s again? Every system will use it within seconds.":
        "确定重新发布第 %(n)s 版吗？所有系统将在几秒内改用这个版本。",
    "Roll back to this version": "恢复到此版本",
    # keys
    "Other systems (showroom tablets, the workshop system, the call centre) use a key to ask this group's rules. A key is shown once, when it is created.":
        "展厅平板、维修车间系统、呼叫中心等其他系统通过密钥调用本集团的规则。密钥只在创建时显示一次。",
    "The key “%(label)s” was created. Copy it now: it will not be shown again.":
        "密钥“%(label)s”已创建。请立即复制，之后不会再显示。",
    "Copied": "已复制", "Copy": "复制", "Name": "名称", "Key starts with": "密钥开头",
    "Permissions": "权限", "Created": "创建", "Last used": "最近使用", "revoked %(time)s": "已于 %(time)s 吊销",
    "active": "有效", "Revoke the key “%(label)s”? Systems using it stop working at once.":
        "确定吊销密钥“%(label)s”吗？使用它的系统将立即无法调用。",
    "Revoke": "吊销", "No keys yet.": "还没有密钥。", "New key": "新建密钥",
    "Name (which system uses it)": "名称（哪个系统使用）", "Create the key": "创建密钥",
    # login
    "Sign in": "登录", "Edit, test and publish your dealer group's rules.": "编辑、测试并发布您所在集团的业务规则。",
    "User name": "用户名", "Password": "密码",
    # ruleset tabs
    "Ruleset": "规则集", "Rules": "规则", "Test cases": "测试用例", "Publish": "发布",
    "published: version %(n)s": "已发布：第 %(n)s 版", "draft by %(who)s, %(time)s": "%(who)s 的草稿，%(time)s",
    "no draft": "无草稿", "revision %(n)s": "第 %(n)s 次修订",
    "When": "时间", "Who": "操作人", "What": "操作", "Group": "集团", "Details": "详情",
    "to version %(n)s": "恢复到第 %(n)s 版", "%(n)s problem(s)": "%(n)s 个问题",
    "%(n)s failing case(s)": "%(n)s 个用例未通过", "Nothing recorded yet.": "暂无记录。",
    # callbacks picture
    "The callbacks the group's published callbacks rules plan for a car delivered on this date.":
        "按本集团已发布的回访规则，为在这一天交车的客户安排的回访。",
    "Delivery date": "交车日期", "Show the plan": "查看计划",
    "Each dot is one call, at the time it will be made (after moving off holidays and out-of-hours).":
        "每个圆点是一次回访，位置是实际拨打的时间（已避开节假日和非工作时段）。",
    "Call": "回访", "Due": "应回访日", "Call at": "拨打时间", "Purpose": "目的", "Topics": "话题",
    "Notes": "备注", "moved": "已顺延", "also covers %(ids)s": "合并了 %(ids)s",
    "The holidays of this year are not published yet: check this date by hand.":
        "这一年的法定节假日尚未公布，请人工核对日期。",
    "holidays not yet known": "节假日未公布",
    # hits picture
    "Rule hits, last 24 hours": "最近 24 小时规则命中",
    "How often each rule applied in evaluations through the API since %(time)s. Counts are written every half minute.":
        "自 %(time)s 起，通过 API 评估时每条规则生效的次数。统计数据每半分钟写入一次。",
    "Show": "查看", "%(n)s rule hits in total.": "共命中 %(n)s 次。", "Rule": "规则", "Hits": "命中次数",
    "Per hour": "每小时", "No rule applied in the last 24 hours.": "最近 24 小时没有规则生效。",
    # sla picture
    "The deadlines the group's published SLA rules set for a sample case. Hatched parts of a bar are hours the store is closed: they do not count on a business-hours clock.":
        "按本集团已发布的服务时效规则，为示例案例设定的各项时限。条形中的斜线部分是门店休息时段，按营业时间计时的时限不计入。",
    "Sample case (a test case)": "示例案例（测试用例）", "— the example below —": "— 使用下方示例 —",
    "Now (evaluation time)": "当前时间（评估时间）", "Facts (JSON)": "事实数据（JSON）",
    "Show the deadlines": "查看时限", "time counted": "计时时段", "Deadline": "时限", "Started": "开始",
    "Done": "完成", "Due by": "截止时间", "Status": "状态", "%(n)s min late": "超时 %(n)s 分钟", "%(n)s min left": "剩余 %(n)s 分钟",
    # publish
    "Not rolled back: version %(n)s no longer passes its checks.": "未恢复：第 %(n)s 版已无法通过检查。",
    "Not published: the draft must be valid and pass every test case.": "未发布：草稿必须没有问题，并通过所有测试用例。",
    "There is no draft to publish. Edit the rules first; the draft is published from here.":
        "没有可发布的草稿。请先编辑规则，再回到这里发布草稿。",
    "%(n)s problem(s) in the draft": "草稿中有 %(n)s 个问题", "The draft is valid": "草稿检查无误",
    "%(n)s test case(s) fail": "%(n)s 个测试用例未通过", "All %(n)s test cases pass": "全部 %(n)s 个测试用例通过",
    "Test cases pass": "测试用例通过", "Failing test case": "未通过的测试用例", "Why": "原因",
    "See what the draft changes": "查看草稿改了什么", "Comment (why this change)": "发布说明（为什么修改）",
    "Publish as version %(n)s": "发布为第 %(n)s 版",
    "Publishing is blocked until the problems above are fixed.": "改正上述问题之前无法发布。",
    "Publishing needs the publisher role.": "发布需要“发布者”角色。",
    # reference
    "Reference for rule authors": "规则编写参考",
    "What each domain's rules can test (facts) and do (actions), generated from the installed plugins. Fields marked derived are computed before the rules run.":
        "各业务领域的规则可以判断哪些事实数据、可以执行哪些动作，根据已安装的插件自动生成。标注为派生（derived）的字段会在规则执行前自动计算。",
    "Domains": "业务领域", "Plugins": "插件", "Plugin: %(plugin)s.": "插件：%(plugin)s。",
    "Facts": "事实数据", "Field": "字段", "Type": "类型", "Allowed values": "可选值",
    "Meaning and unit": "含义与单位", "number": "数字", "text": "文本", "yes/no": "是/否",
    "date": "日期", "date and time": "日期时间", "group of fields": "字段组", "list": "列表",
    "list of %(kind)s": "%(kind)s列表", "optional": "可选", "Actions": "动作", "Parameter": "参数", "Required": "必填",
    "Default": "默认值", "Default policy": "默认政策", "Meaning": "含义", "yes": "是", "no": "否", "No parameters.": "无参数。",
    "Settings": "设置", "Setting": "设置项", "Plugin": "插件", "Hooks": "钩子",
    "one of %(values)s": "以下之一：%(values)s", ", ": "、", " or ": "或",
    "%(type)s, may be empty": "%(type)s（可为空）", "table of %(kind)s": "%(kind)s对照表",
    "table": "对照表", "amount of money (CNY)": "金额（元）", "time of day": "时刻",
    "length of time": "时长", "empty": "空", "value": "值",
    # why each rule applied or not (templates/admin/_explanation.html)
    "Why each rule applied or not": "每条规则为何生效或未生效", "as written": "规则原文",
    "applied": "已生效", "No rules.": "没有规则。",
    # the 403 page's way forward
    "To get the %(role)s role, ask an administrator of this group: %(names)s.":
        "如需%(role)s角色，请联系本集团的管理员：%(names)s。",
    "This group has no administrator yet: ask whoever runs dealer-rules to grant the %(role)s role (the dealer-rules users command).":
        "本集团还没有管理员：请联系 dealer-rules 的运维人员授予%(role)s角色（dealer-rules users 命令）。",
    "An administrator of the group can grant roles on its People page.":
        "集团管理员可以在“人员”页面授予角色。",
    # ruleset table
    "Showing the published version.": "当前显示的是已发布版本。", "Show the draft": "显示草稿",
    "Showing the draft (not in use until published).": "当前显示的是草稿（发布后才生效）。",
    "Show the published version": "显示已发布版本",
    "This version has problems, so its rules cannot be listed. Fix them in the editor.":
        "这个版本有问题，无法列出规则。请在编辑器中改正。",
    "Builds on the rules of: %(chain)s.": "继承自：%(chain)s。", "Hit policy: %(policy)s.": "命中策略：%(policy)s。",
    "every applicable rule applies": "所有符合条件的规则都生效",
    "only the first applicable rule applies": "只有第一条符合条件的规则生效",
    "Title": "标题", "Condition": "条件", "Priority": "优先级", "Valid": "有效期", "Source": "来源",
    "On": "启用", "always": "长期", "inherited": "继承", "overridden": "已覆盖", "own": "本集团",
    "Switch off %(rule)s": "停用 %(rule)s", "Switch on %(rule)s": "启用 %(rule)s", "on": "启用", "off": "停用",
    "Inherited rule switched off in this group": "本集团已停用的继承规则", "YAML source": "YAML 源文本",
    # tests
    "Each test case is a sample customer and what the rules must decide for it. They run against the draft (if any), else the published version.":
        "每个测试用例是一位示例客户，以及规则对他应作出的判断。有草稿时用草稿运行，否则用已发布版本。",
    "Run the %(n)s test cases": "运行 %(n)s 个测试用例",
    "The ruleset has problems, so the test cases cannot run.": "规则集有问题，无法运行测试用例。",
    "%(passed)s passed, %(failed)s failed": "%(passed)s 个通过，%(failed)s 个未通过",
    "Result": "结果", "Test case": "测试用例", "Why it failed": "未通过原因", "pass": "通过", "fail": "未通过",
    # try it
    "Rules to use": "使用的规则", "the draft (if any), else the published version": "草稿（没有草稿时用已发布版本）",
    "the published version": "已发布版本", "Sample customer (a test case)": "示例客户（测试用例）",
    "— paste facts below —": "— 在下方粘贴事实数据 —", "Evaluation time": "评估时间", "Decision": "判断结果",
    "Judged at %(time)s, with %(which)s.": "按 %(time)s 的时间，使用%(which)s判断。", "the draft": "草稿",
    "Rules that applied (%(n)s)": "生效的规则（%(n)s 条）", "because": "条件", "No rule applied.": "没有规则生效。",
    "Rules that did not apply (%(n)s)": "未生效的规则（%(n)s 条）", "Why not": "未生效原因",
    "Failing part": "不满足的部分", "Values": "实际值", "its condition is false": "条件不满足",
    "switched off": "已停用", "outside its validity window": "不在有效期内",
    "another rule of its exclusive group applied": "同一互斥组中的另一条规则已生效",
    "(missing)": "（缺失）",
    # my account and the people of a group
    "My account": "我的账号", "Roles": "角色", "%(role)s in every group": "所有集团的%(role)s",
    "%(role)s in %(group)s": "%(group)s的%(role)s",
    "No role yet: ask an administrator of your dealer group.": "还没有角色，请联系所在集团的管理员。",
    "Change my password": "修改密码", "Current password": "当前密码",
    "New password (at least %(n)s characters)": "新密码（至少 %(n)s 个字符）",
    "New password again": "再次输入新密码", "Change the password": "修改密码",
    "My name": "我的姓名", "Name shown to colleagues": "同事看到的姓名", "Save the name": "保存姓名",
    "The new password needs at least %(n)s characters.": "新密码至少需要 %(n)s 个字符。",
    "The two new passwords differ.": "两次输入的新密码不一致。",
    "The new password is the same as the current one.": "新密码与当前密码相同。",
    "The current password is not right.": "当前密码不正确。",
    "Your password is changed. Other sessions of yours are signed out.":
        "密码已修改，您在其他地方的登录已全部退出。",
    "Give a name.": "请填写姓名。", "Your name is changed.": "姓名已修改。",
    "People": "人员", "Full name": "姓名", "Role here": "本集团角色", "Role of %(user)s": "%(user)s 的角色",
    "Colleagues who sign in to this group's rules, and what each may do: a viewer reads, an editor edits drafts, a publisher also publishes, an administrator also manages people and API keys.":
        "可以登录管理本集团规则的同事及其权限：查看者只能查看，编辑者可以编辑草稿，发布者还可以发布，管理员还可以管理人员和 API 密钥。",
    "%(user)s can now sign in with this one-time password. Give it to them in person or by phone; it is not shown again, and they change it under My account after signing in.":
        "%(user)s 现在可以用这个一次性密码登录。请当面或电话告知本人；密码不会再次显示，对方登录后在“我的账号”中修改。",
    "%(user)s has a new one-time password. Give it to them in person or by phone; it is not shown again, and they change it under My account after signing in.":
        "已为 %(user)s 生成新的一次性密码。请当面或电话告知本人；密码不会再次显示，对方登录后在“我的账号”中修改。",
    "disabled": "已停用", "every group": "所有集团", "you": "本人", "Change": "修改",
    "New password": "重置密码", "Remove": "移除",
    "Give %(user)s a new one-time password? Their current password stops working at once.":
        "为 %(user)s 重置一次性密码？对方当前的密码会立即失效。",
    "Take away the role of %(user)s here? They can no longer see this group.":
        "收回 %(user)s 在本集团的角色？对方将无法再查看本集团。",
    "Add a colleague": "添加同事",
    "Someone who already signs in for another group keeps their password and gets a role here too.":
        "已在其他集团登录使用的同事保留原密码，只是在本集团也获得一个角色。",
    "User name (to sign in with)": "用户名（登录用）", "Add": "添加",
    "A user name is 2 to 100 letters, digits, dots, dashes or underscores, e.g. wang.mei.":
        "用户名为 2 到 100 个字母、数字、点、短横线或下划线，例如 wang.mei。",
    "Choose a role.": "请选择角色。",
    "%(user)s already has a role here; change it in the table.": "%(user)s 在本集团已有角色，请在表格中修改。",
    "%(user)s, who already had a login, is now %(role)s here.": "%(user)s 已有登录账号，现为本集团的%(role)s。",
    "%(user)s is now %(role)s here.": "%(user)s 现为本集团的%(role)s。",
    "%(user)s no longer has a role here.": "%(user)s 在本集团已没有角色。",
    "Nobody changes their own role; ask another administrator.": "不能修改自己的角色，请找其他管理员。",
    "A role in every group is set with the dealer-rules users command.":
        "所有集团的角色需用 dealer-rules users 命令设置。",
    "%(user)s also works in groups you do not administer; their administrator can give a new password.":
        "%(user)s 还在您不管理的集团工作，请由那边的管理员重置密码。",
    "own password changed": "修改本人密码", "name changed": "修改姓名", "role removed": "收回角色",
    "%(user)s has a login but no role in any group; the dealer-rules users command can give them one.":
        "%(user)s 已有登录账号，但在任何集团都没有角色；请用 dealer-rules users 命令为其授予角色。",
    "%(user)s has a role in every group already.": "%(user)s 已是所有集团的角色，无需在此添加。",
    "Someone else added %(user)s just now; look at the table.": "其他管理员刚刚添加了 %(user)s，请查看表格。",
    "password change refused": "修改密码被拒绝",
    "A value you entered cannot be stored (for example an invisible control character); nothing was changed.":
        "您填写的某个值无法保存（例如含有不可见的控制字符），未做任何更改。",
    "valid from %(start)s to %(end)s, both included": "有效期 %(start)s 至 %(end)s（含首尾）",
    "%(winner)s applied first in the exclusive group %(group)s": "互斥组 %(group)s 中已由 %(winner)s 生效",
    "%(winner)s applied first": "已由 %(winner)s 先行生效",
    # a base group changed under a child group (core/store/base_changes.py)
    "the rules it builds on changed": "所继承的规则已变更", "parent group set": "设置上级集团",
    "%(group)s published version %(n)s": "%(group)s 发布了第 %(n)s 版",
    "its test cases still pass": "本集团的测试用例仍然通过",
    "%(base)s published version %(n)s of the rules %(domain)s builds on. Since then, this group's own ruleset no longer passes:":
        "%(domain)s 所继承的 %(base)s 规则已发布第 %(n)s 版。此后，本集团自己的规则集未能通过检查：",
    "failing test cases: %(names)s.": "未通过的测试用例：%(names)s。",
    "it has %(n)s problem(s): see the editor.": "有 %(n)s 个问题，请在编辑器中查看。",
    "It is still served as before, with the new base rules. Check it and publish a fix.":
        "它仍在照常使用（已套用新的上级规则）。请检查并发布修正。",
    "Run the test cases": "运行测试用例",
    # the store unavailable (web/admin/outage.py)
    "Rules store unavailable": "规则库暂时无法访问",
    "The rules store cannot be reached right now. If you were saving something, it was not saved; nothing saved before is lost.":
        "现在暂时连不上规则库。如果您刚才在保存，这次没有保存成功；之前已保存的内容都不会丢失。",
    "Evaluations for other systems go on with the published rulesets. Please try again in a moment.":
        "其他系统的规则计算仍按已发布的规则集照常进行。请稍后再试。",
    "Try again": "重试",
    # the ruleset page: rules as rows with their values as fields (pages_rules.py)
    "Change a number or a label in its field: it is checked as you type; save to make the draft.":
        "直接在输入框里修改数字或名称：输入时即会检查；保存后成为草稿。",
    "Thresholds and settings": "门槛与设置", "Value": "数值", "What it is": "说明",
    "(not set here: the default applies)": "（本规则集未设置，使用默认值）",
    "set by the group these rules build on": "由所继承的集团规则设定",
    "When it applies": "适用条件", "What it gives": "给予的内容",
    "Switch on or off: %(rule)s": "启用或停用：%(rule)s",
    "Title, priority, validity": "标题、优先级、有效期",
    "A value is needed.": "请填写数值。", "Write a number, like 12 or 1.5.": "请填写数字，例如 12 或 1.5。",
    "Write a whole number.": "请填写整数。", "Must be more than {limit}.": "必须大于 {limit}。",
    "Must be at least {limit}.": "不能小于 {limit}。", "Must be less than {limit}.": "必须小于 {limit}。",
    "Must be at most {limit}.": "不能大于 {limit}。", "{n} problem(s) to fix.": "有 {n} 个问题需要改正。",
    "For developers:": "开发人员：", "edit the YAML source": "编辑 YAML 源文本",
    "YAML editor": "YAML 编辑器", "Made from the numbers": "按数值自动生成",
    "Nothing was changed.": "没有任何修改。",
    "Not saved: someone else changed this ruleset while you were editing (you started from revision %(given)s, it is now %(current)s). Your values are still in the fields; check them against the current rules and save again.":
        "未保存：在您修改期间，其他人修改了这个规则集（您开始时是第 %(given)s 次修订，现在是第 %(current)s 次）。您填写的数值仍保留在输入框中；请对照最新的规则核对后再次保存。",
    "Not saved: %(n)s value(s) are not right. Nothing was changed.":
        "未保存：有 %(n)s 个数值不正确。没有做任何修改。",
    "Draft saved: %(n)s change(s). Nothing changes for customers until it is published.":
        "草稿已保存：共 %(n)s 处修改。发布之前，对客户没有任何影响。",
    "Changed in the rules table: %(changes)s": "在规则表中修改：%(changes)s",
    # decision tables as grids (tables_grid.py)
    "row %(n)s": "第 %(n)s 行", "row {n}": "第 {n} 行", "any": "任意", "Row title": "行标题",
    "Move up": "上移", "Move down": "下移", "Decision table: %(title)s": "决策表：%(title)s",
    "Rows are read from the top: only the first row that matches applies.":
        "从上往下逐行判断：只有第一条符合的行生效。",
    "Every row that matches applies.": "所有符合的行都生效。",
    "An empty cell matches anything. Ranges read like [10000, 30000) (from 10,000 up to, not including, 30,000) or >= 12.":
        "空白单元格表示任意值。区间写成 [10000, 30000)（从 10,000 起，不含 30,000）或 >= 12 这样的形式。",
    "range": "区间", "one of": "其中之一", "gives": "结果", "Move or remove": "移动或删除",
    "Add a row": "添加一行",
    "Write a range like [10000, 30000), >= 12 or < 5000, or leave it empty for any.":
        "请写成 [10000, 30000)、>= 12 或 < 5000 这样的区间，或留空表示任意。",
    "Not saved: %(reason)s Nothing was changed.": "未保存：%(reason)s。没有做任何修改。",
    "decision table rows": "决策表的行",
    # Excel (pages_spreadsheets.py)
    "Excel workbook": "Excel 表格",
    "Download the ruleset's numbers, switches and labels as an Excel workbook, change the values in the Value column, and upload it again. Nothing is saved until every cell is right.":
        "把规则集中的数字、开关和显示名称下载为 Excel 工作簿，在“值”一列中修改后再上传。所有单元格都正确之前，不会保存任何内容。",
    "The workbook holds the draft if there is one, else the published version.":
        "有草稿时工作簿内容为草稿，否则为已发布版本。",
    "Download (Chinese headers)": "下载（中文表头）",
    "Download (English headers)": "下载（英文表头）",
    "Sheet": "工作表", "Row": "行", "Column": "列", "Address": "地址", "Problem": "问题",
    "Upload an edited workbook": "上传修改后的工作簿",
    "Excel file (.xlsx)": "Excel 文件（.xlsx）",
    "Comment (optional)": "备注（可选）",
    "Upload into the draft": "上传到草稿",
    "Choose the Excel file (.xlsx) to upload.": "请选择要上传的 Excel 文件（.xlsx）。",
    "The workbook changes nothing: the draft is as it was.": "工作簿没有任何改动，草稿保持不变。",
    "Someone saved this ruleset since you opened this page; nothing was saved. Download the workbook again and redo your changes.":
        "您打开本页后已有其他人保存了这个规则集，本次未保存任何内容。请重新下载工作簿并再次修改。",
    "Draft saved from the workbook: %(n)s value(s) changed.": "已根据工作簿保存草稿：修改了 %(n)s 个值。",
    # try it with a form; test cases for business users (issue 13)
    "Shipped examples": "随系统提供的示例客户", "Show the JSON too": "同时显示 JSON",
    "For example: %(example)s": "例如：%(example)s", "item": "项目", "CNY": "元",
    "The JSON is not valid yet: the form shows the last valid facts.":
        "JSON 暂时无效：表单显示的是最后一次有效的事实数据。",
    "Save this try as a test case": "将本次试算保存为测试用例",
    "Replace test case %(n)s with this try": "用本次试算替换第 %(n)s 个测试用例",
    "Name of the test case": "测试用例名称",
    "Tick what the rules must keep deciding for this customer; the values are taken from the result above.":
        "勾选规则对该客户必须保持的判定结果；取值来自上方的实际结果，无需手工填写。",
    "Expect": "预期", "Actual value": "实际值",
    "Save as a test case in the draft": "保存为草稿中的测试用例",
    "Edit test cases": "编辑测试用例",
    "Edit test cases (accept actual results, save tries as cases)":
        "编辑测试用例（接受实际结果、将试算保存为用例）",
    ("Each case is a sample customer and what the rules must decide for it, run here against the draft "
     "(if any), else the published version. To add one, try a customer and save the try as a test case."):
        "每个测试用例是一位示例客户及规则必须对其作出的判定；此处按草稿（没有草稿时按已发布版本）运行。"
        "要新增用例，请先试算一位客户，再将试算保存为测试用例。",
    "Try a customer": "试算一位客户", "Rules:": "相关规则：", "Open in Try it": "在试算中打开",
    "Accept the actual result": "接受实际结果", "Delete": "删除", "Cancel": "取消",
    "Delete this test case from the draft?": "要从草稿中删除这个测试用例吗？",
    "No test cases yet.": "还没有测试用例。",
    "Test case %(n)s: %(name)s": "第 %(n)s 个测试用例：%(name)s",
    "The case will expect what the draft decides now. These expectations change:":
        "该用例将以草稿当前的判定结果为预期。以下预期会改变：",
    "Expectation": "预期项", "Expected until now": "原预期", "Will expect (actual)": "新预期（实际结果）",
    "rule %(id)s": "规则 %(id)s", "applies": "生效", "does not apply": "不生效",
    "(dropped: no such rule)": "（删除：没有这条规则）",
    "(dropped: the result has no such field)": "（删除：结果中没有该字段）",
    "Save these changes in the draft": "将这些修改保存到草稿",
    "The case already expects the actual result; nothing to change.": "该用例的预期已与实际结果一致，无需修改。",
    "Back to the test cases": "返回测试用例",
    "The test case now expects the actual result (%(n)s change(s)); saved in the draft.":
        "该测试用例已改为以实际结果为预期（%(n)s 处修改），已保存到草稿。",
    "The test case was deleted from the draft.": "已从草稿中删除该测试用例。",
    "The facts are not valid JSON.": "事实数据不是有效的 JSON。",
    "Give the test case a name.": "请为测试用例填写名称。",
    "%(path)s is not in the actual result.": "实际结果中没有 %(path)s。",
    "Test case “%(name)s” saved in the draft.": "测试用例“%(name)s”已保存到草稿。",
    # the shipped sample customers of Try it (examples/facts/<domain>-<what>.json)
    "Example: delivered 2026 09 28": "示例：2026年9月28日交车的客户",
    "Example: national day": "示例：首月回访逢国庆假期",
    "Example: open complaint": "示例：有未结投诉的客户",
    "Example: opted out": "示例：已要求停止回访的客户",
    "Example: brake pads": "示例：刹车片磨损的车辆",
    "Example: family discount": "示例：家庭用车客户要求优惠",
    "Example: quiet maintenance": "示例：近期保养正常的车辆",
    "Example: store stock": "示例：门店配件库存",
    "Example: advisor service star": "示例：服务之星评选的顾问",
    "Example: brake pads handover": "示例：刹车片维修交车",
    "Example: complaint friday": "示例：周五收到的投诉",
    "Example: enquiry friday evening": "示例：周五晚上的售前咨询",
    "Example: enquiry new year": "示例：元旦期间的售前咨询",
    "Example: order low nps": "示例：NPS 评分低的订单",
    "Example: reception transmission": "示例：变速箱故障接车",
    "Example: gold maintenance": "示例：金卡会员保养",
    "Example: referred new customer": "示例：被推荐的新客户",
    "Example: referrer": "示例：推荐了新客户的老客户",
    # hit chart: every rule, windows, versions (issue 13)
    "How often each rule applied in evaluations through the API since %(time)s, split by the version that was published then. Counts are written every half minute.":
        "自 %(time)s 起，通过 API 评估时每条规则生效的次数，按当时已发布的版本分开统计。统计数据每半分钟写入一次。",
    "last 24 hours": "最近 24 小时", "last 7 days": "最近 7 天", "last 30 days": "最近 30 天",
    "Time window": "时间范围",
    "Rule hits per 6 hours, last 7 days": "最近 7 天每 6 小时规则命中次数",
    "Rule hits per day, last 30 days": "最近 30 天每天规则命中次数",
    "A dashed line marks where a new version was published.": "虚线处发布了新版本。",
    "per day": "每天", "Over time": "走势",
    "(switched off)": "（已停用）", "(not in the published version any more)": "（现已发布的版本中已没有这条规则）",
    "never applied in this window": "这段时间内从未生效",
    "This ruleset has no rules.": "这个规则集没有规则。",
    "This group has no published ruleset yet.": "本集团还没有已发布的规则集。",
    # publish page: test cases after the page is shown
    "Running the %(n)s test case(s)…": "正在运行 %(n)s 个测试用例…",
    "The test cases could not be run here; run them on the test cases page.":
        "无法在此运行测试用例，请到“测试用例”页面运行。",
    # SLA picture: durations in words, business-time axis
    "%(time)s late": "超时 %(time)s", "%(time)s left": "还剩 %(time)s", "Allowed time": "时限",
    "A night or a weekend the store is closed takes only a narrow strip on the time axis, so each bar is as long as the business time it counts.":
        "门店休息的夜间和周末在时间轴上只占一窄条，因此每个条形的长度就是它计入的营业时间。",
    "How often each rule applied, by version, over 24 hours to 30 days; rules that never apply stand out":
        "每条规则在最近 24 小时至 30 天内按版本统计的生效次数，从未生效的规则一目了然",
    "Rule hits, %(window)s": "规则命中（%(window)s）",
    "Time axis": "时间轴", "business time (closed hours narrow)": "营业时间（休息时段压缩）",
    "clock time": "实际时间",
    # the impact of the draft on the publish page (templates/admin/_impact.html, pages_impact.py)
    "Impact of the draft": "草稿的影响",
    "The same customers decided by the published version and by the draft: how many answers change, how, and what it costs.":
        "用已发布版本和草稿分别为同一批客户计算：有多少结果会变、怎么变、要多花（或少花）多少钱。",
    "Replaying…": "正在回放…",
    "Replaying the recorded evaluations with both versions…": "正在用两个版本回放记录下来的计算请求…",
    "%(n)s customers replayed: %(changed)s decisions change, %(unchanged)s stay the same.":
        "共回放 %(n)s 位客户：%(changed)s 个结果会改变，%(unchanged)s 个不变。",
    "%(n)s could not be decided by either version.": "另有 %(n)s 位客户两个版本都无法计算。",
    "From the recorded evaluations of other systems.": "数据来自其他系统调用时记录下来的计算请求。",
    "From the file of customers.": "数据来自上传的客户文件。",
    "No evaluations are recorded yet: the sample fills as other systems ask for decisions. Replay a file of customers instead.":
        "还没有记录到计算请求：其他系统调用规则计算后会逐渐积累样本。您也可以上传一个客户文件来回放。",
    "Recording of evaluations is switched off on this server. Replay a file of customers instead.":
        "本服务器已关闭计算请求的记录。请上传一个客户文件来回放。",
    "No decision changes.": "没有任何结果改变。",
    "Kind of change": "变化类型", "Decisions": "结果数", "Examples (open in Try it)": "示例（在试算中打开）",
    "Customer %(n)s": "客户 %(n)s",
    "starts to apply: %(title)s": "新生效：%(title)s", "stops applying: %(title)s": "不再生效：%(title)s",
    "evaluation error": "计算出错", "answered": "正常计算",
    "Rules applying more or less often": "生效次数变化的规则",
    "Published version": "已发布版本", "Difference": "差额",
    "Amounts and points, summed over the changed decisions": "金额与积分（按改变的结果汇总）",
    "Result field": "结果项", "%(n)s item(s)": "%(n)s 项",
    "Entitlements granted more or less often": "发放次数变化的权益", "Entitlement": "权益",
    "The impact could not be worked out: %(error)s": "无法计算影响：%(error)s",
    "Replayed in %(s)s seconds.": "回放用时 %(s)s 秒。",
    "Or replay a file of customers (.jsonl, .csv or .xlsx; columns are fact paths, as in bulk evaluation)":
        "或者回放一个客户文件（.jsonl、.csv 或 .xlsx；列名为事实数据路径，与批量计算相同）",
    "Replay this file": "回放此文件",
    "Choose a file of customers (.jsonl, .csv or .xlsx).": "请选择一个客户文件（.jsonl、.csv 或 .xlsx）。",
    "The file is too large: at most 20 MB.": "文件太大：最多 20 MB。",
    "The draft has problems; fix them in the editor first.": "草稿有问题，请先在编辑器中改正。",
}
