from pathlib import Path

from claimledger.ingest import discover


def _touch(path: Path, text: str = "x") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_discover_walks_folders_sorted_and_recursive(tmp_path: Path) -> None:
    _touch(tmp_path / "b.txt")
    _touch(tmp_path / "a.md")
    _touch(tmp_path / "sub" / "c.html")
    _touch(tmp_path / "sub" / "deeper" / "d.pdf")
    found = list(discover([str(tmp_path)]))
    names = [Path(p).relative_to(tmp_path).as_posix() for p in found]
    assert names == ["a.md", "b.txt", "sub/c.html", "sub/deeper/d.pdf"]


def test_discover_skips_hidden_and_unsupported_inside_folders(tmp_path: Path) -> None:
    _touch(tmp_path / "keep.txt")
    _touch(tmp_path / ".hidden.txt")
    _touch(tmp_path / ".git" / "notes.txt")
    _touch(tmp_path / "image.png")
    _touch(tmp_path / "feed.RSS")
    names = [Path(p).name for p in discover([str(tmp_path)])]
    assert names == ["feed.RSS", "keep.txt"]


def test_discover_passes_explicit_files_missing_paths_and_urls(tmp_path: Path) -> None:
    odd = _touch(tmp_path / "scan.png")
    targets = [str(odd), str(tmp_path / "missing.txt"), "https://example.org/feed.xml"]
    assert list(discover(targets)) == targets


def test_discover_keeps_target_order(tmp_path: Path) -> None:
    first = _touch(tmp_path / "z" / "one.txt")
    second = _touch(tmp_path / "a.txt")
    assert list(discover([str(tmp_path / "z"), str(second)])) == [str(first), str(second)]


def test_discover_is_lazy() -> None:
    iterator = discover(["http://example.org/a"])
    assert next(iterator) == "http://example.org/a"


def test_discover_survives_symlink_loops(tmp_path: Path) -> None:
    _touch(tmp_path / "top" / "a.txt")
    (tmp_path / "top" / "loop").symlink_to(tmp_path / "top", target_is_directory=True)
    names = [Path(p).name for p in discover([str(tmp_path / "top")])]
    assert names == ["a.txt"]
