"""The notice's header: issuer, document number, title, recipients and issue date, read from
the preface lines (and an attachment list's signature), and the notice's year; and the
completion policy the preamble sets for every task (…原则上2023年9月底前完成).

Page chrome (a web page's labelled metadata) is no header text, but its 文号 field gives the
document number when the notice itself does not show one.
"""

from __future__ import annotations

import re

from tgbe.data.lexicon import ISSUER_SUFFIXES
from tgbe.parse.block_text import joined
from tgbe.parse.blocks import Line, Piece
from tgbe.parse.build_context import BuildContext
from tgbe.parse.dates import deadline_record
from tgbe.parse.inline import split_names
from tgbe.parse.records import DeadlineRecord, DocNumberRecord, HeaderRecord
from tgbe.parse.units import is_collective, looks_like_unit
from tgbe.read.chrome import is_page_chrome

# The prefix is letters of any script ([^\W\d_]: cheaper to compile than a CJK range).
_DOC_NUMBER = re.compile(
    r"(?P<prefix>[^\W\d_]{1,16})[〔\[【［(（](?P<year>[0-9]{4})[〕\]】］)）]"
    r"(?P<serial>[0-9]+)号"
)
_TITLE_END = re.compile(r"(?:通知|意见|方案|决定|办法|规定|措施|要点|细则|清单|分解表)$")
_DATE = re.compile(r"^[（(]?(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})日[）)]?$")
_POLICY = re.compile(r"原则上(?P<phrase>[^，。；,;]{2,20}?)前?(?:全部|全面|基本)?完成")
_YEAR_IN_TITLE = re.compile(r"(?P<y>20[0-9]{2})")


def header(preface: list[Line], context: BuildContext) -> tuple[HeaderRecord, int | None]:
    """The header facts of the preface lines, and the notice's year (from the document
    number, else the title, else the issue date) for deadlines that name none."""
    chrome = [line for line in preface if is_page_chrome(joined(line))]
    preface = [line for line in preface if line not in chrome]
    texts = [joined(line) for line in preface]
    doc_number: DocNumberRecord | None = None
    issue_date: str | None = None
    recipients: list[str] = []
    title_index = next((i for i, text in enumerate(texts) if _TITLE_END.search(text)), None)
    date_index = None
    for index, (line, text) in enumerate(zip(preface, texts, strict=True)):
        if doc_number is None:
            doc_number = _doc_number(line, text, context)
        date_match = _DATE.match(text)
        if date_match and issue_date is None:
            date_index = index
            issue_date = (
                f"{int(date_match['y']):04d}-{int(date_match['m']):02d}-{int(date_match['d']):02d}"
            )
        if not recipients and text.endswith(("：", ":")):
            recipients = _recipients(text)
    for line in chrome:  # a web page's 文号 field, when the notice itself does not show it
        if doc_number is None:
            doc_number = _doc_number(line, joined(line), context)
    title: str | None = None
    issuer: str | None = None
    if title_index is not None:
        title, issuer = _title(texts, title_index)
    if issuer is None and texts and texts[0].endswith("文件"):
        issuer = texts[0].removesuffix("文件").strip()
    if issuer is None and date_index:
        issuer = _signature(texts[date_index - 1])
    year = doc_number["year"] if doc_number else None
    if year is None and title:
        found = _YEAR_IN_TITLE.search(title)
        year = int(found["y"]) if found else None
    if year is None and issue_date:
        year = int(issue_date[:4])
    record: HeaderRecord = {"issuer": issuer, "doc_number": doc_number, "title": title,
                            "recipients": recipients, "issue_date": issue_date}
    return record, year


def _doc_number(line: Line, text: str, context: BuildContext) -> DocNumberRecord | None:
    """The document number a short line shows (某营商发〔2023〕1号), if it shows one."""
    match = _DOC_NUMBER.search(text)
    if match is None or len(text) > 40:
        return None
    return {
        "raw": match.group(0), "prefix": match.group("prefix"),
        "year": int(match.group("year")), "serial": int(match.group("serial")),
        "span": context.span(line.first, line.last),
    }


def _recipients(text: str) -> list[str]:
    """The addressees of a line ending with a colon, if most of its names are units."""
    names = split_names(text.rstrip("：:"))
    known = sum(1 for name in names if looks_like_unit(name) or is_collective(name))
    return names if names and known * 2 > len(names) else []


def _signature(text: str) -> str | None:
    """The issuing units signed on the line above the date, if that line names units only."""
    names = text.split()
    return "、".join(names) if names and all(looks_like_unit(name) for name in names) else None


def _title(texts: list[str], index: int) -> tuple[str, str | None]:
    """The title at ``index`` (with the line before it when it starts with 关于) and the
    issuer it names before 关于 (or a red-header 某某文件 line names)."""
    title = texts[index]
    previous = texts[index - 1] if index > 0 else ""
    if title.startswith("关于") and previous and not _DOC_NUMBER.search(previous) and not (
        previous.endswith(("文件", "。", "：", ":"))
    ):
        title = previous + title
    issuer = title.split("关于", 1)[0] or None if "关于" in title else None
    if issuer is not None and not _is_issuer(issuer):
        issuer = None  # a place (泰州关于印发…): a repost's title names no issuing body
    if issuer is None and texts[0].endswith("文件"):
        issuer = texts[0].removesuffix("文件").strip()
    return title, issuer


def _is_issuer(text: str) -> bool:
    """Whether ``text`` names issuing bodies only: each name ends like one (人民政府, 办公室,
    领导小组, 委员会, 局, 委 … ``ISSUER_SUFFIXES``), so a place name (泰州, 泰州市) does not."""
    names = [name for name in re.split(r"[、，,\s]+", text) if name]
    return bool(names) and all(name.endswith(ISSUER_SUFFIXES) for name in names)


def completion_policy(
    paragraphs: list[str], pieces: list[Piece], context: BuildContext
) -> DeadlineRecord | None:
    """The date the notice sets for all its tasks (…原则上2023年9月底前完成), if it does.

    Its span is where the phrase stands in ``pieces`` (the paragraphs' line pieces), unless
    the phrase is broken across two lines.
    """
    for paragraph in paragraphs:
        match = _POLICY.search(paragraph)
        if match:
            phrase = match["phrase"]
            return deadline_record(phrase, context.default_year,
                                   context.phrase_span(phrase, pieces))
    return None
