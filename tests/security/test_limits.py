"""Container bounds: zip bombs, oversized archives and huge page counts are clear errors.

Every archive read goes through :func:`tgbe.read.archive.open_archive` (issue 17, item 3);
the attacks are generated here (a few KB that unpack to megabytes).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.security.conftest import RunBounded
from tgbe.errors import TgbeError
from tgbe.read.archive import MAX_MEMBERS, open_archive
from tgbe.read.limits import check_pages

WORD = "a Word document"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def _open(path: Path, max_bytes: int) -> None:
    with open_archive(str(path), path.read_bytes(), max_bytes, WORD) as archive:
        for member in archive.names():
            archive.read(member)


def test_a_normal_archive_passes(tmp_path: Path) -> None:
    path = _zip(tmp_path / "ok.docx", {"word/document.xml": "文字".encode() * 100})
    with open_archive(str(path), path, 1024 * 1024, WORD) as archive:
        assert archive.read("word/document.xml") == "文字".encode() * 100


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.docx", {"word/document.xml": b"\0" * (4 * 1024 * 1024)})
    with pytest.raises(TgbeError) as caught:
        _open(bomb, max_bytes=50 * 1024 * 1024)
    assert caught.value.problems[0].format().startswith(
        f"{bomb}:1:1: error: archive entry 'word/document.xml' expands "
    )
    assert caught.value.problems[0].message.endswith(
        "-fold (over 100-fold): refusing a likely zip bomb")


def test_an_archive_over_max_bytes_is_refused(tmp_path: Path) -> None:
    big = _zip(tmp_path / "big.docx", {"a.xml": bytes(range(256)) * 400})
    with pytest.raises(TgbeError, match="archive unpacks to 102400 bytes, over the limit of 1000"):
        _open(big, max_bytes=1000)


def test_too_many_entries_are_refused(tmp_path: Path) -> None:
    many = _zip(tmp_path / "many.docx", {f"e{n}.xml": b"" for n in range(MAX_MEMBERS + 1)})
    with pytest.raises(TgbeError, match=f"archive has {MAX_MEMBERS + 1} entries, over the limit"):
        _open(many, max_bytes=50 * 1024 * 1024)


def test_a_directory_that_lies_about_sizes_is_still_counted(tmp_path: Path) -> None:
    honest = _zip(tmp_path / "lie.docx", {"a.xml": b"x" * 5000})
    data = bytearray(honest.read_bytes())
    # the central directory's uncompressed size of the one entry: claim 10 bytes
    central = data.rindex(b"PK\x01\x02")
    data[central + 24:central + 28] = (10).to_bytes(4, "little")
    lying = tmp_path / "lying.docx"
    lying.write_bytes(bytes(data))
    with pytest.raises(TgbeError, match=r"damaged archive member: Bad CRC-32 for file 'a\.xml'"):
        _open(lying, max_bytes=1000)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("plain text", encoding="utf-8")
    with pytest.raises(TgbeError, match=r"not a \.docx file: expected a Word document"):
        _open(fake, max_bytes=1000)


def test_page_counts_are_bounded() -> None:
    check_pages("a.pdf", 500, 500)
    with pytest.raises(TgbeError, match=r"a\.pdf:1:1: error: document has 501 pages, over the "
                                        r"limit of 500 \(raise it with --max-pages\)"):
        check_pages("a.pdf", 501, 500)


def _expanding_docx(path: Path, megabytes: int) -> Path:
    """A valid Word package whose body is ``megabytes`` MB of one repeated paragraph."""
    paragraph = ('<w:p><w:r><w:t>一、优化营商环境</w:t></w:r></w:p>').encode()
    body = paragraph * (megabytes * 1024 * 1024 // len(paragraph))
    namespace = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    return _zip(path, {
        "[Content_Types].xml": b"<Types/>",
        "_rels/.rels": (
            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
            b'relationships"><Relationship Id="r1" Type="http://schemas.openxmlformats.org/'
            b'officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            b"</Relationships>"),
        "word/document.xml": b"<w:document " + namespace + b"><w:body>" + body
                             + b"</w:body></w:document>",
    })


@pytest.mark.parametrize("megabytes", [40, 190])
def test_an_expanding_docx_is_refused_quickly(
    run_bounded: RunBounded, tmp_path: Path, megabytes: int
) -> None:
    docx = _expanding_docx(tmp_path / "big.docx", megabytes)
    assert docx.stat().st_size < megabytes * 1024 * 1024 // 50
    done = run_bounded("parse", str(docx), "--max-bytes", "1M", timeout=30)
    assert done.returncode == 2
    assert done.stderr.startswith(f"{docx}:1:1: error: archive ")
    assert done.stderr.count("\n") == 1


def test_an_expanding_docx_under_the_default_limit_is_a_zip_bomb(
    run_bounded: RunBounded, tmp_path: Path
) -> None:
    docx = _expanding_docx(tmp_path / "big.docx", 40)
    done = run_bounded("parse", str(docx), timeout=30)
    assert done.returncode == 2
    assert done.stderr.endswith("-fold (over 100-fold): refusing a likely zip bomb\n")


def test_sixty_thousand_entries_are_refused(run_bounded: RunBounded, tmp_path: Path) -> None:
    many = _zip(tmp_path / "many.docx", {f"x/{n}.xml": b"" for n in range(60_000)})
    done = run_bounded("parse", str(many), timeout=60)
    assert done.returncode == 2
    assert "archive has 60000 entries, over the limit of 10000" in done.stderr
