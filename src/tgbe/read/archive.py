"""The one checked opener for zip archives (.docx notices, .xlsx ledgers).

:func:`open_archive` reads the archive's directory and refuses, with a located one-line
error, before anything is unpacked:

* more than :data:`MAX_MEMBERS` entries;
* entries that would unpack to more than the caller's byte limit in all (``--max-bytes``
  bounds what is read, compressed or not);
* an entry larger than :data:`RATIO_FLOOR` that expands more than :data:`MAX_RATIO`-fold
  (a zip bomb; ordinary Office XML compresses 5- to 20-fold).

Members are then read through a counting stream, so a directory that lies about sizes
still cannot make a reader unpack more than the limit.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, TYPE_CHECKING

from tgbe.errors import TgbeError

if TYPE_CHECKING:
    import zipfile

MAX_MEMBERS = 10_000  # entries in one archive (a Word document has a few dozen)
MAX_RATIO = 100  # uncompressed / compressed size of one entry
RATIO_FLOOR = 1024 * 1024  # entries smaller than this are not judged by their ratio


class Archive:
    """A zip archive whose directory passed the checks; its members read within a budget."""

    def __init__(self, name: str, archive: zipfile.ZipFile, budget: int) -> None:
        self.name = name
        self._archive = archive
        self._left = budget

    def names(self) -> list[str]:
        """The member names, in directory order."""
        return self._archive.namelist()

    def open(self, member: str) -> IO[bytes]:
        """A stream of ``member``'s bytes that stops the read at the archive's budget."""
        try:
            stream = self._archive.open(member)
        except KeyError as error:
            raise TgbeError.at(self.name, f"archive has no member {member!r}") from error
        return io.BufferedReader(_Counted(self, stream))

    def read(self, member: str) -> bytes:
        """All bytes of ``member`` (within the budget)."""
        with self.open(member) as stream:
            return stream.read()

    def spend(self, count: int) -> None:
        """Count ``count`` unpacked bytes against the budget; an error past it."""
        self._left -= count
        if self._left < 0:
            raise TgbeError.at(self.name, "archive unpacks to more than its directory says, "
                                          "over the limit (raise it with --max-bytes)")


class _Counted(io.RawIOBase):
    """A member's stream whose bytes are counted against the archive's budget."""

    def __init__(self, archive: Archive, stream: IO[bytes]) -> None:
        super().__init__()
        self._archive = archive
        self._stream = stream

    def readable(self) -> bool:
        """Always true: this is an input stream."""
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        """Fill ``buffer`` from the member, counting what was unpacked."""
        import zipfile
        import zlib

        try:
            data = self._stream.read(len(buffer))
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError) as error:
            raise TgbeError.at(self._archive.name, f"damaged archive member: {error}") from error
        self._archive.spend(len(data))
        buffer[: len(data)] = data
        return len(data)

    def close(self) -> None:
        """Close the member's stream too."""
        self._stream.close()
        super().close()


@contextmanager
def open_archive(name: str, source: bytes | str | Path, max_bytes: int, kind: str
                 ) -> Iterator[Archive]:
    """Open the zip archive ``source`` (its bytes or its path) for reading, checked.

    ``kind`` names what was expected in errors (``"a Word document"``).  Raises
    :class:`TgbeError` located at ``name`` for a damaged archive or one over the limits.
    """
    import zipfile  # here, not at the top: reading a .txt notice never needs it

    suffix = Path(name).suffix or "zip"
    try:
        archive = zipfile.ZipFile(io.BytesIO(source) if isinstance(source, bytes) else source)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError) as error:
        raise TgbeError.at(name, f"not a {suffix} file: expected {kind} (a zip archive)"
                           ) from error
    with archive:
        check_entries(name, archive.infolist(), max_bytes)
        yield Archive(name, archive, max_bytes)


def check_entries(name: str, entries: list[zipfile.ZipInfo], max_bytes: int) -> None:
    """Refuse a directory with too many entries, too many bytes or a likely zip bomb."""
    if len(entries) > MAX_MEMBERS:
        raise TgbeError.at(name, f"archive has {len(entries)} entries, over the limit of "
                                 f"{MAX_MEMBERS}")
    total = sum(entry.file_size for entry in entries)
    if total > max_bytes:
        raise TgbeError.at(name, f"archive unpacks to {total} bytes, over the limit of "
                                 f"{max_bytes} (raise it with --max-bytes)")
    for entry in entries:
        ratio = entry.file_size // max(entry.compress_size, 1)
        if entry.file_size > RATIO_FLOOR and ratio > MAX_RATIO:
            raise TgbeError.at(name, f"archive entry {entry.filename!r} expands {ratio}-fold "
                                     f"(over {MAX_RATIO}-fold): refusing a likely zip bomb")
