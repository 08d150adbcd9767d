"""The ``dealer-rules`` command.

Errors a user can fix are printed as one clear line each (in Chinese with ``--lang zh`` or
a Chinese ``LANG``), never as a traceback; exit status 1 means "your rulesets or facts have
a problem", 2 "the command was used wrongly". Other packages add commands through the
``dealer_rules.cli`` entry-point group (the web package adds ``serve`` this way).
"""
from __future__ import annotations

import datetime as dt
import json
import os
import sys
from pathlib import Path

import click

from .cli_lazy import extra_commands, summary
from .shipped import shipped_rulesets  # noqa: F401 - where the shipped rulesets are (re-exported)

# The rest of core is imported inside the commands that use it, so that `dealer-rules --help`
# starts in about the time Python takes to start (tests/core/test_cli.py checks what it imports).


def _default_lang() -> str:
    for var in ("DEALER_RULES_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


class Context:
    """What the commands share: the language and, built on first use, the plugins."""

    def __init__(self, lang: str):
        self.lang = lang
        self._pm = self._registry = None

    @property
    def pm(self):
        if self._pm is None:
            from .plugins import get_plugin_manager
            self._pm = get_plugin_manager()
        return self._pm

    @property
    def registry(self):
        if self._registry is None:
            from .registry import Registry
            self._registry = Registry.from_plugin_manager(self.pm)
        return self._registry

    def error_prefix(self) -> str:
        """``error: `` in red, in the reader's language."""
        from .messages import Message
        return click.style(Message("cli_error").render(self.lang), fg="red")

    def fail(self, error: Exception) -> None:
        """Print a user-fixable error as plain lines and exit 1."""
        from .messages import UserError
        if isinstance(error, UserError):
            text = error.render(self.lang)
        else:
            text = str(error)
        for line in text.splitlines() or [""]:
            click.echo(self.error_prefix() + line, err=True)
        sys.exit(1)


class _Group(click.Group):
    """Adds commands from installed packages (imported only when run: cli_lazy.py) and turns
    PluginErrors into one line."""

    def list_commands(self, ctx):
        return sorted(set(super().list_commands(ctx)) | set(extra_commands()))

    def get_command(self, ctx, name):
        command = super().get_command(ctx, name)
        if command is None and name in extra_commands():
            command = extra_commands()[name].load()
        return command

    def format_commands(self, ctx, formatter):
        """click's listing, with the added commands' summaries read from their source."""
        rows = []
        for name in self.list_commands(ctx):
            command = super().get_command(ctx, name)
            if command is not None and command.hidden:
                continue
            rows.append((name, command or click.Command(name, help=summary(extra_commands()[name]))))
        if rows:
            limit = formatter.width - 6 - max(len(name) for name, _ in rows)
            with formatter.section("Commands"):
                formatter.write_dl([(name, command.get_short_help_str(limit)) for name, command in rows])

    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except Exception as exc:
            from .engine import EngineChoiceError
            from .registry import PluginError
            if isinstance(exc, EngineChoiceError):  # DEALER_RULES_ENGINE names no usable matcher
                ctx.obj.fail(exc)
            if not isinstance(exc, PluginError):
                raise
            prefix = ctx.obj.error_prefix() if isinstance(ctx.obj, Context) else "error: "
            click.echo(prefix + str(exc), err=True)
            sys.exit(1)


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--lang", type=click.Choice(["en", "zh"]), default=_default_lang,
              help="Language of messages (default: from DEALER_RULES_LANG or LANG).")
@click.version_option(package_name="dealer-rules")
@click.pass_context
def main(ctx, lang):
    """dealer-rules: declarative policy rulesets for car dealer groups.

    Rulesets are YAML files, one per (dealer group, domain). Validate and test them,
    evaluate facts against them, and list the plugins that give the domains and actions.

    The matcher is chosen with DEALER_RULES_ENGINE=durable|compiled (default: durable where
    durable-rules is installed, else compiled; docs/engine.md).
    """
    ctx.obj = Context(lang)


def _library(paths):
    from .bulk.source import library_of
    return library_of(paths)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def validate(obj: Context, paths):
    """Check ruleset files (YAML) without running them (default: the shipped rulesets).

    Reports every problem of every file in one pass, each with its file, line and rule
    (and, as warnings that do not fail, labels and titles stating a number their
    parameters contradict):
    YAML syntax, unknown fields, conditions that do not fit the domain's facts, unknown
    actions, bad parameters, and test cases whose facts or expected paths do not exist.
    Anchors and aliases are refused, and so is a file over a size limit (bytes, nesting,
    rules, test cases, condition length: DEALER_RULES_MAX_*, docs/rulesets.md).
    """
    from .library import RulesetLibrary
    from .messages import Message
    from .problems import RulesetError
    library = _library(paths) if not paths else RulesetLibrary.from_paths(paths, fallback=_library(()))
    problems = list(library.errors)
    for group, domain in library.keys():
        try:
            compiled = library.compile(group, domain, obj.registry)
        except RulesetError as exc:
            problems.append(exc)
            continue
        compiled.close()
        # a label contradicting its number, a gap between decision-table rows: not errors
        for warning in [*compiled.warnings, *library.get(group, domain).table_findings()]:
            click.echo(Message("cli_warning", text=warning.render(obj.lang)).render(obj.lang),
                       err=True)
    count = len(library.keys()) + len(library.errors)
    if problems:
        for error in problems:
            for line in error.render(obj.lang).splitlines():
                click.echo(obj.error_prefix() + line, err=True)
        click.echo(Message("cli_invalid", invalid=len(problems), count=count).render(obj.lang), err=True)
        sys.exit(1)
    click.echo(Message("cli_valid", count=count).render(obj.lang))


@main.command("test")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.option("-v", "--verbose", is_flag=True, help="List every test case, not only failures.")
@click.pass_obj
def test_command(obj: Context, paths, verbose):
    """Run the test cases written in rulesets (default: the shipped rulesets).

    Prints each failing case with the reason, then a summary line; exits 1 when a case
    fails or a ruleset does not load.
    """
    from .evaluate import Evaluator
    from .library import RulesetLibrary
    from .messages import Message
    from .problems import RulesetError
    from .testing import run_tests
    library = _library(paths) if not paths else RulesetLibrary.from_paths(paths, fallback=_library(()))
    evaluator = Evaluator(obj.pm)
    passed = failed = broken = 0
    for error in library.errors:
        broken += 1
        for line in error.render(obj.lang).splitlines():
            click.echo(obj.error_prefix() + line, err=True)
    for group, domain in library.keys():
        try:
            compiled = library.compile(group, domain, obj.registry)
        except RulesetError as exc:
            broken += 1
            for line in exc.render(obj.lang).splitlines():
                click.echo(obj.error_prefix() + line, err=True)
            continue
        try:
            for case in run_tests(compiled, evaluator):
                label = f"{group}/{domain}: {case.name}"
                if case.passed:
                    passed += 1
                    if verbose:
                        click.echo(click.style("PASS ", fg="green") + label)
                else:
                    failed += 1
                    click.echo(click.style("FAIL ", fg="red") + label)
                    for failure in case.failures:
                        click.echo("     " + failure.render(obj.lang))
        finally:
            compiled.close()
    line = Message("cli_cases", passed=passed, failed=failed).render(obj.lang)
    if broken:
        line += Message("cli_broken", broken=broken).render(obj.lang)
    click.echo(click.style(line, fg="red" if failed or broken else "green"))
    if failed or broken:
        sys.exit(1)


@main.command()
@click.option("--group", "-g", required=True, help="Dealer group id, e.g. default.")
@click.option("--domain", "-d", required=True, help="Domain, e.g. tiers (see `dealer-rules plugins`).")
@click.argument("facts", type=click.File("r", encoding="utf-8"), default="-")
@click.option("--at", "at", help="Evaluate as if at this time (ISO 8601; default: now). With "
                                 "--input: for every row.")
@click.option("--explain", is_flag=True, help="Also list the rules that did not apply, and why.")
@click.option("--rulesets", "paths", multiple=True, type=click.Path(exists=True, path_type=Path),
              help="Where to find rulesets (repeatable; default: the shipped rulesets).")
@click.option("--database-url", metavar="URL",
              help="Use the group's published ruleset in this store (e.g. sqlite:///rules.sqlite) "
                   "instead of files.")
@click.option("--format", "output", type=click.Choice(["json", "yaml"]), default="json",
              show_default=True, help="yaml is easier to read (and keeps Chinese as it is).")
@click.option("--select", "selects", multiple=True, metavar="PATH",
              help="Print only these parts of the decision (repeatable), e.g. result.order or "
                   "fired[*].id; [*] takes every item of a list.")
@click.option("--input", "input_path", type=click.Path(exists=True, dir_okay=False, path_type=Path),
              help="Bulk: evaluate every row of this file (.jsonl, .csv or .xlsx; CSV and xlsx "
                   "columns are dotted fact paths). Needs --output.")
@click.option("--output", "output_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Bulk: write one answer per input row, in input order (.jsonl, .csv or "
                   ".xlsx); a bad row gets its error there and the run goes on.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Bulk: worker processes (default: the cores).")
@click.pass_obj
def evaluate(obj: Context, group, domain, facts, at, explain, paths, database_url, output,
             selects, input_path, output_path, jobs):
    """Evaluate FACTS and print the decision.

    FACTS is a JSON file; without it (or with -) the facts are read from standard input.
    With --input and --output, evaluate a whole file instead (bulk): a progress bar on a
    terminal, then a summary on standard error (rows, ok, errors, time, rules applied).
    """
    from .bulk.source import RulesetSource
    from .evaluate import EvaluationError, Evaluator, FactsError
    from .messages import UserError
    from .problems import RulesetError
    from .testing import select_path
    if bool(input_path) != bool(output_path):
        raise click.UsageError("--input and --output go together")
    try:
        when = dt.datetime.fromisoformat(at) if at else None
    except ValueError:
        raise click.BadParameter(f"{at!r} is not an ISO 8601 date-time", param_hint="--at")
    source = RulesetSource(group, domain, tuple(str(p) for p in paths), database_url)
    if input_path and facts.name != "<stdin>":
        raise click.UsageError("give FACTS or --input, not both")
    if input_path and (selects or output != "json"):
        raise click.UsageError("--select and --format print one decision; with --input the "
                               "output file's extension says its format")
    if not input_path:
        try:
            data = json.load(facts)
        except json.JSONDecodeError as exc:
            obj.fail(ValueError(f"{facts.name}: not valid JSON: {exc}"))
    try:
        opened = source.open(obj.registry)
    except LookupError as exc:
        obj.fail(ValueError(exc.args[0]))
    except (RulesetError, UserError) as exc:
        obj.fail(exc)
    if input_path:
        from .bulk.command import run_bulk
        from .bulk.run import default_jobs
        try:
            run_bulk(obj, source, opened, when or dt.datetime.now(dt.timezone.utc), input_path,
                     output_path, jobs or default_jobs(), explain)
        except (UserError, OSError) as exc:
            obj.fail(exc)
        finally:
            opened.close()
        return
    try:
        decision = Evaluator(obj.pm).evaluate(opened.ruleset, data, at=when, explain=explain)
    except (FactsError, EvaluationError) as exc:
        obj.fail(exc)
    finally:
        opened.close()
    shown = decision.model_dump(mode="json")
    if selects:
        try:
            shown = {path: select_path(shown, path) for path in selects}
        except KeyError as exc:
            raise click.BadParameter(f"the decision has no {exc.args[0]!r}", param_hint="--select")
    if output == "yaml":
        import yaml
        click.echo(yaml.safe_dump(shown, allow_unicode=True, sort_keys=False, width=100), nl=False)
    else:
        click.echo(json.dumps(shown, indent=2, ensure_ascii=False))


@main.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
@click.pass_obj
def plugins(obj: Context, as_json):
    """List the loaded plugins: version, hooks, domains and actions."""
    from .plugins import describe_plugins
    described = describe_plugins(obj.pm, obj.registry)
    if as_json:
        click.echo(json.dumps(described, indent=2, ensure_ascii=False))
        return
    for p in described:
        click.echo(f"{p['name']}  ({p['package']} {p['version']})")
        click.echo(f"  hooks:   {', '.join(p['hooks']) or '-'}")
        click.echo(f"  domains: {', '.join(p['domains']) or '-'}")
        by_domain: dict[str, list[str]] = {}
        for qualified in p["actions"]:  # as a ruleset of that domain writes them under then:
            domain, _, name = qualified.partition(".")
            by_domain.setdefault(domain, []).append(name)
        if not by_domain:
            click.echo("  actions: -")
        for domain, names in by_domain.items():
            click.echo(f"  actions ({domain}): {', '.join(names)}")


@main.command("new-plugin")
@click.argument("name")
@click.option("--dir", "where", type=click.Path(file_okay=False, path_type=Path), default=".",
              show_default=True, help="Where to create the package's folder.")
@click.pass_obj
def new_plugin(obj: Context, name, where):
    """Create a plugin package to start from: domain NAME, a ruleset, tests.

    Writes dealer-rules-NAME/ in the plugin shape of docs/plugins.md (hooks in __init__.py,
    domain.py, facts.py, result.py, actions.py, derive.py, finalise.py, the Chinese in
    locale/zh/LC_MESSAGES/messages.po), a ruleset
    with test cases and pytest tests; its README says how to install and run them.
    """
    from .scaffold import ScaffoldError, new_plugin as scaffold
    try:
        target = scaffold(name, where)
    except ScaffoldError as exc:
        obj.fail(exc)
    click.echo(f"created {target}")
    click.echo(f"next: cd {target} && pip install -e '.[test]' && dealer-rules test rulesets/ && pytest")


@main.group("translations")
def translations():
    """Keep the Chinese of every text up to date: gettext catalogs (.po, .mo).

    Each catalog's msgids are the English texts of core, of each installed plugin and of
    the admin; their Chinese is in the .po files (docs/plugins.md, "Translations").
    """


@translations.command("build")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def translations_build(obj: Context, paths):
    """Add new texts to every catalog (or those inside PATHS), drop obsolete ones, compile
    the .mo; exit 1 naming every text still without Chinese."""
    sys.exit(_translations(obj, paths, check=False))


@translations.command("check")
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=Path))
@click.pass_obj
def translations_check(obj: Context, paths):
    """Change nothing; exit 1 naming every text without Chinese, every translation with
    other placeholders, and every catalog whose .po or .mo is out of date."""
    sys.exit(_translations(obj, paths, check=True))


def _translations(obj: Context, paths, check: bool) -> int:
    from .catalogs import all_sources, run, selected
    sources = selected(all_sources(obj.registry), paths)
    if paths and not sources:
        click.echo(f"no catalog of core, the admin or an installed plugin is inside "
                   f"{', '.join(map(str, paths))}: is the plugin installed (pip install -e .)?",
                   err=True)
        return 1
    return run(sources, check=check, echo=click.echo)
