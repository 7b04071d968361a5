"""Container bounds: zip bombs, oversized archives and huge page counts are clear errors."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tgbe.errors import TgbeError
from tgbe.read.limits import MAX_PAGES, check_archive, check_pages


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_a_normal_archive_passes(tmp_path: Path) -> None:
    check_archive(_zip(tmp_path / "ok.docx", {"word/document.xml": "文字".encode() * 100}),
                  max_bytes=1024 * 1024)


def test_a_zip_bomb_is_refused(tmp_path: Path) -> None:
    bomb = _zip(tmp_path / "bomb.docx", {"word/document.xml": b"\0" * (4 * 1024 * 1024)})
    with pytest.raises(TgbeError) as caught:
        check_archive(bomb, max_bytes=50 * 1024 * 1024)
    assert caught.value.problems[0].format().startswith(
        f"{bomb}:1:1: error: archive entry 'word/document.xml' expands "
    )
    assert caught.value.problems[0].message.endswith("-fold: refusing a likely zip bomb")


def test_an_archive_over_max_bytes_is_refused(tmp_path: Path) -> None:
    big = _zip(tmp_path / "big.docx", {"a.xml": bytes(range(256)) * 400})
    with pytest.raises(TgbeError, match="archive unpacks to 102400 bytes, over the limit of 1000"):
        check_archive(big, max_bytes=1000)


def test_a_file_that_is_not_a_zip_is_refused(tmp_path: Path) -> None:
    fake = tmp_path / "fake.docx"
    fake.write_text("plain text", encoding="utf-8")
    with pytest.raises(TgbeError, match="not a readable zip archive"):
        check_archive(fake, max_bytes=1000)


def test_page_counts_are_bounded() -> None:
    check_pages("a.pdf", MAX_PAGES)
    with pytest.raises(TgbeError, match=r"a\.pdf:1:1: error: document has 2001 pages"):
        check_pages("a.pdf", MAX_PAGES + 1)
