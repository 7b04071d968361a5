"""ENC001: bytes the file's encoding cannot decode, read as U+FFFD."""

from __future__ import annotations

from tgbe.lint.rules.base import reported_by
from tgbe.lint.rules.parsing import DiagnosticRule
from tgbe.models import Severity


class InvalidBytes(DiagnosticRule):
    """Bytes that the file's encoding cannot decode: the file is damaged.

    What it finds: each run of bytes that is not valid in the encoding the rest of the file
    is written in (UTF-8, GB18030, …).  tgbe reads such a file anyway, with every bad byte
    replaced by U+FFFD (�), so that the rest is parsed and linted; this rule says where.

    Why it matters: the replaced bytes were characters — a unit's name, a digit of a
    deadline — that are now lost.  Files copied from PDFs or web pages, or edited with two
    encodings, carry such bytes.  It is an error so that CI fails on a damaged file while
    showing every other problem too; ``tgbe parse --strict-encoding`` refuses such a file.

    Example (fails: the byte ``ff`` in a UTF-8 file)::

        三、<ff>纳税指标（区税务所牵头）

    Passes (re-saved in one encoding)::

        三、纳税指标（区税务所牵头）
    """

    code = "ENC001"
    name = "invalid-bytes"
    group = "encoding"
    severity = Severity.ERROR
    diagnostics = reported_by("ENC001")
    zh_message = "文件含有按其编码无法解码的字节，已替换为“\ufffd”；文件已损坏或混用了多种编码"
