"""``dealer-rules serve`` and ``dealer-rules db``: added to the core CLI through the
``dealer_rules.cli`` entry-point group (core never imports web)."""
from __future__ import annotations

import os
import tempfile

import click

from . import gunicorn_settings, secret_key
from .config import instance_path, load_settings


def service_settings():
    instance = instance_path()
    settings = load_settings(os.path.join(instance, "dealer-rules.toml"))
    if not settings["DATABASE_URL"]:
        os.makedirs(instance, mode=0o700, exist_ok=True)
        settings["DATABASE_URL"] = f"sqlite:///{os.path.join(instance, 'dealer-rules.sqlite')}"
    return settings


def prepare_store(settings: dict, seed: bool = True, echo=click.echo) -> None:
    """Migrate, seed the shipped rulesets, create the admin (its password printed once)."""
    from dealer_rules.core.store import Store
    from dealer_rules.core.store.seed import ensure_admin, seed_rulesets

    from .services import seed_directory
    store = Store(settings["DATABASE_URL"])
    try:
        store.upgrade()
        directory = seed_directory(settings["SEED_RULESETS"])
        if seed and directory is not None:
            for label in seed_rulesets(store, directory):
                echo(f"seeded {label} as version 1")
        password = ensure_admin(store)
        if password:
            echo(click.style("Created the user 'admin' with the one-time password: ", fg="yellow")
                 + password)
            echo("It is shown only this once; change it under My account (/admin/account) after signing in.")
    finally:
        store.dispose()


@click.command()
@click.option("--bind", "-b", help="Address to listen on (default: DEALER_RULES_BIND or "
                                   "127.0.0.1:8080).")
@click.option("--workers", "-w", type=int, help="Worker processes (default: the CPU cores).")
@click.option("--threads", type=int, help="Threads per worker (default 1).")
@click.option("--dev", is_flag=True, help="Run Flask's development server with the reloader "
                                          "instead of gunicorn.")
@click.option("--no-seed", is_flag=True, help="Do not seed the shipped rulesets.")
def serve(bind, workers, threads, dev, no_seed):
    """Run the rules service (HTTP API on /api/v1).

    On first start it creates the database (SQLite in the instance folder unless
    DEALER_RULES_DATABASE_URL says otherwise), migrates it, publishes the shipped rulesets
    as version 1 and creates the user 'admin', printing its one-time password. Without
    DEALER_RULES_SECRET_KEY it makes, once, the key that signs the admin's sessions and
    keeps it in the instance folder (owner only): every worker and every restart uses it;
    several machines serving one store need the same key set on each. Settings:
    DEALER_RULES_* environment variables or the file named by DEALER_RULES_CONFIG (see
    docs/configuration.md; docs/reliability.md for restarts, outages and secrets).
    """
    settings = service_settings()
    if bind:
        settings["BIND"] = bind
    if workers:
        settings["WORKERS"] = workers
    if threads:
        settings["THREADS"] = threads
    prepare_store(settings, seed=not no_seed)
    if not settings["SECRET_KEY"]:
        _keep_secret_key(settings)
    os.environ["DEALER_RULES_DATABASE_URL"] = settings["DATABASE_URL"]
    if dev:
        from . import create_app
        host, _, port = settings["BIND"].rpartition(":")
        create_app().run(host=host or "127.0.0.1", port=int(port), debug=True, use_reloader=True)
        return
    run_gunicorn(settings)


def _keep_secret_key(settings: dict) -> None:
    """No DEALER_RULES_SECRET_KEY: make (once) the key every worker reads from the instance
    folder, and say so; on PostgreSQL, say that several nodes need the key set."""
    from dealer_rules.core.messages import Message
    lang = getattr(click.get_current_context().find_root().obj, "lang", "en")
    instance = instance_path()
    _, made = secret_key.ensure(instance)
    where = secret_key.path_in(instance)
    click.echo(Message("secret_key_made" if made else "secret_key_kept", path=where).render(lang))
    if not settings["DATABASE_URL"].startswith("sqlite"):
        click.echo(click.style(Message("secret_key_several_nodes").render(lang), fg="yellow"))


def run_gunicorn(settings: dict) -> None:
    """gunicorn with ``settings``; prometheus metrics shared by all workers, in a folder
    made here (in the master) and removed by the master alone when it stops."""
    own_dir = None
    if not os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        own_dir = tempfile.mkdtemp(prefix="dealer-rules-metrics-")
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = own_dir
    from gunicorn.app.base import BaseApplication

    threads = settings["THREADS"] or 1
    options = {
        "bind": settings["BIND"],
        "workers": settings["WORKERS"] or os.cpu_count() or 1,
        "threads": threads,
        "worker_class": "gthread" if threads > 1 else "sync",
        "timeout": settings["TIMEOUT"],
        "max_requests": settings["MAX_REQUESTS"],
        "max_requests_jitter": settings["MAX_REQUESTS"] // 10,   # not all workers at once
        "accesslog": settings["ACCESS_LOG"] or None,
        "access_log_format": '%(h)s "%(r)s" %(s)s %(b)s %(M)sms rid=%({x-request-id}o)s',
        "child_exit": gunicorn_settings.child_exit,
        "post_worker_init": gunicorn_settings.post_worker_init,
        **gunicorn_settings.control_socket_options(instance_path(), settings["BIND"]),
        "on_exit": gunicorn_settings.remove_at_master_exit(own_dir, os.getpid()) if own_dir
        else None,
    }

    class Server(BaseApplication):
        def load_config(self):
            for key, value in options.items():
                if value is not None and key in self.cfg.settings:   # known to this gunicorn
                    self.cfg.set(key, value)

        def load(self):
            from . import create_app
            return create_app()

    Server().run()    # the workers leave through here too (SystemExit): no cleanup below


@click.group()
def db():
    """Manage the ruleset store's database."""


@db.command()
def upgrade():
    """Create or migrate the database to the current schema."""
    from dealer_rules.core.store import Store
    store = Store(service_settings()["DATABASE_URL"])
    try:
        store.upgrade()
        click.echo(f"database at schema revision {store.current_revision()}")
    finally:
        store.dispose()


@db.command()
@click.argument("directory", required=False, type=click.Path(exists=True, file_okay=False))
def seed(directory):
    """Publish the rulesets under DIRECTORY (default: the shipped ones) that the store does
    not have yet, and create the admin user if there is none."""
    settings = service_settings()
    if directory:
        settings["SEED_RULESETS"] = directory
    prepare_store(settings)


# backup, restore, verify and copy live in web/cli_data.py (with export and import)
from .cli_data import backup, copy_command, restore, verify  # noqa: E402

for _command in (backup, restore, verify, copy_command):
    db.add_command(_command)
