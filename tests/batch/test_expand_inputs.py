"""``expand_inputs``: files, directories, globs and stdin become a stable list of files."""

from __future__ import annotations

from pathlib import Path

from tgbe.cli.batch import NOTICE_EXTENSIONS, expand_inputs


def _tree(root: Path) -> None:
    for name in ["b.txt", "a.TXT", "sub/c.txt", "sub/deep/d.txt", "notes.md", ".hidden/e.txt"]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x", encoding="utf-8")


def test_a_directory_is_searched_recursively_by_extension(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = [Path(name).relative_to(tmp_path).as_posix() for name in expand_inputs([str(tmp_path)])]
    assert found == ["a.TXT", "b.txt", "sub/c.txt", "sub/deep/d.txt"]


def test_the_extension_list_is_a_parameter(tmp_path: Path) -> None:
    _tree(tmp_path)
    found = expand_inputs([str(tmp_path)], extensions=(".md",))
    assert [Path(name).name for name in found] == ["notes.md"]
    assert ".txt" in NOTICE_EXTENSIONS


def test_globs_expand_and_double_star_recurses(tmp_path: Path) -> None:
    _tree(tmp_path)
    assert [Path(name).name for name in expand_inputs([f"{tmp_path}/*.txt"])] == ["b.txt"]
    deep = expand_inputs([f"{tmp_path}/**/*.txt"])
    assert [Path(name).name for name in deep] == ["b.txt", "c.txt", "d.txt"]


def test_files_stdin_and_missing_paths_are_kept_in_order_without_duplicates(
    tmp_path: Path,
) -> None:
    _tree(tmp_path)
    named = str(tmp_path / "notes.md")
    missing = str(tmp_path / "missing.txt")
    pattern = f"{tmp_path}/*.none"
    assert expand_inputs([named, "-", missing, named, pattern]) == [named, "-", missing, pattern]


def test_a_directory_without_notices_is_kept_so_reading_it_reports_an_error(
    tmp_path: Path,
) -> None:
    (tmp_path / "empty").mkdir()
    assert expand_inputs([str(tmp_path / "empty")]) == [str(tmp_path / "empty")]
