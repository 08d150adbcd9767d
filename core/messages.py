"""Error messages rule authors see, in English and Simplified Chinese.

Errors that reach people editing rules carry a message *code* and parameters instead of a
finished English sentence, so the CLI, the API and the admin can each render them in the
reader's language (``error.render("zh")``). A parameter that is itself a ``Term`` (a kind
of value such as "a number") is translated too.

The code is the API's contract (clients match on it); its English text stands beside it here
and is the msgid of core's gettext catalog, ``core/locale/zh/LC_MESSAGES/dealer_rules.po``,
where its Chinese is (read from the compiled .mo: core/translations.py).
``dealer-rules translations check`` (tests/test_translations_complete.py) fails on a text
without Chinese or whose Chinese has other placeholders.
"""
from __future__ import annotations

from .translations import core_text

LANGUAGES = ("en", "zh")

TERMS = {
    "number": "a number",
    "string": "text",
    "bool": "true/false",
    "date": "a date",
    "datetime": "a date and time",
    "duration": "a duration",
    "list": "a list",
    "object": "a group of fields",
    "end": "the end of the condition",
    "whole_number": "a whole number",
}

CATALOG = {
    # -- documents and values ---------------------------------------------------------------
    "required": "this field is required",
    "unknown_key": "unknown field '{name}'{hint}",
    "one_of": "must be one of {allowed}",
    "expected_kind": "must be {kind}",
    "needs_timezone": "needs a time zone offset, e.g. 2026-11-27T17:40:00+08:00",
    "pattern_mismatch": "does not have the expected form ({pattern})",
    "id_format": ("'{value}' is not a valid id: use lower-case letters, digits and _, starting "
                  "with a letter"),
    "at_least": "must be at least {limit}",
    "more_than": "must be more than {limit}",
    "at_most": "must be at most {limit}",
    "less_than": "must be less than {limit}",
    "too_short": "must not be empty",
    "too_long": "is too long (at most {limit} characters)",
    "too_many_items": "has too many items (at most {limit})",
    "invalid_value": "invalid value: {detail}",
    "listed_more_than_once": "listed more than once: {items}",
    "not_storable": "a value cannot be stored (nothing was changed): {detail}",
    "unknown_timezone": "'{value}' is not a known time zone (e.g. Asia/Shanghai)",
    "not_money": "'{value}' is not an amount of money: write a decimal such as \"1200.00\"",
    "reserved_constant": "'{name}' is a reserved word and cannot name a constant",
    "duplicate_rule": "two rules have the id '{id}'",
    "not_a_ruleset": "a ruleset must be a YAML mapping with domain, group, title and rules",
    # -- decision tables (core/decision_tables.py) ------------------------------------------
    "table_bad_range": "'{value}' is not a range: write e.g. [10000, 30000), >= 10000 or < 5000",
    "table_equals_value": "must be one value (text, a number or true/false)",
    "table_one_of_list": "must be a list of values, e.g. [family, business]",
    "table_unknown_column": "the table has no column '{name}'{hint}",
    "table_reserved_column": "'{name}' cannot name a column (a row's own field: {reserved})",
    "table_id_length": ("a table's id has at most {limit} characters (its rows' rule ids are "
                        "<id>.row_<n>)"),
    "table_duplicate_column": "two columns are named '{name}'",
    "table_every_case": "every case",
    "table_overlap": "rows {a} and {b} overlap at {where}: the first applies (row {a})",
    "table_shadowed": ("row {b} can never apply: row {a} comes first and matches every case "
                       "row {b} does"),
    "table_gap": "between rows {a} and {b}, no row covers {column} {values}",
    "table_value_gap": "no row covers {column} {values} (rows {rows})",
    "no_such_table": "the ruleset has no decision table '{id}'",
    "no_such_row": "the table {table} has no row {row} (it has {count})",
    "bad_cell_address": ("'{address}' is not a table cell address: write "
                         "table:<table>/row_<n>/<column>"),
    # -- parameters and spreadsheets (core/parameters.py, core/workbook.py) --------------------
    "unknown_parameter": "there is no value '{address}' in this ruleset",
    "parameter_not_editable": ("{address} is written in a way the tables cannot change: change it "
                               "in the YAML editor"),
    "parameters_invalid": "{count} value(s) are not right; nothing was changed",
    "needs_xlsx": "send the workbook as .xlsx: the request body, or a form upload in field 'file'",
    "workbook_unreadable": "this file is not an Excel workbook (.xlsx) exported from this ruleset: {detail}",
    "workbook_cell": "sheet {sheet}, row {row}, column {column} ({address}): {problem}",
    "workbook_cells_invalid": "{count} cell(s) of the workbook are not right; nothing was saved",
    "workbook_other_ruleset": "the workbook is of ruleset {found}, not {expected}",
    # -- compiling a ruleset -------------------------------------------------------------------
    "unknown_domain": "no plugin provides the domain '{name}'{hint}",
    "cli_warning": "warning: {text}",
    "label_placeholder": ("the label's {{{name}|{unit}}} names no number parameter of this "
                          "action with a known unit"),
    "label_contradicts": ("the label says \"{said}\" but {param} is {value} (that reads "
                          "\"{right}\"); leave the label out to make it from the numbers, "
                          "or write {{{param}|{unit}}}"),
    "title_contradicts": ("the title says \"{said}\" but {param} is {value} (that reads "
                          "\"{right}\")"),
    "unknown_action": "the domain {domain} has no action '{name}'{hint}",
    "base_missing": "there is no ruleset of group '{group}' for the domain {domain} to extend",
    "may_not_extend": ("group {group} may not extend group {base}: a group extends only "
                       "'default' and the groups it is declared a child of"),
    "extends_cycle": "rulesets extend each other in a circle: {chain}",
    "disable_unknown": "there is no inherited rule '{id}' to disable",
    "window_order": "valid_from ({start}) is after valid_to ({end})",
    "no_settings": "the domain {domain} has no settings",
    "unknown_engine": "{where}: there is no matcher '{name}' (known: {known})",
    "durable_missing": ("{where}: the durable matcher needs durable-rules, which is not "
                        "installed here (it builds only on Python 3.10-3.12 with a C "
                        "compiler); use 'compiled'"),
    "engine_refused": "the engine cannot run this rule: {detail}",
    "too_many_computed": ("this ruleset needs {count} computed values (at most {max}); "
                          "simplify arithmetic or text tests"),
    # -- evaluating -----------------------------------------------------------------------------
    "action_failed": "rule {rule}: action {action} failed: {detail}",
    "hook_failed": "plugin {plugin}: {hook} failed: {detail}",
    "not_matchable": "cannot be matched: {detail}",
    "facts_invalid": "the facts are not valid",
    "number_out_of_range": "number out of range (at most {limit} either way)",
    # -- test cases ------------------------------------------------------------------------------
    "case_facts_invalid": "the test's facts are not valid: {detail}",
    "case_unknown_rule": "the test names a rule '{id}' that this ruleset does not have",
    "case_not_fired": "expected rule {id} to apply, but it did not ({detail})",
    "case_fired": "expected rule {id} not to apply, but it did",
    "case_no_path": "the result has no {path}",
    "case_result": "{path}: expected {expected}, got {actual}",
    "case_not_found": "there is no test case number {number}",
    "case_yaml_layout": ("the test cases are written in a layout the case editor cannot change "
                         "({detail}); edit them in the YAML editor"),
    # -- files ---------------------------------------------------------------------------------
    "cli_error": "error: ",
    "cli_valid": "{count} ruleset(s) valid",
    "cli_invalid": "{invalid} of {count} ruleset(s) invalid",
    "cli_cases": "{passed} passed, {failed} failed",
    "cli_broken": ", {broken} ruleset(s) with errors",
    "unreadable": "cannot read this file: {detail}",
    "duplicate_ruleset": ("another file ({other}) already holds the ruleset of group {group} for "
                          "the domain {domain}"),
    # -- the store and the publish workflow (core/store) -----------------------------------
    "no_group": "there is no dealer group '{group}'",
    "no_ruleset": "group {group} has no ruleset for the domain {domain}",
    "no_domain": "there is no domain '{domain}'",
    "no_user": "there is no user '{username}'",
    "no_role": "'{username}' has no role of its own in {group}",
    "no_role_everywhere": "'{username}' has no role in every group",
    "no_key": "there is no API key {prefix} in this group",
    "no_such_version": "{group}/{domain} has no {which}",
    "stale_revision": ("someone else changed this ruleset (you had revision {given}, it is now "
                       "{current}); reload it and apply your change again"),
    "no_draft": "there is no draft of {group}/{domain}",
    "no_version": "{group}/{domain} has no version {version}",
    "publish_refused": ("not published: {problems} problem(s) and {failures} failing test "
                        "case(s)"),
    "wrong_place": ("this ruleset says group '{found_group}' and domain '{found_domain}' but is "
                    "saved as {group}/{domain}"),
    "parent_circle": ("the dealer group '{parent}' cannot be the parent of '{group}': it is "
                      "'{group}' or one of its children"),
    "group_exists": "the dealer group '{group}' already exists",
    "user_exists": "the user '{username}' already exists",
    "unknown_role": "'{role}' is not a role (roles: {roles})",
    "unknown_scope": "'{scope}' is not a key scope (scopes: {scopes})",
    # -- keeping and moving a store's data (core/store/backup.py, portable.py, export.py) ----
    "store_not_empty": ("{where} is not empty ({detail}); nothing was changed. Add --force to "
                        "replace everything in it"),
    "configured_store": "the configured store",
    "target_store": "the store at {url}",
    "not_an_archive": "{file} is not a dealer-rules backup: {detail}",
    "archive_damaged": "{file} is damaged, nothing was restored: {detail}",
    "unknown_revision": ("{where} is at schema revision {found}, which this dealer-rules does "
                         "not know (newest: {head}); use the dealer-rules that wrote it"),
    "not_at_head": ("{where} is at schema revision {found}, not {head}: run `dealer-rules db "
                    "upgrade` first"),
    "verify_sqlite_ok": "SQLite integrity check ok, no broken references",
    "verify_sqlite_bad": "SQLite integrity check: {detail}",
    "verify_orphans": "{count} row(s) point at rows that do not exist (first: table {table})",
    "verify_pg_ok": ("PostgreSQL answers (it checks its own pages; pg_amcheck checks them on "
                     "demand)"),
    "verify_pg_down": "PostgreSQL cannot be reached",
    "verify_schema_ok": "at revision {revision}",
    "verify_schema_old": "at revision {revision}, not {head}: run `dealer-rules db upgrade`",
    "verify_hash_bad": "its text does not match its content hash {hash}",
    "verify_hashes_ok": "all {count} version(s) match their text",
    "verify_compiles": "compiles (hash {hash})",
    "verify_problems": "{count} problem(s) found",
    "verify_sound": "the store is sound",
    "cannot_write": "cannot write {file}: {detail}",
    "archive_older": ("{file} was written at schema revision {found} (now {head}): restore it "
                      "with the dealer-rules version that wrote it, then run `dealer-rules db "
                      "upgrade`"),
    "same_store": "the target is the configured store itself",
    "copy_differs": ("after the copy {what} differs (source {source}, target {target}); the "
                     "target was left as copied, check it before use"),
    "export_not_empty": ("{directory} is not empty; export into a new folder or add --force to "
                         "overwrite the files it writes"),
    "no_ruleset_files": "{directory} holds no ruleset files (*.yaml)",
    "import_partly": ("{done} ruleset(s) were imported before this problem ({names}); the "
                      "rest were not"),
    "import_stopped": "nothing was imported: {count} problem(s)",
    "case_failed": "test case '{name}' of {group}/{domain} fails: {detail}",
    # -- the HTTP API (web) -------------------------------------------------------------------
    "request_invalid": "the request is not valid",
    "bad_json": "the body is not valid JSON: {detail}",
    "needs_json": "send the body as JSON (Content-Type: application/json)",
    "body_too_large": "the body is larger than {limit} bytes",
    "unauthenticated": ("sign in: send an API key (Authorization: Bearer ...) or a user name "
                        "and password (HTTP Basic)"),
    "sign_in_locked": ("too many failed sign-ins for this user from this address: try again in "
                       "{seconds} seconds (Retry-After)"),
    "one_time_password": ("this user's password is a one-time password: sign in to the admin "
                          "(/admin/login) and choose a new one before using the API"),
    "needs_role": "this needs the {role} role in the group {group}",
    "needs_scope": "this API key lacks the {scope} scope",
    "needs_user": "this needs a user name and password, not an API key",
    "needs_key": "this needs an API key (a dealer group's system), not a user name",
    "needs_superuser": "this needs the admin role in every group",
    "no_such_path": "there is no such address",
    "method_not_allowed": "this address does not accept {method}",
    "no_published": "group {group} has no published ruleset for the domain {domain}",
    "evaluation_failed": "the ruleset could not be evaluated for these facts: {detail}",
    "store_unavailable": "the ruleset store cannot be reached; try again shortly",
    "secret_key_made": ("made the key that signs the admin's sessions, kept in {path} "
                        "(owner only): every worker and every restart uses it"),
    "secret_key_kept": "the admin's sessions are signed with the key kept in {path}",
    "secret_key_several_nodes": ("the store is PostgreSQL: if several machines serve it, set the same "
        "DEALER_RULES_SECRET_KEY on each, or staff are signed out when a request reaches "
        "another machine"),
    "internal_error": "an unexpected error occurred (request {request_id})",
    # -- YAML -------------------------------------------------------------------------------
    "yaml_syntax": "this is not valid YAML: {detail}",
    "yaml_bad_key": "a key must be a plain word or number",
    "yaml_duplicate_key": "the key '{key}' appears twice (first on line {first})",
    "yaml_alias": "aliases are not allowed (line {line}): write the value out in full",
    "yaml_anchor": "anchors (&name) are not allowed (line {line}): write the value out in full",
    # -- budgets for expensive input (core/limits.py); {setting} raises the limit ----------
    "limit_yaml_bytes": ("the ruleset text is {found} bytes, more than the limit of {max} "
                         "(setting {setting})"),
    "limit_yaml_depth": ("the YAML nests more than {max} levels deep (line {line}; setting "
                         "{setting})"),
    "limit_rules": ("the ruleset has {found} rules, more than the limit of {max} (setting "
                    "{setting}); split it or raise the limit"),
    "limit_test_cases": ("the ruleset has {found} test cases, more than the limit of {max} "
                         "(setting {setting})"),
    "limit_condition_chars": ("the condition is {found} characters long, more than the limit "
                              "of {max} (setting {setting}); split it into several rules"),
    "limit_condition_depth": ("the condition nests more than {max} levels deep (setting "
                              "{setting}); simplify it"),
    "limit_time_budget": ("this request took longer than its budget of {max} seconds and was "
                          "stopped (setting {setting}); make the ruleset smaller or raise the "
                          "budget"),
    # -- condition syntax -------------------------------------------------------------------
    "unexpected_char": "unexpected character {char}",
    "use_instead": "use {good} instead of {bad}",
    "single_equals": "use == to compare (a single = is not allowed)",
    "bang": "use 'not' or '!=' instead of '!'",
    "unclosed_text": "this text has no closing quote",
    "empty_condition": "the condition is empty",
    "unexpected_token": "unexpected {found}; expected 'and', 'or' or the end of the condition",
    "keyword_case": "unexpected {found}; write '{word}' in lower case",
    "expected_token": "expected {token} but found {found}",
    "text_op_needs_text": "'{op}' needs a quoted text after it",
    "empty_list": "the list of values is empty",
    "list_literals_only": "a list may only hold fixed values (numbers, texts, dates)",
    "keyword_as_value": "expected a value but found the word '{word}'",
    "ends_early": "the condition ends too early; a value is missing",
    "expected_value": "expected a value but found {found}",
    "field_after_dot": "expected a field name after '.'",
    "unknown_function": "unknown function '{name}'{hint}",
    "quantifier_needs_list": ('{fn}() needs a list field first, e.g. {fn}(vehicle.repairs, '
                              'item.part == "brake_pads")'),
    "exists_needs_field": "exists() needs a field, e.g. exists(customer.referrer_id)",
    "when_needs_text": '{fn}() needs a quoted value, e.g. {fn}("{example}")',
    "duration_needs_number": "{fn}() needs a number, e.g. {fn}(3)",
    "invalid_when": "'{value}' is not {fn}; write it like '{example}'",
    # -- bulk evaluation (core/bulk) ----------------------------------------------------------
    "impact_bad_row": "row {row} of the file cannot be read: {detail}",
    "impact_bad_file": "the file {name} cannot be read: it is not valid base64",
    "bulk_bad_json": "not valid JSON: {detail}",
    "bulk_not_object": "a row must be a JSON object (one customer's facts), not {kind}",
    "bulk_bad_cell": "column {column}: not valid JSON: {detail}",
    "bulk_bad_column": "column {column}: {detail}",
    "bulk_failed": "the evaluation failed: {detail}",
    "bulk_format": "{path}: unknown file type; use .jsonl, .csv or .xlsx",
    "bulk_no_header": ("{path}: the first row must name the columns (dotted fact paths, e.g. "
                       "customer.id)"),
    "bulk_summary": ("{rows} rows: {ok} ok, {errors} with errors, in {seconds} s "
                     "({rate} rows/s, jobs: {jobs})"),
    "bulk_hits": "rules applied (rows):",
    "bulk_no_hits": "no rule applied",
    "not_published": ("the store has no published ruleset of group '{group}' for the domain "
                      "{domain}"),
    # -- condition checking -----------------------------------------------------------------
    "not_a_condition": ("this is {kind}, not a condition; compare it with something, "
                        "e.g. '> 0' or '== \"gold\"'"),
    "nested_quantifier": ("{fn}() inside another any()/all() is not supported; add a derived "
                          "fact instead"),
    "not_a_list": "{path} is {kind}, not a list; {fn}() needs a list",
    "order_compare": "{kind} can only be compared with == or !=",
    "contains_needs_text_list": "'contains' needs a list of texts; {path} is a list of {kind}",
    "text_op_needs_string": "'{op}' works on text, but this is {kind}",
    "bad_pattern": "this pattern is not a valid regular expression: {detail}",
    "condition_as_value": ("a condition cannot be used as a value here; put it in brackets on "
                           "its own or join it with 'and'/'or'"),
    "cannot_negate": "cannot negate {kind}",
    "bad_arith": "cannot use '{op}' between {left} and {right}",
    "date_whole_days": ("add or subtract whole days() to a date (hours and minutes need a date "
                        "and time)"),
    "kind_mismatch": "both sides must be of the same kind: {left} vs {right}{hint}",
    "hint_date": (' (write date("2026-01-31") for a date, datetime("2026-01-31T09:00") for a '
                  'time)'),
    "hint_number": " (numbers are written without quotes)",
    "hint_duration": " (write days(3), hours(2) or minutes(30) for a duration)",
    "list_kind_mismatch": "every value in the list must be {left}, not {right}",
    "not_enum_value": "'{value}' is not a value of {path}{hint}; allowed: {allowed}",
    "did_you_mean": " (did you mean '{suggestion}'?)",
    "known_names": " (known: {names})",
    "list_too_long": "a list may hold at most {max} values",
    "item_outside": "'item' can only be used inside any() or all()",
    "field_of_scalar": "{where} is {kind} and has no field '{name}'",
    "unknown_field": "unknown field '{name}'{owner}{hint}",
    "in_owner": " in {owner}",
    "object_path": "{path} is a group of fields; pick one, e.g. {example}",
    "list_path": "{path} is a list; test its items with any({path}, ...) or all({path}, ...)",
    "too_many_terms": ("this condition has {count} alternatives once its 'or's are multiplied "
                       "out (at most {max}); split it into several rules or use 'in [...]'"),
    "item_test_outside": ("inside {fn}({list}, ...) each test must look at the item (item.…); "
                          "move this test outside"),
}


class Term(str):
    """A translatable word used as a message parameter (e.g. Term("number"))."""

    def render(self, lang: str) -> str:
        english = TERMS.get(str(self))
        return core_text(english, lang) if english else str(self)


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
        template = core_text(CATALOG[self.code], lang)
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
