"""Reading layer: bytes from a file (or stdin) become normalised text with a map back.

Decoding order: explicit ``encoding`` → BOM (UTF-8, UTF-16, UTF-32) → strict UTF-8 →
the more plausible of GB18030 (a superset of GBK and GB2312) and Big5 (read as cp950,
Windows' Big5) among those that decode the bytes strictly → lenient decoding →
charset-normalizer's best guess.
GB18030 decodes almost any byte sequence, so "it decodes" is no evidence: each candidate's
text is scored by its share of characters usual in a Chinese notice (see :func:`_plausibility`).
Lenient decoding: a file that decodes except for a few invalid bytes (at most
:data:`LENIENT_SHARE` of them, in UTF-8 if that fits, else in the more plausible Chinese
codec; with an explicit or BOM-given encoding, in that one) is read with each bad byte
replaced by U+FFFD, and every run of them is listed in :attr:`SourceText.bad_bytes` with its
line and column, so that the parser can warn and ``tgbe lint`` report ENC001.
``strict=True`` (``--strict-encoding``) turns this off: any bad byte is an error.
An undecodable file is reported at the first bad byte of the encoding it most looks like;
a file that is mostly not text (NUL bytes, control characters, or more than
:data:`BINARY_SHARE` bad bytes) is a "binary file".
Normalisation keeps one output line per input line and one output character per input
character (line endings become ``\\n``, full-width digits become ASCII digits, stray BOMs
and control characters become spaces, traditional characters become simplified ones), so
a (line, column) in the normalised text is the same (line, column) in the user's file.
Readers that must join or drop lines (office files) build a :class:`LineMap` that says where
each normalised line came from.
"""

from __future__ import annotations

import codecs
import re
import sys
from pathlib import Path
from typing import BinaryIO

from tgbe.errors import TgbeError
from tgbe.lang.patterns import LazyPattern
from tgbe.read.filekind import special_kind
from tgbe.read.glosses import strip_glosses
from tgbe.read.hanzi import fold_if_traditional
from tgbe.read.office import OFFICE_SUFFIXES
from tgbe.read.source import BadBytes, LineMap, SourceText

# The one list of file name endings read from a directory (readers for office formats
# add theirs here; ``tgbe.cli.batch`` walks directories with it).
NOTICE_EXTENSIONS: tuple[str, ...] = (".txt", *OFFICE_SUFFIXES)

DEFAULT_MAX_BYTES = 50 * 1024 * 1024
STDIN_NAME = "-"
_LINE_BREAK = LazyPattern(r"\r\n|\r|\n")  # only for an error's context
_CHUNK = 1024 * 1024  # bytes read at a time

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Control characters other than tab and line feed (C0, DEL, C1), bidirectional marks,
# overrides and isolates, line and paragraph separators, and noncharacters (U+FDD0–U+FDEF,
# U+FFFE and U+FFFF of every plane): spaces in the text, so that none reaches a terminal,
# an XML report, a ledger or a workbook from a notice's words.
_CONTROL_RANGES = ((0x00, 0x08), (0x0B, 0x0C), (0x0E, 0x1F), (0x7F, 0x9F), (0x061C, 0x061C),
                   (0x200E, 0x200F), (0x2028, 0x202E), (0x2066, 0x2069), (0xFDD0, 0xFDEF),
                   *((plane + 0xFFFE, plane + 0xFFFF) for plane in range(0, 0x110000, 0x10000))
                   )  # inclusive
_CONTROLS = "".join(f"{chr(low)}-{chr(high)}" for low, high in _CONTROL_RANGES)
_FOLD = str.maketrans({
    **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
    **{chr(code): " " for low, high in _CONTROL_RANGES for code in range(low, high + 1)},
    "\ufeff": " ", "\r": None,
})
_CHINESE_GUESSES = frozenset({"big5", "cp950", "big5hkscs", "gb2312", "gbk", "hz"})
_NEEDS_FOLD = LazyPattern(f"[\uff10-\uff19\ufeff\r{_CONTROLS}]")  # astral text only
# The same test in two steps, for speed: the regex engine tries a class's ranges one by
# one at every character, and the noncharacters of 16 astral planes make the class above
# about 15x slower to search than its Basic Multilingual Plane part, while most notices
# hold no astral character at all.
_NEEDS_FOLD_BMP = re.compile("[\uff10-\uff19\ufeff\r" + "".join(
    f"{chr(low)}-{chr(high)}" for low, high in _CONTROL_RANGES if high <= 0xFFFF) + "]")
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")
# Tried in this order when strict UTF-8 fails; the first wins a tie of plausibility
# (Big5-HKSCS only decodes what cp950 cannot: Hong Kong supplementary characters).
_CHINESE_CODECS = ("gb18030", "cp950", "big5hkscs")
# What an undecodable file is said to be expected in, by the codec it most looks like.
_EXPECTED = {"utf-8": "UTF-8 or GB18030", "gb18030": "GB18030", "cp950": "Big5 (cp950)"}
# Characters unusual in a Chinese notice: all but ASCII text, general and CJK punctuation,
# CJK unified ideographs and full-width forms (not U+FFFD, the replacement character).
# Compiled on first use: UTF-8 files never need it, and the class is slow to compile.
_UNUSUAL = "[^\t\n\r -~\u2010-\u203f\u3000-\u303f\u4e00-\u9fff\uff01-\uff5e\uffe0-\uffe5]"
# Plausibility is judged on the first this many bytes or characters (linear on big inputs).
_SAMPLE = 64 * 1024
# Lenient decoding accepts at most this share of undecodable bytes (damage, not another
# encoding) in text at least this plausible; beyond BINARY_SHARE the file is not text.
LENIENT_SHARE = 0.02
BINARY_SHARE = 0.3
_MIN_PLAUSIBILITY = 0.9
# Undecodable bytes become lone surrogates U+DC00 + byte, one per byte (errors=_ESCAPE).
_ESCAPE = "tgbe-escape"
_ESCAPED = re.compile("[\udc00-\udcff]+")
_BINARY = "binary file: expected text (UTF-8, GB18030, UTF-16)"


def normalise(text: str) -> str:
    """Fold line endings, full-width digits, stray BOMs and controls; end with a newline."""
    folded = text
    if _NEEDS_FOLD_BMP.search(text) or (_ASTRAL.search(text) and _NEEDS_FOLD.search(text)):
        folded = text.replace("\r\n", "\n").replace("\r", "\n").translate(_FOLD)
    return folded if folded.endswith("\n") else folded + "\n"


def from_text(text: str, path: str = "<text>", encoding: str = "str") -> SourceText:
    """Wrap already-decoded text (e.g. a string given to :func:`tgbe.parse_text`).

    Lone surrogates (bytes escaped by a lenient decoding) become U+FFFD, each run listed
    in :attr:`SourceText.bad_bytes`.
    """
    _reject_blank(text, path)
    original = text.replace("\r\n", "\n").replace("\r", "\n") if "\r" in text else text
    normalised, bad = normalise(text), tuple[BadBytes, ...]()
    if _ESCAPED.search(original):
        bad = _bad_runs(original)
        original, normalised = _replaced(original), _replaced(normalised)
    stripped = strip_glosses(normalised, LineMap())
    folded = fold_if_traditional(stripped.text)
    return SourceText(path=path, text=folded, encoding=encoding, original=original,
                      bad_bytes=bad, as_written=_as_written(stripped.text, folded),
                      line_map=stripped.line_map, glosses=stripped.glosses)


def _as_written(normalised: str, folded: str) -> str:
    """The text as written when folding changed it (kept to give names back), else ``""``."""
    return normalised if folded != normalised else ""


def _bad_runs(text: str) -> tuple[BadBytes, ...]:
    """Where ``text`` (lines split at ``\\n``) holds escaped bytes, run by run."""
    runs: list[BadBytes] = []
    line, line_start, position = 1, 0, 0
    for match in _ESCAPED.finditer(text):
        newlines = text.count("\n", position, match.start())
        if newlines:
            line += newlines
            line_start = text.rindex("\n", position, match.start()) + 1
        position = match.start()
        runs.append(BadBytes(line, match.start() - line_start + 1,
                             bytes(ord(char) - 0xDC00 for char in match.group())))
    return tuple(runs)


def _replaced(text: str) -> str:
    return _ESCAPED.sub(lambda match: "\ufffd" * len(match.group()), text)


def read_path(
    path: str | Path, encoding: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES,
    *, strict: bool = False,
) -> SourceText:
    """Read a file (``-`` for stdin), decode it and normalise it.

    Raises :class:`TgbeError` with a located, one-line message for a missing file, a
    directory, an unreadable, oversized, binary, empty or undecodable input (with
    ``strict``, also for a few bad bytes that would otherwise be read as U+FFFD).
    """
    name = str(path)
    data = _read_bytes(name, max_bytes)
    if name.lower().endswith(OFFICE_SUFFIXES):
        return _from_office(name, data, max_bytes)
    return decode(data, name, encoding, strict=strict)


def _from_office(name: str, data: bytes, max_bytes: int) -> SourceText:
    """An office file's text after the page pre-pass; spans point at its extracted lines."""
    from tgbe.read.office import read_office
    from tgbe.read.prepass import rebuild

    pages, kind, grids, notes = read_office(name, data, max_bytes)
    rebuilt = rebuild(pages, rejoin=kind == "pdf")
    _reject_blank(rebuilt.text, name)
    kept = {pieces[0][1]: number for number, pieces in enumerate(rebuilt.line_map.pieces, 1)}
    stripped = strip_glosses(normalise(rebuilt.text), rebuilt.line_map)
    folded = fold_if_traditional(stripped.text)
    return SourceText(
        path=name,
        text=folded,
        as_written=_as_written(stripped.text, folded),
        glosses=stripped.glosses,
        encoding=kind,
        original="\n".join(rebuilt.original_lines),
        line_map=stripped.line_map,
        tables=tuple(
            tuple(tuple(None if cell is None else tuple(kept[n] for n in cell if n in kept)
                        for cell in row) for row in grid)
            for grid in grids
        ),
        notes=notes,
    )


def _read_bytes(name: str, max_bytes: int) -> bytes:
    """At most ``max_bytes`` of the file (one more byte says it is too large).

    The count is taken while reading, whatever ``stat`` says (``/dev/zero`` has size 0);
    devices, FIFOs and sockets are refused before they are opened.
    """
    if name == STDIN_NAME:
        stream = sys.stdin
        if stream is None or stream.closed:
            raise TgbeError.at(name, "standard input is closed: expected a notice on stdin")
        data = _read_counted(name, stream.buffer, max_bytes)
    else:
        file = Path(name)
        if not file.exists():
            raise TgbeError.at(name, "no such file: expected a notice file", line=0,
                               code="no-such-file")
        if file.is_dir():
            endings = ", ".join(f"*{suffix}" for suffix in NOTICE_EXTENSIONS)
            raise TgbeError.at(
                name, f"is a directory with no notice files in this folder: expected {endings}",
                code="no-notice-files",
            )
        _refuse_special(name)
        try:
            size = file.stat().st_size
            if size > max_bytes:  # known before reading; the count below catches the rest
                raise TgbeError.at(name, _too_large(max_bytes, size), code="too-large")
            with file.open("rb") as handle:
                data = _read_counted(name, handle, max_bytes)
        except OSError as error:
            raise TgbeError.at(name, f"cannot read file: {error.strerror}",
                               code="unreadable") from error
    return data


def _refuse_special(name: str) -> None:
    kind = special_kind(name)
    if kind is not None:
        raise TgbeError.at(name, f"is {kind}, not a regular file: expected a notice file")


def _read_counted(name: str, stream: BinaryIO, max_bytes: int) -> bytes:
    """Read up to ``max_bytes + 1`` bytes, a chunk at a time; more is an error.

    Chunks keep the memory to what the file holds, however large the limit.
    """
    chunks: list[bytes] = []
    left = max_bytes + 1
    try:
        while left > 0:
            chunk = stream.read(min(left, _CHUNK))
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise TgbeError.at(name, f"cannot read: {error.strerror or error}") from error
    if left <= 0:
        raise TgbeError.at(name, _too_large(max_bytes), code="too-large")
    return b"".join(chunks)


def _too_large(max_bytes: int, size: int | None = None) -> str:
    if size is None:  # a device or a growing file: its size is what was counted
        return f"file is larger than the limit of {max_bytes} bytes (raise it with --max-bytes)"
    return f"file is {size} bytes, over the limit of {max_bytes} (raise it with --max-bytes)"


def decode(
    data: bytes, name: str, encoding: str | None = None, *, strict: bool = False
) -> SourceText:
    """Decode bytes into a :class:`SourceText` (see the module docstring for the order)."""
    if encoding is not None:
        text = _decode_given(data, name, encoding, strict)
        used = encoding
    else:
        text, used = _detect(data, name, strict)
    if _CONTROL.search(text, 0, 4096) and _looks_binary(text):
        raise TgbeError.at(name, _BINARY, code="binary-file")
    return from_text(text, name, used)


def decode_bytes(data: bytes, name: str) -> str:
    """Bytes of a small text file (a ledger) decoded as notices are (BOM, UTF-8, GB18030),
    without normalising; empty input is empty text."""
    return _detect(data, name, strict=True)[0] if data else ""


def _detect(data: bytes, name: str, strict: bool) -> tuple[str, str]:
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_given(data, name, codec, strict), codec
    if b"\x00" in data:
        raise TgbeError.at(name, _BINARY, code="binary-file")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return _detect_chinese(data, name, strict)


def _detect_chinese(data: bytes, name: str, strict: bool) -> tuple[str, str]:
    """The most plausible decoding of non-UTF-8 bytes, or a located error."""
    texts = {codec: _decode_or_none(data, codec) for codec in _CHINESE_CODECS}
    decoded = [(text, codec) for codec, text in texts.items() if text is not None]
    if decoded:
        return max(decoded, key=lambda candidate: _plausibility(candidate[0]))
    damaged = None if strict else _damaged(data, name)
    if damaged is not None:
        return damaged
    guessed = _guess(data)
    if guessed is not None:
        return guessed
    # No candidate decodes every byte: raise at the first bad byte of the one that reads
    # furthest (a file of UTF-8 then GBK halves fails where the GBK half starts), the
    # likeliest among equals.
    likely = _likeliest(data[:_SAMPLE])
    furthest = max(_EXPECTED, key=lambda codec: (_readable_prefix(data, codec), codec == likely))
    return _decode_strict(data, name, furthest, _EXPECTED[furthest]), furthest


def _readable_prefix(data: bytes, codec: str) -> int:
    """How many leading bytes of ``data`` decode strictly with ``codec``."""
    try:
        data.decode(codec)
    except UnicodeDecodeError as error:
        return error.start
    return len(data)


def _damaged(data: bytes, name: str) -> tuple[str, str] | None:
    """UTF-8 with a few bad bytes, else the more plausible Chinese codec with a few.

    ``None`` when no codec leaves few enough bad bytes; a "binary file" error when even
    the best one leaves more than :data:`BINARY_SHARE` of the bytes undecoded, or of its
    characters unusual in a notice.
    """
    utf8 = _escaped(data, "utf-8")
    if _few_bad(utf8, data):
        return utf8, "utf-8"
    candidates = [(_escaped(data, codec), codec) for codec in _CHINESE_CODECS[:2]]
    text, codec = max(candidates, key=lambda candidate: _plausibility(candidate[0]))
    if _bad_share(text, data) > BINARY_SHARE or _plausibility(text) < 1 - BINARY_SHARE:
        raise TgbeError.at(name, _BINARY, code="binary-file")
    return (text, codec) if _few_bad(text, data) else None


def _escape(error: UnicodeError) -> tuple[str, int]:
    """The codec error handler of lenient decoding (surrogateescape, also for ASCII bytes)."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return "".join(chr(0xDC00 + byte) for byte in bad), error.end


codecs.register_error(_ESCAPE, _escape)


def _escaped(data: bytes, codec: str) -> str:
    """``data`` decoded with each undecodable byte as a lone surrogate (U+DC00 + byte)."""
    return data.decode(codec, errors=_ESCAPE)


def _bad_share(text: str, data: bytes) -> float:
    return sum(map(len, _ESCAPED.findall(text))) / max(1, len(data))


def _few_bad(text: str, data: bytes) -> bool:
    """Whether ``text`` is plausible and leaves at most :data:`LENIENT_SHARE` bytes undecoded."""
    return (_bad_share(text, data) <= LENIENT_SHARE
            and _plausibility(_ESCAPED.sub("", text[:_SAMPLE])) >= _MIN_PLAUSIBILITY)


def _decode_given(data: bytes, name: str, codec: str, strict: bool) -> str:
    """``data`` in the codec the user or a BOM chose; a few bad bytes pass unless ``strict``."""
    if strict:
        return _decode_strict(data, name, codec)
    try:
        text = _escaped(data, codec)
    except LookupError:
        return _decode_strict(data, name, codec)  # raises: unknown encoding
    except (UnicodeError, ValueError) as error:  # idna, punycode, undefined: no text codecs
        raise _not_a_text_codec(name, codec) from error
    if _bad_share(text, data) > LENIENT_SHARE:
        return _decode_strict(data, name, codec)  # raises at the first bad byte
    return text


def _likeliest(sample: bytes) -> str:
    """The codec whose lenient decoding of ``sample`` is the most plausible text."""
    return max(
        _EXPECTED, key=lambda codec: _plausibility(sample.decode(codec, errors="replace"))
    )


def _decode_or_none(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _plausibility(text: str) -> float:
    """Share of the first characters of ``text`` that are usual in a Chinese notice.

    Text decoded with the wrong Chinese codec is full of kana, Greek, box drawing,
    private-use and replacement characters; text decoded with the right one has almost none.
    """
    sample = text[:_SAMPLE]
    return 1 - len(re.findall(_UNUSUAL, sample)) / max(1, len(sample))


def _guess(data: bytes) -> tuple[str, str] | None:
    """charset-normalizer's guess, accepted only for Chinese encodings (e.g. Big5)."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding not in _CHINESE_GUESSES:
        return None
    return str(best), best.encoding


def _decode_strict(data: bytes, name: str, codec: str, expected: str | None = None) -> str:
    """``data`` decoded with ``codec``, else a located error saying what text was expected."""
    try:
        return data.decode(codec)
    except LookupError as error:
        raise TgbeError.at(name, f"unknown encoding {codec!r}", code="usage-error") from error
    except UnicodeDecodeError as error:
        raise _decode_error(data, name, codec, error, expected or codec) from error
    except (UnicodeError, ValueError) as error:  # idna, punycode, undefined: no text codecs
        raise _not_a_text_codec(name, codec) from error


def _not_a_text_codec(name: str, codec: str) -> TgbeError:
    return TgbeError.at(name, f"encoding {codec!r} cannot read a notice: expected a character "
                              "encoding such as UTF-8, GB18030 or UTF-16")


def _decode_error(
    data: bytes, name: str, codec: str, error: UnicodeDecodeError, expected: str
) -> TgbeError:
    """Locate the first undecodable byte as line:column (in the decoded text's lines and
    characters: UTF-16 newlines are two bytes, and a 0x0A byte inside a character is none).
    """
    try:
        before = data[: error.start].decode(codec)  # it decodes up to the bad byte
        after = data[error.start : error.start + 4096].decode(codec, errors="replace")
    except (UnicodeError, ValueError) as failure:
        raise _not_a_text_codec(name, codec) from failure
    lines = _LINE_BREAK.split(before)
    bad = data[error.start : error.end].hex(" ")
    shown = lines[-1] + _LINE_BREAK.split(after, maxsplit=1)[0]
    return TgbeError.at(
        name,
        f"cannot decode as {expected}: invalid byte(s) {bad}; expected text in {expected} "
        "(use --encoding to choose another)",
        len(lines),
        len(lines[-1]) + 1,
        shown,
        code="decode-error",
    )


def _looks_binary(text: str) -> bool:
    """Whether the first characters of ``text`` hold many control characters."""
    sample = text[:4096]
    return len(_CONTROL.findall(sample)) > max(2, len(sample) // 100)


def _reject_blank(text: str, path: str) -> None:
    if not text.strip():
        raise TgbeError.at(path, "empty file: expected a notice (a title, sections and measures)",
                           code="empty-file")
