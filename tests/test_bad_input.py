"""Bad input never gives a traceback: a valid (maybe empty) Document, or an error naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tidings import extract
from tidings.errors import InputError
from tidings.models import Document


def _check(document: Document) -> None:
    for actor in document.actors:
        for m in actor.mentions:
            assert document.text[m.start : m.end] == m.text
    for quote in document.quotes:
        assert document.text[quote.content.start : quote.content.end] == quote.content.text
    for event in document.events:
        assert document.text[event.trigger.start : event.trigger.end] == event.trigger.text
    Document.from_json(document.to_json())


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n  ",
        "...",
        "——— *** ———",
        "“He said the talks would go on, and then",  # unbalanced quotation marks
        "Il a déclaré que les négociations reprendraient lundi à Genève avec la Russie.",
        "Der Kanzler traf am Dienstag den russischen Präsidenten in Moskau.",
        "12345 67890 3.14159",
    ],
)
def test_odd_texts_give_valid_documents(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    _check(extract(text))


PARAGRAPH = (
    "The foreign minister met his counterpart in Vienna on Monday. "
    "They agreed to hold further talks next month.\n\n"
)


def test_five_megabyte_article_is_refused_with_a_clear_error() -> None:
    with pytest.raises(InputError, match="characters long"):
        extract(PARAGRAPH * (5_000_000 // len(PARAGRAPH)))


def test_long_article_is_parsed_in_chunks(nlp) -> None:  # type: ignore[no-untyped-def]
    text = PARAGRAPH * (250_000 // len(PARAGRAPH))
    document = extract(text, published="2020-03-02")
    assert document.text == text
    _check(document)


def test_cli_reports_a_five_megabyte_file(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Headline\n\n" + PARAGRAPH * (5_000_000 // len(PARAGRAPH)), encoding="utf-8")
    result = _cli("extract", str(big))
    assert result.returncode == 1
    assert "big.txt" in result.stderr.decode() and "characters long" in result.stderr.decode()


def test_binary_text_is_refused_with_a_clear_error() -> None:
    with pytest.raises(InputError, match="binary"):
        extract("abc\x00def")


def _cli(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "tidings", *args], input=stdin, capture_output=True, timeout=300
    )


def test_cli_names_bad_files_and_goes_on(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("Talks Resume\n\nThe two sides met in Geneva on Monday.\n", encoding="utf-8")
    (tmp_path / "latin1.txt").write_bytes("Caf\xe9 talks\n\nThey met.".encode("latin-1"))
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _cli("extract", str(tmp_path), "--format", "jsonl")
    stderr = result.stderr.decode()
    assert result.returncode == 1
    assert "latin1.txt" in stderr and "UTF-8" in stderr
    assert "binary.txt" in stderr and "binary" in stderr
    assert "Traceback" not in stderr
    lines = [line for line in result.stdout.decode().splitlines() if line.strip()]
    documents = [Document.from_json(line) for line in lines]
    assert any(d.title == "Talks Resume" for d in documents)
    assert len(documents) == 2  # good.txt and empty.txt


def test_cli_rejects_a_bad_date_without_traceback(tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("A\n\nB met C.", encoding="utf-8")
    result = _cli("extract", str(story), "--published", "yesterday")
    assert result.returncode == 2
    assert "--published" in result.stderr.decode()
    assert "Traceback" not in result.stderr.decode()


def test_cli_missing_file_is_named() -> None:
    result = _cli("extract", "no/such/file.txt")
    assert result.returncode == 1
    assert "no/such/file.txt" in result.stderr.decode()
