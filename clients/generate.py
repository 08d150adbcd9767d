"""Regenerate the typed Python client of the HTTP API, ``clients/python`` (the package
``dealer_rules_client``), and the OpenAPI document it is made from, ``clients/openapi.json``.

Run it after any change to the API, from the project's virtualenv::

    .venv/bin/python clients/generate.py

The document is the one ``dealer-rules serve`` answers on ``/api/v1/openapi.json`` with the
built-in plugins only (installed third-party plugins, settings files and ``DEALER_RULES_*``
variables are left out, so every machine writes the same files), served in-process over a
throwaway SQLite store. openapi-python-client (the ``test`` extras) then writes the client
with the settings of ``clients/config.yaml``. ``tests/service/test_python_client.py`` fails,
naming this command, when the committed files differ from what it writes.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "config.yaml"
DOCUMENT = "openapi.json"
PACKAGE = "python"
COMMAND = ".venv/bin/python clients/generate.py"


def served_document(folder: Path) -> dict:
    """The OpenAPI document of the service with its built-in plugins, as GET
    /api/v1/openapi.json answers it."""
    for name in [n for n in os.environ if n.startswith("DEALER_RULES_")]:
        del os.environ[name]                      # only the defaults decide the document
    os.environ["DEALER_RULES_DISABLE_PLUGIN_AUTOLOAD"] = "1"
    os.environ["DEALER_RULES_INSTANCE_PATH"] = str(folder / "instance")
    from dealer_rules.web import create_app
    app = create_app({"DATABASE_URL": f"sqlite:///{folder / 'store.sqlite'}",
                      "START_REFRESHER": False})
    try:
        response = app.test_client().get("/api/v1/openapi.json")
        if response.status_code != 200:
            raise SystemExit(f"GET /api/v1/openapi.json answered {response.status_code}: "
                             f"{response.get_data(as_text=True)}")
        return response.get_json()
    finally:
        app.extensions["dealer_rules"].close()


def generate(output: Path) -> None:
    """Write ``openapi.json`` and ``python/`` into ``output``; the folder's former
    contents are replaced only once both are written in full."""
    with tempfile.TemporaryDirectory(prefix="dealer-rules-client-") as tmp:
        work = Path(tmp)
        document = work / DOCUMENT
        document.write_text(json.dumps(served_document(work), indent=2, ensure_ascii=False)
                            + "\n", encoding="utf-8")
        bin_ = Path(sys.executable).parent       # the generator and its post-hook, ruff
        env = {**os.environ, "PATH": f"{bin_}{os.pathsep}{os.environ.get('PATH', '')}",
               "RUFF_NO_CACHE": "true"}            # no cache folder among the files
        run = subprocess.run([str(bin_ / "openapi-python-client"), "generate",
                              "--path", str(document), "--output-path", str(work / PACKAGE),
                              "--config", str(CONFIG), "--meta", "pdm", "--fail-on-warning"],
                             capture_output=True, text=True, env=env, cwd=work)
        if run.returncode != 0:
            raise SystemExit("openapi-python-client failed:\n" + run.stdout + run.stderr)
        output.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(output / PACKAGE, ignore_errors=True)
        shutil.copytree(work / PACKAGE, output / PACKAGE)
        shutil.copyfile(document, output / DOCUMENT)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--output", type=Path, default=HERE,
                        help="where openapi.json and python/ go (default: clients/)")
    generate(parser.parse_args(argv).output.resolve())


if __name__ == "__main__":
    main()
