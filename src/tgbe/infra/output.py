"""Writing results: atomically to a file (temp file + rename) or to standard output."""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from tgbe.errors import TgbeError
from tgbe.infra.terminal import strip_escapes, use_color

BOM = "\ufeff"  # starts every CSV tgbe writes, so that Excel reads it as UTF-8


def write_bytes_atomic(path: str | Path, produce: Callable[[Path], object]) -> None:
    """Call ``produce(tmp_path)`` to write a temp file beside ``path``, then rename it.

    Nothing is left behind when ``produce`` fails or the run is interrupted.  The file gets
    the permissions a plain ``open`` would give it (the umask's, or the replaced file's), not
    the owner-only mode of a temp file.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path(".")
    if not directory.is_dir():
        raise TgbeError.at(str(target), "cannot write: the folder does not exist")
    if target.is_dir():
        raise TgbeError.at(str(target), "cannot write: it is a folder; expected a file name")
    with _write_errors(target):
        handle, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                            dir=directory)
        os.close(handle)
        tmp = Path(tmp_name)
        try:
            produce(tmp)
            tmp.chmod(_mode_for(target, 0o666))
            os.replace(tmp, target)
        except BaseException:
            tmp.unlink(missing_ok=True)
            raise


@contextmanager
def _write_errors(target: Path) -> Iterator[None]:
    """An operating-system error while writing ``target`` as a located one-line error."""
    try:
        yield
    except OSError as error:
        reason = error.strerror or str(error)
        raise TgbeError.at(str(target), f"cannot write: {reason}") from error


def _mode_for(target: Path, full: int) -> int:
    """The mode ``target`` keeps when replaced, or ``full`` less the process umask."""
    if target.exists():
        return target.stat().st_mode & 0o7777
    umask = os.umask(0)
    os.umask(umask)
    return full & ~umask


def _to_stdout(output: str | None) -> bool:
    return output is None or output == "-"


def clean(text: str, output: str | None) -> str:
    """``text`` as it may be written to ``output``: no escape codes in files and pipes."""
    return text if _to_stdout(output) and use_color() else strip_escapes(text)


def emit(text: str, output: str | None, *, bom: bool = False) -> None:
    """Print ``text`` to stdout, or write it atomically (UTF-8) to ``output``.

    ``bom`` starts it with a byte-order mark (CSV for Excel).
    """
    text = (BOM if bom else "") + clean(text, output)
    if output is None or output == "-":
        sys.stdout.write(text if text.endswith("\n") else text + "\n")
        return
    write_bytes_atomic(output, lambda tmp: tmp.write_text(text, encoding="utf-8", newline=""))


def write_folder_atomic(folder: str | Path, files: Mapping[str, bytes]) -> None:
    """Write ``files`` (name -> content) as the folder ``folder``, all at once.

    The files are written into a temp folder beside it, which then takes its place.  An
    existing ``folder`` is replaced only when it holds nothing but files with the same
    suffixes (a previous export); anything else is refused, never deleted.
    """
    target = Path(folder)
    parent = target.parent if str(target.parent) else Path(".")
    if not parent.is_dir():
        raise TgbeError.at(str(target), "cannot write: the parent folder does not exist")
    suffixes = {Path(name).suffix for name in files}
    if target.exists() and (not target.is_dir() or any(
        not path.is_file() or path.suffix not in suffixes for path in target.iterdir()
    )):
        raise TgbeError.at(str(target), "cannot write: it exists and is not a previous export")
    with _write_errors(target):
        tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".tmp", dir=parent))
        old = tmp.with_name(tmp.name + ".old")
        try:
            tmp.chmod(_mode_for(target, 0o777))
            for name, content in files.items():
                (tmp / name).write_bytes(content)
            if target.exists():
                os.replace(target, old)
            os.replace(tmp, target)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
    shutil.rmtree(old, ignore_errors=True)


def emit_stream(chunks: Iterable[str], output: str | None, *, bom: bool = False) -> None:
    """Write ``chunks`` as they come: to stdout (flushed), or atomically to ``output``.

    Used by batch runs so that memory stays flat; an interrupted run leaves no file.  The
    temp file is created when the first chunk is ready, not before.  ``bom`` starts the
    output with a byte-order mark (CSV for Excel).
    """
    cleaned = _cleaned(chunks, output, bom)
    if output is None or output == "-":
        for chunk in cleaned:
            sys.stdout.write(chunk)
            sys.stdout.flush()
        return
    pending = iter(cleaned)
    first = next(pending, "")

    def produce(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as handle:
            handle.write(first)
            handle.writelines(pending)

    write_bytes_atomic(output, produce)


def _cleaned(chunks: Iterable[str], output: str | None, bom: bool) -> Iterator[str]:
    first = True
    for chunk in chunks:
        if first and chunk:
            chunk, first = (BOM if bom else "") + chunk, False
        yield clean(chunk, output)
