"""The key that signs the admin's session cookies and CSRF tokens, when no
``DEALER_RULES_SECRET_KEY`` is set.

Every worker must sign with the same key, and a restart must keep it, or staff are signed
out at random (a form posted to another worker "has expired"). So ``dealer-rules serve``
makes one key, once, in the instance folder (``secret_key``, readable by its owner only),
before any worker starts; ``create_app`` reads it. Several machines serving one store need
the same key set on each: a file on one machine cannot tell them.
"""
from __future__ import annotations

import os
import secrets

FILE_NAME = "secret_key"


def path_in(instance: str) -> str:
    return os.path.join(instance, FILE_NAME)


def load(instance: str) -> str | None:
    """The key kept in ``instance`` (None if there is none yet)."""
    try:
        with open(path_in(instance), encoding="ascii") as fh:
            key = fh.read().strip()
    except FileNotFoundError:
        return None
    return key or None


def ensure(instance: str) -> tuple[str, bool]:
    """(the key kept in ``instance``, whether it was made now). Made with mode 0600 and put
    in place with one link, so two starts at once agree on one key and no reader sees half
    a file."""
    os.makedirs(instance, mode=0o700, exist_ok=True)
    target = path_in(instance)
    key = load(instance)
    if key is not None:
        if os.stat(target).st_mode & 0o077:
            os.chmod(target, 0o600)     # an older copy readable by others: owner only
        return key, False
    temporary = f"{target}.{os.getpid()}.new"
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(secrets.token_hex(32) + "\n")
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(temporary, target)
            made = True
        except FileExistsError:         # another start made it first: use theirs
            made = False
    finally:
        os.unlink(temporary)
    return load(instance), made
