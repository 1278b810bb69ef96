"""Reading inputs: every bad input becomes a one-line error naming the file; good inputs still come through."""

from __future__ import annotations

import ctypes
import io
import json
import os
import subprocess
import sys
from pathlib import Path

from factcheck.document import RawArticle
from factcheck.ingest.read import InputError, read_inputs, read_stdin

BODY = "Jakarta - Menteri itu mengatakan harga beras akan turun bulan depan.\n"


def _read(*paths: Path | str, max_bytes: int = 10 * 1024 * 1024) -> tuple[list[RawArticle], list[InputError]]:
    items = list(read_inputs([str(p) for p in paths], max_bytes=max_bytes))
    return [i for i in items if isinstance(i, RawArticle)], [i for i in items if isinstance(i, InputError)]


def test_plain_text_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(BODY, encoding="utf-8")
    articles, errors = _read(path)
    assert errors == []
    assert [a.source for a in articles] == [str(path)]
    assert "harga beras" in articles[0].text


def test_missing_path_is_an_error_and_others_still_read(tmp_path: Path) -> None:
    good = tmp_path / "good.md"
    good.write_text(BODY)
    articles, errors = _read(tmp_path / "nope.txt", good)
    assert len(articles) == 1
    assert [str(e) for e in errors] == [f"{tmp_path / 'nope.txt'}: no such file or directory"]


def test_folder_is_read_recursively_and_sorted(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(BODY + "dua")
    (tmp_path / "1.txt").write_text(BODY + "satu")
    (tmp_path / "notes.csv").write_text("not an article")
    articles, errors = _read(tmp_path)
    assert errors == []
    assert [Path(a.source).name for a in articles] == ["1.txt", "2.txt"]


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "x.csv").write_text("a,b")
    articles, errors = _read(tmp_path)
    assert articles == []
    assert len(errors) == 1 and "no readable articles" in errors[0].reason


def test_empty_and_whitespace_files(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("  \n\t \n")
    _, errors = _read(tmp_path / "empty.txt", tmp_path / "blank.txt")
    assert [e.reason for e in errors] == ["empty file", "empty file"]


def test_binary_files(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"abc\x00def" * 10)
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"x" * 50)
    _, errors = _read(tmp_path / "nul.txt", tmp_path / "image.txt")
    assert len(errors) == 2 and all("binary" in e.reason for e in errors)


def test_size_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(BODY * 100)
    articles, errors = _read(path, max_bytes=1000)
    assert articles == []
    assert "over the" in errors[0].reason and "limit" in errors[0].reason


def test_invalid_utf8_falls_back_and_records_the_decoding(tmp_path: Path) -> None:
    path = tmp_path / "latin.txt"
    path.write_bytes("Kata menteri: café è già\n".encode("cp1252"))
    articles, errors = _read(path)
    assert errors == []
    assert articles[0].decoding == "cp1252"
    assert "café" in articles[0].text


def test_utf16_with_a_byte_order_mark(tmp_path: Path) -> None:
    path = tmp_path / "utf16.txt"
    path.write_bytes("Menlu Retno mengatakan perundingan berlanjut.".encode("utf-16"))
    articles, errors = _read(path)
    assert errors == [] and articles[0].decoding == "utf-16"
    assert articles[0].text == "Menlu Retno mengatakan perundingan berlanjut."


def test_control_sequences_are_stripped(tmp_path: Path) -> None:
    path = tmp_path / "ansi.txt"
    path.write_text("Judul \x1b[31mmerah\x1b[0m\x07 dan\x85baris\n")
    articles, _ = _read(path)
    assert "\x1b" not in articles[0].text and "\x07" not in articles[0].text and "\x85" not in articles[0].text
    assert "merah" in articles[0].text


def test_jsonl_records_and_malformed_lines(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        json.dumps({"text": BODY, "title": "T1", "outlet": "detik.com", "url": "https://x/1", "published": "2025-10-21"}),
        "{not json",
        "",
        json.dumps({"title": "no text"}),
        json.dumps({"text": "Kedua\u0085dengan NEL di tengah " + BODY}),
        json.dumps({"text": BODY, "title": 5}),
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    articles, errors = _read(path)
    assert [a.source for a in articles] == [f"{path}:1", f"{path}:5"]
    assert articles[0].title == "T1" and articles[0].url == "https://x/1" and articles[0].outlet == "detik.com"
    assert [e.source for e in errors] == [f"{path}:2", f"{path}:4", f"{path}:6"]
    assert "malformed JSON" in errors[0].reason


def test_jsonl_limit_applies_per_record(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    records = [json.dumps({"text": f"{BODY} nomor {i}"}) for i in range(30)]
    records.insert(10, json.dumps({"text": "kata " * 400}))
    path.write_text("\n".join(records), encoding="utf-8")
    assert path.stat().st_size > 2000
    articles, errors = _read(path, max_bytes=1000)
    assert len(articles) == 30
    assert [e.source for e in errors] == [f"{path}:11"] and "over the" in errors[0].reason


def test_binary_and_empty_jsonl(tmp_path: Path) -> None:
    (tmp_path / "bin.jsonl").write_bytes(b'{"text": "a"}\n\x00\x01\x02')
    (tmp_path / "empty.jsonl").write_text("\n \n")
    _, errors = _read(tmp_path / "bin.jsonl", tmp_path / "empty.jsonl")
    assert [(Path(e.source).name, e.reason) for e in errors] == [
        ("bin.jsonl", "binary file (contains NUL bytes)"),
        ("empty.jsonl", "empty file"),
    ]


def test_html_file_main_text(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    paragraph = "Menteri Luar Negeri mengatakan bahwa perundingan akan dilanjutkan pekan depan di Jakarta."
    path.write_text(
        "<html><head><title>Perundingan dilanjutkan</title><script>var ad = 1;</script></head>"
        f"<body><nav>Beranda | Berita | Olahraga</nav><article><h1>Perundingan dilanjutkan</h1>"
        f"<p>{paragraph}</p><p>{paragraph.replace('pekan', 'bulan')}</p></article>"
        "<footer>Copyright 2024</footer></body></html>"
    )
    articles, errors = _read(path)
    assert errors == []
    assert "perundingan akan dilanjutkan pekan depan" in articles[0].text
    assert "var ad" not in articles[0].text


def _without_dac_override() -> None:
    """In the child: drop root's power to read any file (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (1, 2):
        if libc.prctl(24, capability, 0, 0, 0) != 0:  # PR_CAPBSET_DROP
            raise OSError(ctypes.get_errno(), "cannot drop capability")


def test_unreadable_file(tmp_path: Path) -> None:
    """A file without read permission, read in a child process (as root, without its override powers)."""
    secret, good = tmp_path / "secret.txt", tmp_path / "good.txt"
    secret.write_text(BODY)
    good.write_text(BODY)
    secret.chmod(0)
    script = (
        "import sys\n"
        "from factcheck.ingest.read import read_inputs, InputError\n"
        "for item in read_inputs(sys.argv[1:]):\n"
        "    print(str(item) if isinstance(item, InputError) else 'ok ' + item.source)\n"
    )
    try:
        out = subprocess.run(
            [sys.executable, "-c", script, str(secret), str(good)],
            capture_output=True, text=True, check=True,
            preexec_fn=_without_dac_override if os.geteuid() == 0 else None,
        ).stdout.splitlines()
    finally:
        secret.chmod(0o644)
    assert out == [f"{secret}: permission denied", f"ok {good}"]


def test_symlink_loop(tmp_path: Path) -> None:
    loop = tmp_path / "loop.txt"
    os.symlink(loop.name, loop)
    good = tmp_path / "good.txt"
    good.write_text(BODY)
    articles, errors = _read(loop, good)
    assert len(articles) == 1
    assert errors == [InputError(str(loop), "symlink loop")]


def test_directory_symlink_cycle_terminates(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(BODY)
    os.symlink("..", tmp_path / "a" / "up")
    articles, errors = _read(tmp_path)
    assert len(articles) == 1 and errors == []


def test_stdin_text_and_jsonl() -> None:
    [text_article] = list(read_stdin(io.BytesIO(BODY.encode())))
    assert isinstance(text_article, RawArticle) and text_article.source == "<stdin>"
    records = "\n".join(json.dumps({"text": BODY + str(i)}) for i in range(3)).encode()
    articles = list(read_stdin(io.BytesIO(records)))
    assert [a.source for a in articles] == ["<stdin>:1", "<stdin>:2", "<stdin>:3"]
