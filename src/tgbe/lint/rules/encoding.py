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
    doc_zh = (
        "文件的编码无法解码的字节：文件已损坏。\n\n"
        "发现什么：与文件其余部分的编码（UTF-8、GB18030 等）不符的每"
        "一段字节。tgbe 仍会读取这样的文件，把每个坏字节替换为 U+FFFD"
        "（�），以便解析和检查其余部分；本规则指出坏字节的位置。\n\n"
        "为何重要：被替换的字节原本是字符——单位名称、时限中的数字——现在已经丢"
        "失。从 PDF 或网页复制、或用两种编码编辑过的文件常有这种字节。它是错"
        "误，使持续集成在文件损坏时失败，同时仍显示其他问题；tgbe parse"
        " --strict-encoding 会直接拒绝这样的文件。")
    group = "encoding"
    severity = Severity.ERROR
    diagnostics = reported_by("ENC001")
    zh_message = "文件含有按其编码无法解码的字节，已替换为“\ufffd”；文件已损坏或混用了多种编码"
