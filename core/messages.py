"""Error messages rule authors see, in English and Simplified Chinese.

Errors that reach people editing rules carry a message *code* and parameters instead of a
finished English sentence, so the CLI, the API and the admin can each render them in the
reader's language (``error.render("zh")``). A parameter that is itself a ``Term`` (a kind
of value such as "a number") is translated too. tests/core/test_messages.py checks that
every code has both languages with the same placeholders.
"""
from __future__ import annotations

LANGUAGES = ("en", "zh")

TERMS = {
    "number": ("a number", "数字"),
    "string": ("text", "文字"),
    "bool": ("true/false", "是/否值"),
    "date": ("a date", "日期"),
    "datetime": ("a date and time", "日期时间"),
    "duration": ("a duration", "时长"),
    "list": ("a list", "列表"),
    "object": ("a group of fields", "字段组"),
    "end": ("the end of the condition", "条件结尾"),
    "whole_number": ("a whole number", "整数"),
}

CATALOG = {
    # -- documents and values ---------------------------------------------------------------
    "required": ("this field is required", "缺少必填项"),
    "unknown_key": ("unknown field '{name}'{hint}", "未知字段 {name}{hint}"),
    "one_of": ("must be one of {allowed}", "只能是以下之一：{allowed}"),
    "expected_kind": ("must be {kind}", "应为{kind}"),
    "needs_timezone": ("needs a time zone offset, e.g. 2026-11-27T17:40:00+08:00",
                       "需要带时区，例如 2026-11-27T17:40:00+08:00"),
    "pattern_mismatch": ("does not have the expected form ({pattern})", "格式不正确（应符合 {pattern}）"),
    "id_format": ("'{value}' is not a valid id: use lower-case letters, digits and _, starting "
                  "with a letter", "“{value}”不是有效的标识：只能用小写字母、数字和下划线，并以字母开头"),
    "at_least": ("must be at least {limit}", "不能小于 {limit}"),
    "more_than": ("must be more than {limit}", "必须大于 {limit}"),
    "at_most": ("must be at most {limit}", "不能大于 {limit}"),
    "less_than": ("must be less than {limit}", "必须小于 {limit}"),
    "too_short": ("must not be empty", "不能为空"),
    "too_long": ("is too long (at most {limit} characters)", "太长了（最多 {limit} 个字符）"),
    "too_many_items": ("has too many items (at most {limit})", "项目太多（最多 {limit} 项）"),
    "invalid_value": ("invalid value: {detail}", "值无效：{detail}"),
    "listed_more_than_once": ("listed more than once: {items}", "重复列出：{items}"),
    "not_storable": ("a value cannot be stored (nothing was changed): {detail}",
                     "有值无法保存（未做任何更改）：{detail}"),
    "unknown_timezone": ("'{value}' is not a known time zone (e.g. Asia/Shanghai)",
                         "“{value}”不是已知的时区（例如 Asia/Shanghai）"),
    "not_money": ("'{value}' is not an amount of money: write a decimal such as \"1200.00\"",
                  "“{value}”不是金额：请写成小数，例如 \"1200.00\""),
    "reserved_constant": ("'{name}' is a reserved word and cannot name a constant",
                          "“{name}”是保留字，不能用作常量名"),
    "duplicate_rule": ("two rules have the id '{id}'", "有两条规则的标识都是 {id}"),
    "not_a_ruleset": ("a ruleset must be a YAML mapping with domain, group, title and rules",
                      "规则集应为 YAML 映射，包含 domain、group、title 和 rules"),
    # -- decision tables (core/decision_tables.py) ------------------------------------------
    "table_bad_range": ("'{value}' is not a range: write e.g. [10000, 30000), >= 10000 or < 5000",
                        "“{value}”不是区间：请写成 [10000, 30000)、>= 10000 或 < 5000 这样的形式"),
    "table_equals_value": ("must be one value (text, a number or true/false)",
                           "应为单个值（文字、数字或是/否）"),
    "table_one_of_list": ("must be a list of values, e.g. [family, business]",
                          "应为取值列表，例如 [family, business]"),
    "table_unknown_column": ("the table has no column '{name}'{hint}", "表中没有“{name}”这一列{hint}"),
    "table_reserved_column": ("'{name}' cannot name a column (a row's own field: {reserved})",
                              "“{name}”不能用作列名（它是每行自带的字段：{reserved}）"),
    "table_id_length": ("a table's id has at most {limit} characters (its rows' rule ids are "
                        "<id>.row_<n>)", "决策表的标识最多 {limit} 个字符（每行的规则标识是 <标识>.row_<行号>）"),
    "table_duplicate_column": ("two columns are named '{name}'", "有两列都叫“{name}”"),
    "table_every_case": ("every case", "所有情况"),
    "table_overlap": ("rows {a} and {b} overlap at {where}: the first applies (row {a})",
                      "第{a}行与第{b}行在 {where} 重叠：按第{a}行执行"),
    "table_shadowed": ("row {b} can never apply: row {a} comes first and matches every case "
                       "row {b} does", "第{b}行永远不会生效：它符合的情况第{a}行都已先符合"),
    "table_gap": ("between rows {a} and {b}, no row covers {column} {values}",
                  "第{a}行与第{b}行之间，{column} 为 {values} 时没有任何一行符合"),
    "table_value_gap": ("no row covers {column} {values} (rows {rows})",
                        "{column} 为 {values} 时没有任何一行符合（第{rows}行）"),
    "no_such_table": ("the ruleset has no decision table '{id}'", "规则集中没有决策表“{id}”"),
    "no_such_row": ("the table {table} has no row {row} (it has {count})",
                    "决策表 {table} 没有第{row}行（共{count}行）"),
    "bad_cell_address": ("'{address}' is not a table cell address: write "
                         "table:<table>/row_<n>/<column>",
                         "“{address}”不是表格单元格地址：应写成 table:<表>/row_<行号>/<列>"),
    # -- parameters and spreadsheets (core/parameters.py, core/workbook.py) --------------------
    "unknown_parameter": ("there is no value '{address}' in this ruleset",
                          "这个规则集中没有参数 {address}"),
    "parameter_not_editable": ("{address} is written in a way the tables cannot change: change it "
                               "in the YAML editor", "{address} 的写法无法在表格中修改：请在 YAML 编辑器中修改"),
    "parameters_invalid": ("{count} value(s) are not right; nothing was changed",
                           "有 {count} 个值不正确，未做任何更改"),
    "needs_xlsx": ("send the workbook as .xlsx: the request body, or a form upload in field 'file'",
                   "请以 .xlsx 格式发送工作簿：作为请求正文，或用表单字段 file 上传"),
    "workbook_unreadable": ("this file is not an Excel workbook (.xlsx) exported from this ruleset: {detail}",
                            "这个文件不是从本规则集导出的 Excel 工作簿（.xlsx）：{detail}"),
    "workbook_cell": ("sheet {sheet}, row {row}, column {column} ({address}): {problem}",
                      "工作表“{sheet}”第 {row} 行第 {column} 列（{address}）：{problem}"),
    "workbook_cells_invalid": ("{count} cell(s) of the workbook are not right; nothing was saved",
                               "工作簿中有 {count} 个单元格不正确，未保存任何内容"),
    "workbook_other_ruleset": ("the workbook is of ruleset {found}, not {expected}",
                               "这个工作簿属于规则集 {found}，不是 {expected}"),
    # -- compiling a ruleset -------------------------------------------------------------------
    "unknown_domain": ("no plugin provides the domain '{name}'{hint}", "没有插件提供领域 {name}{hint}"),
    "cli_warning": ("warning: {text}", "提醒：{text}"),
    "label_placeholder": ("the label's {{{name}|{unit}}} names no number parameter of this "
                          "action with a known unit",
                          "标签中的 {{{name}|{unit}}} 没有对应的数字参数或单位不认识"),
    "label_contradicts": ("the label says \"{said}\" but {param} is {value} (that reads "
                          "\"{right}\"); leave the label out to make it from the numbers, "
                          "or write {{{param}|{unit}}}",
                          "标签写的是“{said}”，但参数 {param} 是 {value}（应为“{right}”）；"
                          "删去标签即可按数字自动生成，或写成 {{{param}|{unit}}}"),
    "title_contradicts": ("the title says \"{said}\" but {param} is {value} (that reads "
                          "\"{right}\")",
                          "标题写的是“{said}”，但参数 {param} 是 {value}（应为“{right}”）"),
    "unknown_action": ("the domain {domain} has no action '{name}'{hint}",
                       "领域 {domain} 中没有动作 {name}{hint}"),
    "base_missing": ("there is no ruleset of group '{group}' for the domain {domain} to extend",
                     "找不到可继承的规则集：集团 {group} 的 {domain} 领域"),
    "may_not_extend": ("group {group} may not extend group {base}: a group extends only "
                       "'default' and the groups it is declared a child of",
                       "集团 {group} 不能继承集团 {base}：只能继承 default 和已登记的上级集团"),
    "extends_cycle": ("rulesets extend each other in a circle: {chain}", "规则集之间循环继承：{chain}"),
    "disable_unknown": ("there is no inherited rule '{id}' to disable", "没有可停用的继承规则 {id}"),
    "window_order": ("valid_from ({start}) is after valid_to ({end})",
                     "生效开始时间（{start}）晚于结束时间（{end}）"),
    "no_settings": ("the domain {domain} has no settings", "领域 {domain} 没有可配置的设置"),
    "unknown_engine": ("{where}: there is no matcher '{name}' (known: {known})",
                       "{where}：没有名为 {name} 的匹配引擎（可选：{known}）"),
    "durable_missing": ("{where}: the durable matcher needs durable-rules, which is not "
                        "installed here (it builds only on Python 3.10-3.12 with a C "
                        "compiler); use 'compiled'",
                        "{where}：durable 匹配引擎需要 durable-rules，但本机未安装（它只能在 "
                        "Python 3.10-3.12 上用 C 编译器构建）；请改用 compiled"),
    "engine_refused": ("the engine cannot run this rule: {detail}", "规则引擎无法执行这条规则：{detail}"),
    "too_many_computed": ("this ruleset needs {count} computed values (at most {max}); "
                          "simplify arithmetic or text tests", "这个规则集需要 {count} 个计算值（最多 {max} 个）；请简化算术或文字检查"),
    # -- evaluating -----------------------------------------------------------------------------
    "action_failed": ("rule {rule}: action {action} failed: {detail}",
                      "规则 {rule} 的动作 {action} 执行失败：{detail}"),
    "hook_failed": ("plugin {plugin}: {hook} failed: {detail}", "插件 {plugin} 的 {hook} 执行失败：{detail}"),
    "not_matchable": ("cannot be matched: {detail}", "无法用于规则匹配：{detail}"),
    "facts_invalid": ("the facts are not valid", "事实数据无效"),
    "number_out_of_range": ("number out of range (at most {limit} either way)",
                            "数字超出范围（正负均不能超过 {limit}）"),
    # -- test cases ------------------------------------------------------------------------------
    "case_facts_invalid": ("the test's facts are not valid: {detail}", "测试用例的事实数据无效：{detail}"),
    "case_unknown_rule": ("the test names a rule '{id}' that this ruleset does not have",
                          "测试用例提到的规则 {id} 不在本规则集中"),
    "case_not_fired": ("expected rule {id} to apply, but it did not ({detail})",
                       "预期规则 {id} 生效，但未生效（{detail}）"),
    "case_fired": ("expected rule {id} not to apply, but it did", "预期规则 {id} 不生效，但它生效了"),
    "case_no_path": ("the result has no {path}", "结果中没有 {path}"),
    "case_result": ("{path}: expected {expected}, got {actual}", "{path}：预期 {expected}，实际为 {actual}"),
    "case_not_found": ("there is no test case number {number}", "没有第 {number} 个测试用例"),
    "case_yaml_layout": ("the test cases are written in a layout the case editor cannot change "
                         "({detail}); edit them in the YAML editor",
                         "测试用例的写法（{detail}）无法在用例编辑器中修改，请在 YAML 编辑器中修改"),
    # -- files ---------------------------------------------------------------------------------
    "cli_error": ("error: ", "错误："),
    "cli_valid": ("{count} ruleset(s) valid", "{count} 个规则集有效"),
    "cli_invalid": ("{invalid} of {count} ruleset(s) invalid", "{count} 个规则集中有 {invalid} 个无效"),
    "cli_cases": ("{passed} passed, {failed} failed", "{passed} 个通过，{failed} 个失败"),
    "cli_broken": (", {broken} ruleset(s) with errors", "，{broken} 个规则集有错误"),
    "unreadable": ("cannot read this file: {detail}", "无法读取此文件：{detail}"),
    "duplicate_ruleset": ("another file ({other}) already holds the ruleset of group {group} for "
                          "the domain {domain}", "另一个文件（{other}）已包含集团 {group} 的 {domain} 规则集"),
    # -- the store and the publish workflow (core/store) -----------------------------------
    "no_group": ("there is no dealer group '{group}'", "没有集团 {group}"),
    "no_ruleset": ("group {group} has no ruleset for the domain {domain}",
                   "集团 {group} 没有 {domain} 领域的规则集"),
    "no_domain": ("there is no domain '{domain}'", "没有 {domain} 领域"),
    "no_user": ("there is no user '{username}'", "没有用户 {username}"),
    "no_role": ("'{username}' has no role of its own in {group}", "{username} 在 {group} 没有单独授予的角色"),
    "no_role_everywhere": ("'{username}' has no role in every group", "{username} 没有所有集团的角色"),
    "no_key": ("there is no API key {prefix} in this group", "此集团没有 API 密钥 {prefix}"),
    "no_such_version": ("{group}/{domain} has no {which}", "{group}/{domain} 没有{which}"),
    "stale_revision": ("someone else changed this ruleset (you had revision {given}, it is now "
                       "{current}); reload it and apply your change again",
                       "此规则集已被他人修改（您编辑的是第 {given} 版修订，现为第 {current} 版）；"
                       "请重新加载后再次修改"),
    "no_draft": ("there is no draft of {group}/{domain}", "{group}/{domain} 没有草稿"),
    "no_version": ("{group}/{domain} has no version {version}", "{group}/{domain} 没有第 {version} 版"),
    "publish_refused": ("not published: {problems} problem(s) and {failures} failing test "
                        "case(s)", "未发布：有 {problems} 个问题、{failures} 个测试用例未通过"),
    "wrong_place": ("this ruleset says group '{found_group}' and domain '{found_domain}' but is "
                    "saved as {group}/{domain}", "此规则集写的是集团 {found_group}、领域 "
                    "{found_domain}，却保存在 {group}/{domain}"),
    "parent_circle": ("the dealer group '{parent}' cannot be the parent of '{group}': it is "
                      "'{group}' or one of its children", "集团 {parent} 不能作为 {group} 的上级："
                      "它就是 {group} 或其下级集团"),
    "group_exists": ("the dealer group '{group}' already exists", "集团 {group} 已存在"),
    "user_exists": ("the user '{username}' already exists", "用户 {username} 已存在"),
    "unknown_role": ("'{role}' is not a role (roles: {roles})", "“{role}”不是有效角色（可用：{roles}）"),
    "unknown_scope": ("'{scope}' is not a key scope (scopes: {scopes})",
                      "“{scope}”不是有效的密钥权限（可用：{scopes}）"),
    # -- keeping and moving a store's data (core/store/backup.py, portable.py, export.py) ----
    "store_not_empty": ("{where} is not empty ({detail}); nothing was changed. Add --force to "
                        "replace everything in it",
                        "{where}不是空的（{detail}），未做任何更改；如要替换其中全部内容，请加 --force"),
    "configured_store": ("the configured store", "当前配置的规则库"),
    "target_store": ("the store at {url}", "目标库 {url}"),
    "not_an_archive": ("{file} is not a dealer-rules backup: {detail}",
                       "{file} 不是 dealer-rules 的备份：{detail}"),
    "archive_damaged": ("{file} is damaged, nothing was restored: {detail}",
                        "{file} 已损坏，未做任何恢复：{detail}"),
    "unknown_revision": ("{where} is at schema revision {found}, which this dealer-rules does "
                         "not know (newest: {head}); use the dealer-rules that wrote it",
                         "{where} 的数据库结构版本是 {found}，当前 dealer-rules 不认识（最新为 {head}）；"
                         "请用写入它的 dealer-rules 版本"),
    "not_at_head": ("{where} is at schema revision {found}, not {head}: run `dealer-rules db "
                    "upgrade` first", "{where} 的数据库结构版本是 {found}，不是 {head}：请先运行 "
                    "`dealer-rules db upgrade`"),
    "verify_sqlite_ok": ("SQLite integrity check ok, no broken references",
                         "SQLite 完整性检查通过，没有失效的引用"),
    "verify_sqlite_bad": ("SQLite integrity check: {detail}", "SQLite 完整性检查：{detail}"),
    "verify_orphans": ("{count} row(s) point at rows that do not exist (first: table {table})",
                       "有 {count} 行引用了不存在的行（第一处：表 {table}）"),
    "verify_pg_ok": ("PostgreSQL answers (it checks its own pages; pg_amcheck checks them on "
                     "demand)", "PostgreSQL 可以连接（数据页由它自行检查；需要时可用 pg_amcheck 检查）"),
    "verify_pg_down": ("PostgreSQL cannot be reached", "无法连接 PostgreSQL"),
    "verify_schema_ok": ("at revision {revision}", "结构版本为 {revision}"),
    "verify_schema_old": ("at revision {revision}, not {head}: run `dealer-rules db upgrade`",
                          "结构版本为 {revision}，不是 {head}：请运行 `dealer-rules db upgrade`"),
    "verify_hash_bad": ("its text does not match its content hash {hash}",
                        "内容与其内容哈希 {hash} 不符"),
    "verify_hashes_ok": ("all {count} version(s) match their text", "全部 {count} 个版本的内容与哈希一致"),
    "verify_compiles": ("compiles (hash {hash})", "可以编译（哈希 {hash}）"),
    "verify_problems": ("{count} problem(s) found", "发现 {count} 个问题"),
    "verify_sound": ("the store is sound", "规则库完好"),
    "cannot_write": ("cannot write {file}: {detail}", "无法写入 {file}：{detail}"),
    "archive_older": ("{file} was written at schema revision {found} (now {head}): restore it "
                      "with the dealer-rules version that wrote it, then run `dealer-rules db "
                      "upgrade`", "{file} 写入时的数据库结构版本是 {found}（当前为 {head}）：请用写入它的 "
                      "dealer-rules 版本恢复，再运行 `dealer-rules db upgrade`"),
    "same_store": ("the target is the configured store itself", "目标库就是当前配置的库本身"),
    "copy_differs": ("after the copy {what} differs (source {source}, target {target}); the "
                     "target was left as copied, check it before use",
                     "复制完成后 {what} 不一致（源 {source}，目标 {target}）；目标库保留复制后的状态，使用前请检查"),
    "export_not_empty": ("{directory} is not empty; export into a new folder or add --force to "
                         "overwrite the files it writes",
                         "{directory} 不是空文件夹；请导出到新文件夹，或加 --force 覆盖要写入的文件"),
    "no_ruleset_files": ("{directory} holds no ruleset files (*.yaml)",
                         "{directory} 中没有规则集文件（*.yaml）"),
    "import_partly": ("{done} ruleset(s) were imported before this problem ({names}); the "
                      "rest were not", "出现此问题前已导入 {done} 个规则集（{names}），其余未导入"),
    "import_stopped": ("nothing was imported: {count} problem(s)", "未导入任何内容：共 {count} 个问题"),
    "case_failed": ("test case '{name}' of {group}/{domain} fails: {detail}",
                    "{group}/{domain} 的测试用例“{name}”未通过：{detail}"),
    # -- the HTTP API (web) -------------------------------------------------------------------
    "request_invalid": ("the request is not valid", "请求无效"),
    "bad_json": ("the body is not valid JSON: {detail}", "请求体不是有效的 JSON：{detail}"),
    "needs_json": ("send the body as JSON (Content-Type: application/json)",
                   "请求体须为 JSON（Content-Type: application/json）"),
    "body_too_large": ("the body is larger than {limit} bytes", "请求体超过 {limit} 字节"),
    "unauthenticated": ("sign in: send an API key (Authorization: Bearer ...) or a user name "
                        "and password (HTTP Basic)", "请先认证：发送 API 密钥（Authorization: Bearer "
                        "...）或用户名和密码（HTTP Basic）"),
    "sign_in_locked": ("too many failed sign-ins for this user from this address: try again in "
                       "{seconds} seconds (Retry-After)",
                       "此用户从该地址登录失败次数过多：请在 {seconds} 秒后重试（见 Retry-After）"),
    "one_time_password": ("this user's password is a one-time password: sign in to the admin "
                          "(/admin/login) and choose a new one before using the API",
                          "此用户的密码是一次性密码：请先登录管理后台（/admin/login）设置新密码，"
                          "然后才能使用 API"),
    "needs_role": ("this needs the {role} role in the group {group}",
                   "此操作需要集团 {group} 的 {role} 角色"),
    "needs_scope": ("this API key lacks the {scope} scope", "此 API 密钥没有 {scope} 权限"),
    "needs_user": ("this needs a user name and password, not an API key",
                   "此操作需要用户名和密码，而不是 API 密钥"),
    "needs_key": ("this needs an API key (a dealer group's system), not a user name",
                  "此操作需要 API 密钥（集团的系统），而不是用户名"),
    "needs_superuser": ("this needs the admin role in every group", "此操作需要所有集团的管理员角色"),
    "no_such_path": ("there is no such address", "没有这个地址"),
    "method_not_allowed": ("this address does not accept {method}", "此地址不接受 {method} 请求"),
    "no_published": ("group {group} has no published ruleset for the domain {domain}",
                     "集团 {group} 没有已发布的 {domain} 规则集"),
    "evaluation_failed": ("the ruleset could not be evaluated for these facts: {detail}",
                          "无法用这些事实数据执行规则集：{detail}"),
    "store_unavailable": ("the ruleset store cannot be reached; try again shortly",
                          "暂时无法连接规则库，请稍后再试"),
    "secret_key_made": ("made the key that signs the admin's sessions, kept in {path} "
                        "(owner only): every worker and every restart uses it",
                        "已生成管理后台会话签名密钥，保存在 {path}（仅所有者可读）：所有工作进程和每次重启都使用它"),
    "secret_key_kept": ("the admin's sessions are signed with the key kept in {path}",
                        "管理后台会话使用保存在 {path} 的密钥签名"),
    "secret_key_several_nodes": (
        "the store is PostgreSQL: if several machines serve it, set the same "
        "DEALER_RULES_SECRET_KEY on each, or staff are signed out when a request reaches "
        "another machine",
        "规则库为 PostgreSQL：如果有多台服务器同时提供服务，请在每台上设置相同的 "
        "DEALER_RULES_SECRET_KEY，否则员工的请求转到另一台服务器时会被退出登录"),
    "internal_error": ("an unexpected error occurred (request {request_id})",
                       "发生意外错误（请求编号 {request_id}）"),
    # -- YAML -------------------------------------------------------------------------------
    "yaml_syntax": ("this is not valid YAML: {detail}", "YAML 格式错误：{detail}"),
    "yaml_bad_key": ("a key must be a plain word or number", "键只能是普通的文字或数字"),
    "yaml_duplicate_key": ("the key '{key}' appears twice (first on line {first})",
                           "键 {key} 重复出现（第一次在第 {first} 行）"),
    "yaml_alias": ("aliases are not allowed (line {line}): write the value out in full",
                   "不允许使用别名（第 {line} 行）：请把值完整写出"),
    "yaml_anchor": ("anchors (&name) are not allowed (line {line}): write the value out in full",
                    "不允许使用锚点 &name（第 {line} 行）：请把值完整写出"),
    # -- budgets for expensive input (core/limits.py); {setting} raises the limit ----------
    "limit_yaml_bytes": ("the ruleset text is {found} bytes, more than the limit of {max} "
                         "(setting {setting})", "规则集文本有 {found} 字节，超过上限 {max} 字节"
                         "（可通过设置 {setting} 调整）"),
    "limit_yaml_depth": ("the YAML nests more than {max} levels deep (line {line}; setting "
                         "{setting})", "YAML 嵌套超过 {max} 层（第 {line} 行；可通过设置 "
                         "{setting} 调整）"),
    "limit_rules": ("the ruleset has {found} rules, more than the limit of {max} (setting "
                    "{setting}); split it or raise the limit", "规则集有 {found} 条规则，超过上限 "
                    "{max} 条（可通过设置 {setting} 调整）；请拆分规则集或提高上限"),
    "limit_test_cases": ("the ruleset has {found} test cases, more than the limit of {max} "
                         "(setting {setting})", "规则集有 {found} 个测试用例，超过上限 {max} 个"
                         "（可通过设置 {setting} 调整）"),
    "limit_condition_chars": ("the condition is {found} characters long, more than the limit "
                              "of {max} (setting {setting}); split it into several rules",
                              "条件长 {found} 个字符，超过上限 {max} 个（可通过设置 {setting} "
                              "调整）；请拆成多条规则"),
    "limit_condition_depth": ("the condition nests more than {max} levels deep (setting "
                              "{setting}); simplify it", "条件嵌套超过 {max} 层（可通过设置 "
                              "{setting} 调整）；请简化条件"),
    "limit_time_budget": ("this request took longer than its budget of {max} seconds and was "
                          "stopped (setting {setting}); make the ruleset smaller or raise the "
                          "budget", "此请求超过了 {max} 秒的处理时限，已停止（可通过设置 "
                          "{setting} 调整）；请缩小规则集或提高时限"),
    # -- condition syntax -------------------------------------------------------------------
    "unexpected_char": ("unexpected character {char}", "无法识别的字符 {char}"),
    "use_instead": ("use {good} instead of {bad}", "请用 {good} 代替 {bad}"),
    "single_equals": ("use == to compare (a single = is not allowed)",
                      "比较是否相等请用 ==（不能只写一个 =）"),
    "bang": ("use 'not' or '!=' instead of '!'", "请用 not 或 != 代替 !"),
    "unclosed_text": ("this text has no closing quote", "这段文字缺少结尾的引号"),
    "empty_condition": ("the condition is empty", "条件为空"),
    "unexpected_token": ("unexpected {found}; expected 'and', 'or' or the end of the condition",
                         "此处不应出现 {found}；应为 and、or 或条件结尾"),
    "keyword_case": ("unexpected {found}; write '{word}' in lower case",
                     "此处不应出现 {found}；关键字请用小写 {word}"),
    "expected_token": ("expected {token} but found {found}", "此处应为 {token}，实际是 {found}"),
    "text_op_needs_text": ("'{op}' needs a quoted text after it", "{op} 后面需要一段加引号的文字"),
    "empty_list": ("the list of values is empty", "值列表为空"),
    "list_literals_only": ("a list may only hold fixed values (numbers, texts, dates)",
                           "列表中只能写固定值（数字、文字、日期）"),
    "keyword_as_value": ("expected a value but found the word '{word}'",
                         "此处应为一个值，却写了关键字 {word}"),
    "ends_early": ("the condition ends too early; a value is missing", "条件不完整，缺少一个值"),
    "expected_value": ("expected a value but found {found}", "此处应为一个值，实际是 {found}"),
    "field_after_dot": ("expected a field name after '.'", "“.”后面应为字段名"),
    "unknown_function": ("unknown function '{name}'{hint}", "未知函数 {name}{hint}"),
    "quantifier_needs_list": ('{fn}() needs a list field first, e.g. {fn}(vehicle.repairs, '
                              'item.part == "brake_pads")',
                              '{fn}() 的第一个参数应为列表字段，例如 {fn}(vehicle.repairs, '
                              'item.part == "brake_pads")'),
    "exists_needs_field": ("exists() needs a field, e.g. exists(customer.referrer_id)",
                           "exists() 需要一个字段，例如 exists(customer.referrer_id)"),
    "when_needs_text": ('{fn}() needs a quoted value, e.g. {fn}("{example}")',
                        '{fn}() 需要一个加引号的值，例如 {fn}("{example}")'),
    "duration_needs_number": ("{fn}() needs a number, e.g. {fn}(3)", "{fn}() 需要一个数字，例如 {fn}(3)"),
    "invalid_when": ("'{value}' is not {fn}; write it like '{example}'",
                     "“{value}”不是有效的{fn}，应写成“{example}”的形式"),
    # -- bulk evaluation (core/bulk) ----------------------------------------------------------
    "impact_bad_row": ("row {row} of the file cannot be read: {detail}",
                       "文件第 {row} 行无法读取：{detail}"),
    "impact_bad_file": ("the file {name} cannot be read: it is not valid base64",
                        "无法读取文件 {name}：不是有效的 base64 内容"),
    "bulk_bad_json": ("not valid JSON: {detail}", "不是有效的 JSON：{detail}"),
    "bulk_not_object": ("a row must be a JSON object (one customer's facts), not {kind}",
                        "每行应为一个 JSON 对象（一位客户的事实数据），而不是{kind}"),
    "bulk_bad_cell": ("column {column}: not valid JSON: {detail}",
                      "列 {column}：不是有效的 JSON：{detail}"),
    "bulk_bad_column": ("column {column}: {detail}", "列 {column}：{detail}"),
    "bulk_failed": ("the evaluation failed: {detail}", "评估失败：{detail}"),
    "bulk_format": ("{path}: unknown file type; use .jsonl, .csv or .xlsx",
                    "{path}：未知的文件类型；请使用 .jsonl、.csv 或 .xlsx"),
    "bulk_no_header": ("{path}: the first row must name the columns (dotted fact paths, e.g. "
                       "customer.id)", "{path}：第一行应为列名（以点分隔的事实路径，例如 customer.id）"),
    "bulk_summary": ("{rows} rows: {ok} ok, {errors} with errors, in {seconds} s "
                     "({rate} rows/s, jobs: {jobs})",
                     "共 {rows} 行：成功 {ok} 行，出错 {errors} 行，用时 {seconds} 秒"
                     "（每秒 {rate} 行，进程数：{jobs}）"),
    "bulk_hits": ("rules applied (rows):", "规则命中（行数）："),
    "bulk_no_hits": ("no rule applied", "没有规则命中"),
    "not_published": ("the store has no published ruleset of group '{group}' for the domain "
                      "{domain}", "库中没有集团 {group} 的 {domain} 领域已发布规则集"),
    # -- condition checking -----------------------------------------------------------------
    "not_a_condition": ("this is {kind}, not a condition; compare it with something, "
                        "e.g. '> 0' or '== \"gold\"'",
                        "这是{kind}，不是条件；请与某个值比较，例如 > 0 或 == \"gold\""),
    "nested_quantifier": ("{fn}() inside another any()/all() is not supported; add a derived "
                          "fact instead", "不支持在 any()/all() 中再嵌套 {fn}()，请改用派生事实"),
    "not_a_list": ("{path} is {kind}, not a list; {fn}() needs a list",
                   "{path} 是{kind}，不是列表；{fn}() 需要列表"),
    "order_compare": ("{kind} can only be compared with == or !=", "{kind}只能用 == 或 != 比较"),
    "contains_needs_text_list": ("'contains' needs a list of texts; {path} is a list of {kind}",
                                 "contains 需要文字列表；{path} 是{kind}列表"),
    "text_op_needs_string": ("'{op}' works on text, but this is {kind}",
                             "{op} 只能用于文字，这里是{kind}"),
    "bad_pattern": ("this pattern is not a valid regular expression: {detail}",
                    "这个模式不是有效的正则表达式：{detail}"),
    "condition_as_value": ("a condition cannot be used as a value here; put it in brackets on "
                           "its own or join it with 'and'/'or'",
                           "这里不能把条件当作值使用；请单独加括号，或用 and/or 连接"),
    "cannot_negate": ("cannot negate {kind}", "{kind}不能取负"),
    "bad_arith": ("cannot use '{op}' between {left} and {right}", "{left}和{right}之间不能用 {op}"),
    "date_whole_days": ("add or subtract whole days() to a date (hours and minutes need a date "
                        "and time)", "日期只能加减整天 days()（小时和分钟需要日期时间）"),
    "kind_mismatch": ("both sides must be of the same kind: {left} vs {right}{hint}",
                      "两边的类型必须一致：{left}与{right}{hint}"),
    "hint_date": (' (write date("2026-01-31") for a date, datetime("2026-01-31T09:00") for a '
                  'time)', '（日期写作 date("2026-01-31")，时间写作 datetime("2026-01-31T09:00")）'),
    "hint_number": (" (numbers are written without quotes)", "（数字不要加引号）"),
    "hint_duration": (" (write days(3), hours(2) or minutes(30) for a duration)",
                      "（时长写作 days(3)、hours(2) 或 minutes(30)）"),
    "list_kind_mismatch": ("every value in the list must be {left}, not {right}",
                           "列表中的每个值都必须是{left}，不能是{right}"),
    "not_enum_value": ("'{value}' is not a value of {path}{hint}; allowed: {allowed}",
                       "“{value}”不是 {path} 的取值{hint}；可选值：{allowed}"),
    "did_you_mean": (" (did you mean '{suggestion}'?)", "（是否想写“{suggestion}”？）"),
    "known_names": (" (known: {names})", "（可用：{names}）"),
    "list_too_long": ("a list may hold at most {max} values", "列表最多只能有 {max} 个值"),
    "item_outside": ("'item' can only be used inside any() or all()", "item 只能在 any() 或 all() 中使用"),
    "field_of_scalar": ("{where} is {kind} and has no field '{name}'", "{where} 是{kind}，没有字段 {name}"),
    "unknown_field": ("unknown field '{name}'{owner}{hint}", "{owner}未知字段 {name}{hint}"),
    "in_owner": (" in {owner}", "{owner} 中的"),
    "object_path": ("{path} is a group of fields; pick one, e.g. {example}",
                    "{path} 是一组字段，请选择其中一个，例如 {example}"),
    "list_path": ("{path} is a list; test its items with any({path}, ...) or all({path}, ...)",
                  "{path} 是列表；请用 any({path}, ...) 或 all({path}, ...) 检查其中的项"),
    "too_many_terms": ("this condition has {count} alternatives once its 'or's are multiplied "
                       "out (at most {max}); split it into several rules or use 'in [...]'",
                       "这个条件展开 or 之后有 {count} 个分支（最多 {max} 个）；请拆成多条规则，"
                       "或改用 in [...]"),
    "item_test_outside": ("inside {fn}({list}, ...) each test must look at the item (item.…); "
                          "move this test outside",
                          "在 {fn}({list}, ...) 中每个检查都必须针对 item（item.…）；请把这个检查移到外面"),
}


class Term(str):
    """A translatable word used as a message parameter (e.g. Term("number"))."""

    def render(self, lang: str) -> str:
        pair = TERMS.get(str(self))
        return pair[LANGUAGES.index(lang)] if pair else str(self)


class Message:
    """A message code with parameters; renders in either language.

    Parameters may be plain values, ``Term``s, or other ``Message``s (rendered in the same
    language), so a sentence can carry a translated hint.
    """

    __slots__ = ("code", "params")

    def __init__(self, code: str, **params):
        if code not in CATALOG:
            raise KeyError(f"no message {code!r} in the catalog")
        self.code = code
        self.params = params

    def render(self, lang: str = "en") -> str:
        lang = lang if lang in LANGUAGES else "en"
        template = CATALOG[self.code][LANGUAGES.index(lang)]
        return template.format(**{k: _render(v, lang) for k, v in self.params.items()})

    def __str__(self):
        return self.render("en")

    def __repr__(self):
        return f"Message({self.code!r}, {self.params!r})"


def _render(value, lang):
    if isinstance(value, (Message, Term)):
        return value.render(lang)
    if isinstance(value, (list, tuple)):
        sep = "、" if lang == "zh" else ", "
        return sep.join(_render(v, lang) for v in value)
    return value


class UserError(ValueError):
    """An error a rule author or an integrator can fix, with a translatable message."""

    def __init__(self, message: Message):
        super().__init__(message.render("en"))
        self.msg = message

    @property
    def message(self) -> str:
        return self.msg.render("en")

    def render(self, lang: str = "en") -> str:
        return self.msg.render(lang)
