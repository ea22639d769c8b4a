"""Writing output files whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from alliance_graph.errors import InputError


@contextlib.contextmanager
def replacing(out: str, *, prefix: str = ".alliance-graph-") -> Iterator[str]:
    """A temporary path beside ``out`` to write; it replaces ``out`` when the block succeeds
    and is removed when it fails, so ``out`` is never left half written.

    The file gets the permissions of an ordinary new file (mkstemp would leave it 0600).
    Raises InputError (one line) for a directory, a missing parent or a write error.

    Example:
        >>> import pathlib, tempfile
        >>> folder = tempfile.mkdtemp()
        >>> with replacing(folder + "/a.txt") as tmp:
        ...     _ = pathlib.Path(tmp).write_text("done")
        >>> pathlib.Path(folder + "/a.txt").read_text()
        'done'
    """
    target = Path(out)
    if target.is_dir():
        raise InputError(f"{out}: is a directory.")
    if not target.parent.is_dir():
        raise InputError(f"{out}: no such directory {str(target.parent)!r}.")
    try:
        fd, tmp = tempfile.mkstemp(prefix=prefix, suffix=target.suffix, dir=target.parent)
        os.close(fd)
    except OSError as exc:
        raise InputError(f"Cannot write {out}: {exc.strerror}.") from None
    try:
        yield tmp
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, target)
    except OSError as exc:
        raise InputError(f"Cannot write {out}: {exc.strerror or exc}.") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _umask() -> int:
    """The process umask (read by setting and restoring it)."""
    mask = os.umask(0o022)
    os.umask(mask)
    return mask
