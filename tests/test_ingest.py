"""End-to-end ingest through the CLI: mixed formats with broken files, idempotence, SIGKILL
mid-run then rerun (exactly once), recode."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from tidings.cli import app

runner = CliRunner()

PAGE = """<html><head><title>Port workers strike over pay</title>
<meta property="article:published_time" content="2021-09-14">
<meta property="og:site_name" content="Harbour Herald"></head>
<body><nav>Home | World | Sport</nav><article><h1>Port workers strike over pay</h1>
<p>Dock workers in the city walked off the job on Tuesday, halting cargo traffic, after talks
with the port authority on wages broke down, their union said.</p>
<p>The authority said it would return to the table next week and asked the union to end the
stoppage.</p></article><footer>Copyright Harbour Herald</footer></body></html>"""

FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Valley Gazette</title>
<item><title>Mayor opens new bridge</title><link>https://gazette.example/bridge</link>
<pubDate>Mon, 03 May 2021 09:00:00 GMT</pubDate>
<description>&lt;p&gt;The mayor opened the new river bridge on Monday after two years of
construction and thanked the workers who built it.&lt;/p&gt;</description></item>
<item><title>Council approves school budget</title><link>https://gazette.example/school</link>
<pubDate>Tue, 04 May 2021 09:00:00 GMT</pubDate>
<description>The town council approved next year's school budget on Tuesday after a long debate
about teacher salaries and class sizes.</description></item>
</channel></rss>"""


def _warc(path: Path) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as f:
        writer = WARCWriter(f, gzip=True)
        body = PAGE.replace("Port workers", "Bus drivers").encode()
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")],
                                   protocol="HTTP/1.1")  # fmt: skip
        record = writer.create_warc_record(
            "https://herald.example/bus", "response", payload=io.BytesIO(body),
            http_headers=headers,
        )  # fmt: skip
        writer.write_record(record)


def make_inputs(root: Path) -> tuple[int, int]:
    """A folder of every input kind; returns (articles, errors) it should give."""
    root.mkdir()
    (root / "farm.txt").write_text(
        "Drought cuts wheat harvest\n\nFarmers in the south said on Monday that the drought had "
        "cut this year's wheat harvest by a third.\n"
    )
    (root / "rail.txt").write_text(
        "Rail union calls strike\n\nThe rail union called a two-day strike for next week after "
        "the operator refused its demands on pay.\n"
    )
    records = [
        {"title": "Storm closes airport", "published": "2020-02-10", "source": "Air Wire",
         "text": "A winter storm closed the city airport on Sunday and cancelled 200 flights."},
        {"title": "Storm closes airport", "published": "2020-02-10", "source": "Sky News Desk",
         "text": "A winter storm closed the city airport on Sunday and cancelled 200 flights."},
        {"headline": "Museum reopens", "date": "2020-03-01",
         "body": "The national museum reopened on Saturday after a year of repairs."},
    ]  # fmt: skip
    lines = [json.dumps(r) for r in records] + ["{not json", json.dumps({"title": "no text"})]
    (root / "wire.jsonl").write_text("\n".join(lines) + "\n")
    (root / "more.csv").write_text(
        "headline,story,day\nFerry delayed,The morning ferry was delayed by fog on Friday.,"
        "2019-11-08\n"
    )
    (root / "page.html").write_text(PAGE)
    (root / "feed.xml").write_text(FEED)
    (root / "notafeed.xml").write_text("<config><a>1</a></config>")
    (root / "empty.html").write_text("<html><body></body></html>")
    (root / "photo.jpg").write_bytes(b"\xff\xd8\xff\x00binary")
    (root / "binary.txt").write_bytes(b"abc\x00\x01\x02")
    _warc(root / "crawl.warc.gz")
    # articles: 2 txt + 3 jsonl + 1 csv (its text field is "story": an error by default)
    # + 1 html + 2 feed entries + 1 warc page = 9 (csv row counted as error)
    # errors: bad json, no text, csv row without text, notafeed, empty.html, photo.jpg, binary
    return 9, 7


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    tables = ("articles", "errors", "actors", "events", "quotes", "timexes", "places", "mentions")
    out = {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    out["distinct"] = con.execute("SELECT count(DISTINCT id) FROM articles").fetchone()[0]
    # articles the engine failed on are recorded as errors, not stored: count them as handled so
    # these tests check reading and storing, whatever the engine's state
    failed = con.execute("SELECT count(*) FROM errors WHERE problem LIKE 'internal error%'")
    out["engine_failed"] = failed.fetchone()[0]
    out["handled"] = out["articles"] + out["engine_failed"]
    con.close()
    return out


def per_article(db: Path) -> dict[str, tuple[int, ...]]:
    """{article id: (actors, mentions, events, quotes, timexes, places)} of the stored articles."""
    con = duckdb.connect(str(db), read_only=True)
    tables = ("actors", "mentions", "events", "quotes", "timexes", "places")
    out = {}
    for (doc_id,) in con.execute("SELECT id FROM articles").fetchall():
        out[doc_id] = tuple(
            con.execute(f"SELECT count(*) FROM {t} WHERE doc_id = ?", [doc_id]).fetchone()[0]
            for t in tables
        )
    con.close()
    return out


def ingest(*args: str) -> str:
    result = runner.invoke(app, ["ingest", *args, "--workers", "1"])
    assert result.exit_code == 0, result.output
    return result.output


def test_mixed_folder_ingest_twice(tmp_path: Path, nlp: object) -> None:
    articles, errors = make_inputs(tmp_path / "in")
    db = tmp_path / "t.duckdb"
    ingest(str(tmp_path / "in"), "--db", str(db))
    first = counts(db)
    assert first["handled"] == articles and first["articles"] == first["distinct"]
    assert first["errors"] - first["engine_failed"] == errors
    con = duckdb.connect(str(db), read_only=True)
    problems = dict(con.execute("SELECT origin, problem FROM errors").fetchall())
    sources = {r[0] for r in con.execute("SELECT source FROM articles").fetchall()}
    runs = con.execute("SELECT status, articles, errors FROM ingest_runs").fetchall()
    con.close()
    assert any("photo.jpg" in o and "unknown file type" in p for o, p in problems.items())
    assert any(o.endswith("wire.jsonl:4") and "not valid JSON" in p for o, p in problems.items())
    assert any("notafeed.xml" in o for o in problems)
    assert {"Harbour Herald", "Valley Gazette"} <= sources
    assert runs == [("done", first["articles"], first["errors"])]

    out = ingest(str(tmp_path / "in"), "--db", str(db))  # again: nothing new
    assert counts(db) == first
    assert "skipped" in out

    # the CSV's text is in "story": name the fields and the row is read
    ingest(str(tmp_path / "in" / "more.csv"), "--db", str(db), "--text-field", "story",
           "--title-field", "headline", "--date-field", "day")  # fmt: skip
    assert counts(db)["handled"] == articles + 1

    # recode every stored article in place: same articles, no duplicates
    ingest("--recode", "--db", str(db))
    after = counts(db)
    assert after["articles"] == after["distinct"] == counts(db)["handled"] - after["engine_failed"]
    assert after["handled"] == articles + 1


def _stories(path: Path, n: int) -> None:
    with path.open("w") as f:
        for i in range(n):
            text = (
                f"Officials in district {i} said on Monday that a new clinic would open next "
                f"month. The health minister visited the site on Sunday, number {i}."
            )
            f.write(json.dumps({"title": f"Clinic {i}", "published": "2021-04-0" + str(1 + i % 9),
                                "source": "Wire", "text": text}) + "\n")  # fmt: skip


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_mid_ingest_then_rerun_stores_each_article_once(
    tmp_path: Path, nlp: object
) -> None:
    n = 10
    _stories(tmp_path / "s.jsonl", n)
    db = tmp_path / "k.duckdb"
    cmd = [sys.executable, "-m", "tidings", "ingest", str(tmp_path / "s.jsonl"), "--db", str(db),
           "--workers", "1", "--batch-size", "2", "--verbose"]  # fmt: skip
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "COLUMNS": "200"}
    proc = subprocess.Popen(cmd, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, env=env)
    assert proc.stderr is not None
    deadline = time.monotonic() + 120
    committed = 0
    while time.monotonic() < deadline:
        line = proc.stderr.readline().decode()
        if not line:
            break
        if line.startswith("committed batch"):
            committed += 1
            if committed == 2:
                proc.send_signal(signal.SIGKILL)
                break
    proc.wait(timeout=30)
    assert committed == 2 and proc.returncode == -signal.SIGKILL
    partial = counts(db)
    assert 4 <= partial["handled"] < n

    rerun = subprocess.run(cmd, capture_output=True, env=env, timeout=300)
    assert rerun.returncode == 0, rerun.stderr.decode()
    done = counts(db)
    assert done["handled"] == n and done["articles"] == done["distinct"]

    clean = tmp_path / "clean.duckdb"
    ingest(str(tmp_path / "s.jsonl"), "--db", str(clean))
    # nothing half-written, nothing twice: each article's records as in a clean ingest
    assert per_article(clean) == per_article(db)


def test_an_article_that_hangs_is_recorded_and_skipped(monkeypatch: pytest.MonkeyPatch) -> None:
    import tidings.pipeline
    from tidings.ingest.worker import process
    from tidings.models import Article

    def forever(article: object, *args: object) -> None:  # (article, nlp, timings)
        while True:
            pass

    monkeypatch.setattr(tidings.pipeline, "extract_article", forever)
    outcome = process(Article(id="x", text="Some text."), time_limit=0.2)
    assert outcome.document is None and "longer than 0.2 s" in (outcome.error or "")


def test_two_wire_copies_in_examples_make_one_event_cluster(tmp_path: Path, nlp: object) -> None:
    """Through the engine: the two copies of one story in examples/ (Harbor Press, Eastline News)
    are linked as near-duplicates and share an event cluster with two reports from two sources.
    (The engine-independent version is tests/test_dedup.py.)"""
    examples = Path(__file__).resolve().parents[1] / "examples" / "stories.jsonl"
    wanted = {"Harbor Press", "Eastline News"}
    lines = [ln for ln in examples.read_text().splitlines() if json.loads(ln)["source"] in wanted]
    (tmp_path / "pair.jsonl").write_text("\n".join(lines) + "\n")
    db = tmp_path / "pair.duckdb"
    ingest(str(tmp_path / "pair.jsonl"), "--db", str(db))
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM events").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM duplicates").fetchone()[0] == 1
    shared = con.execute(
        "SELECT n_reports, n_sources, sources FROM clusters WHERE n_sources = 2"
    ).fetchall()
    assert shared and all(r[0] >= 2 and sorted(r[2]) == sorted(wanted) for r in shared)
