"""The quotes page and the event-cluster pages (and their API), through FastAPI's test client,
over a store built from short articles written for these tests: two wires reporting the same
meeting, a third story, and one carrying script-injection payloads inside a quotation."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language

from test_web_api import bad, csv_rows, rows, visible_text
from tidings.models import Article
from tidings.pipeline import extract_article
from tidings.store import open_store, write_batch
from tidings.store.derive import refresh_derived
from tidings.web import create_app
from tidings.web.quote_view import pieces

ARTICLES = {
    "wire-a": (
        "Trudeau hosts Mexican leader", "2021-03-03", "North Wire",
        "Canadian Prime Minister Justin Trudeau met Mexican President Andres Manuel Lopez "
        "Obrador in Ottawa on Wednesday. \"Our trade ties have never been stronger,\" Trudeau "
        "told reporters after the meeting.",
    ),
    "wire-b": (
        "Canada and Mexico leaders hold talks", "2021-03-04", "South Press",
        "Justin Trudeau met Andres Manuel Lopez Obrador in Ottawa on Wednesday, officials said. "
        "Lopez Obrador said the two countries would expand cooperation on energy.",
    ),
    "ports": (
        "Chile criticizes Peru over port fees", "2021-05-20", "Coast Daily",
        "Chilean President Sebastian Pinera criticized Peru over new port fees on Thursday. "
        "\"These fees hurt every exporter in the region,\" Pinera said in Santiago.",
    ),
    "evil": (
        "<script>alert('t')</script> Mayor speaks", "2021-06-01", "<b>Bad Source</b>",
        "The mayor of Lyon said \"<script>alert(7)</script> is no plan <img src=x "
        "onerror=alert(8)> at all,\" and left the hall.",
    ),
}  # fmt: skip


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    path = tmp_path_factory.mktemp("web-more") / "web.duckdb"
    documents = [
        extract_article(Article(id=key, title=title, published=day, source=source, text=text), nlp)
        for key, (title, day, source, text) in ARTICLES.items()
    ]  # fmt: skip
    con = open_store(path)
    write_batch(con, documents)
    refresh_derived(con)
    con.close()
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


def html_ok(response) -> str:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    # no inline script (the CSP would block it anyway)
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", response.text)
    return response.text


def hrefs(page: str) -> list[str]:
    return [html.unescape(h) for h in re.findall(r'href="([^"]+)"', page)]


def speaker_id(client: TestClient, name: str) -> str:
    return rows(client.get("/api/actors", params={"name": name}))[0]["actor_id"]


# --- quotes -----------------------------------------------------------------------------------


def test_quotes_page_lists_speaker_cue_content_kind_article(client: TestClient) -> None:
    page = html_ok(client.get("/quotes"))
    assert 'href="/quotes" class="on"' in page  # in the nav, marked as the current page
    shown = visible_text(page)
    assert "Our trade ties have never been stronger" in shown
    assert "Justin Trudeau" in shown and "told" in shown and "direct" in shown
    trudeau = speaker_id(client, "Trudeau")
    assert f"/actors/{trudeau}" in hrefs(page)  # the speaker links to the actor page
    quote = rows(client.get("/api/quotes", params={"speaker": "Trudeau"}))[0]
    anchor = f"/articles/wire-a#quote-{quote['quote_id']}"
    assert anchor in hrefs(page)  # the article link lands on the quote in the reader
    assert f'id="quote-{quote["quote_id"]}"' in client.get("/articles/wire-a").text


def test_quotes_page_highlights_speaker_and_cue_in_context(client: TestClient) -> None:
    page = html_ok(client.get("/quotes", params={"speaker": "Pinera", "q": "exporter"}))
    cell = re.search(r'<td class="quote">(.*?)</td>', page, re.S)
    assert cell
    assert re.search(r'<span class="q">[^<]*These fees hurt every exporter', cell[1])
    assert '<span class="m">Pinera</span>' in cell[1]
    assert '<span class="cue">said</span>' in cell[1]


def test_quote_pieces_shorten_long_parts() -> None:
    text = "X" * 1000
    row = {"context": 'Lee said "' + text + '"', "context_start": 10, "content": text,
           "speaker_start": 10, "speaker_end": 13, "cue_start": 14, "cue_end": 18,
           "content_start": 19, "content_end": 1021}  # fmt: skip
    got = pieces(row)
    assert got[0] == ("Lee", "m") and got[2] == ("said", "cue")
    assert got[-1][1] == "q" and len(got[-1][0]) < 500 and got[-1][0].endswith("…")
    assert pieces({"content": "plain"}) == [("plain", "q")]


def test_quotes_filters(client: TestClient) -> None:
    def shown(**params: object) -> str:
        return visible_text(html_ok(client.get("/quotes", params=params)))

    assert "never been stronger" in shown(speaker="trudeau")
    assert "hurt every exporter" not in shown(speaker="trudeau")
    by_id = shown(speaker_id=speaker_id(client, "Pinera"))
    assert "hurt every exporter" in by_id and "never been stronger" not in by_id
    assert "Quotes by Sebastian Pinera" in by_id
    assert "hurt every exporter" in shown(country="CHL")
    assert "never been stronger" not in shown(country="CHL")
    assert "expand cooperation" in shown(q="energy")
    assert "never been stronger" not in shown(q="energy")
    assert "expand cooperation" in shown(kind="indirect")
    assert "never been stronger" not in shown(kind="indirect")
    may = shown(since="2021-05-01", until="2021-05-31")
    assert "hurt every exporter" in may and "never been stronger" not in may
    assert "No quotes." in shown(speaker="nobody at all")
    names = [r["speaker"] for r in rows(client.get("/api/quotes?sort=speaker"))]
    assert names == sorted(names, key=str.lower) and len(set(names)) > 2
    assert "Justin Trudeau" in shown(sort="speaker")


def test_actor_page_links_to_its_quotes(client: TestClient) -> None:
    trudeau = speaker_id(client, "Trudeau")
    page = html_ok(client.get(f"/actors/{trudeau}"))
    assert f"/quotes?speaker_id={trudeau}" in hrefs(page)
    assert any(h.startswith("/articles/wire-a#quote-") for h in hrefs(page))


def test_quotes_pagination_and_csv_match_the_api(client: TestClient) -> None:
    everything = rows(client.get("/api/quotes"))
    assert client.get("/api/quotes").json()["total"] == len(everything) >= 4
    first = html_ok(client.get("/quotes", params={"limit": 2}))
    assert "next →" in first and "← previous" not in first
    next_url = next(h for h in hrefs(first) if "offset=2" in h)
    second = html_ok(client.get(next_url))
    assert "← previous" in second
    link = re.search(r'id="csv" href="([^"]+)"', html_ok(client.get("/quotes?country=CHL")))
    assert link
    table = csv_rows(client.get(html.unescape(link[1])))
    api = rows(client.get("/api/quotes?country=CHL"))
    assert [r["quote_id"] for r in table] == [r["quote_id"] for r in api] and table
    assert {r["code"] for r in table} == {"CHL-GOV"}


@pytest.mark.parametrize(
    ("url", "name"),
    [("/quotes?since=yesterday", "since"), ("/quotes?kind=shouted", "kind"),
     ("/quotes?speaker_id=Pinera", "speaker_id"), ("/quotes?country=chile", "country"),
     ("/quotes?limit=0", "limit"), ("/quotes?sort=loudest", "sort"),
     ("/quotes?since=2021-06-01&until=2021-01-01", "until"),
     ("/api/quotes?kind=shouted", "kind")],
)  # fmt: skip
def test_quotes_bad_parameters_are_422(client: TestClient, url: str, name: str) -> None:
    bad(client.get(url), name)


def test_quote_payloads_render_as_text(client: TestClient) -> None:
    assert rows(client.get("/api/quotes", params={"article": "evil"}))  # the quote was found
    for url in ("/quotes", "/quotes?article=evil", "/quotes?q=alert", "/clusters"):
        page = html_ok(client.get(url))
        assert "<script>alert" not in page, url
        assert "<img src=x" not in page, url
        assert "<b>Bad Source</b>" not in page, url
    shown = visible_text(client.get("/quotes?article=evil").text)
    assert "<script>alert(7)</script> is no plan <img src=x onerror=alert(8)>" in shown
    assert "<b>Bad Source</b>" in shown
    searched = html_ok(client.get("/quotes", params={"q": '"><script>alert(9)</script>'}))
    assert "<script>alert(9)" not in searched and "&lt;script&gt;alert(9)" in searched


# --- clusters ---------------------------------------------------------------------------------


def cluster_ids(page: str) -> list[str]:
    return list(dict.fromkeys(re.findall(r'href="/clusters/(c[0-9a-f]{12})"', page)))


def test_clusters_page_sorted_by_reports(client: TestClient) -> None:
    page = html_ok(client.get("/clusters"))
    assert 'href="/clusters" class="on"' in page
    api = rows(client.get("/api/clusters"))
    assert client.get("/api/clusters").json()["total"] == len(api) >= 3
    assert cluster_ids(page) == [c["id"] for c in api]
    top = api[0]
    assert top["n_reports"] == 2 and top["n_sources"] == 2 and top["type"] == "CONSULT"
    assert [c["n_reports"] for c in api] == sorted((c["n_reports"] for c in api), reverse=True)
    shown = visible_text(page)
    assert "CAN-GOV+MEX-GOV" in shown and "North Wire; South Press" in shown


def test_clusters_filters_sort_and_csv(client: TestClient) -> None:
    def ids(**params: object) -> list[str]:
        return cluster_ids(html_ok(client.get("/clusters", params=params)))

    everything = ids()
    accuse = ids(type="ACCUSE")
    assert len(accuse) == 1 and accuse[0] in everything
    assert ids(party="PER") == accuse and ids(party="per") == accuse
    several = ids(min_reports=2)
    assert len(several) == 1 and several == ids(min_sources=2) and accuse[0] not in several
    assert accuse[0] not in ids(until="2021-04-01") and ids(since="2021-05-01") == accuse
    assert ids(sort="-date")[0] == accuse[0] and ids(sort="date")[-1] == accuse[0]
    assert "No clusters." in html_ok(client.get("/clusters", params={"party": "ZZZ"}))
    link = re.search(r'id="csv" href="([^"]+)"', html_ok(client.get("/clusters?type=CONSULT")))
    assert link
    table = csv_rows(client.get(html.unescape(link[1])))
    assert {r["type"] for r in table} == {"CONSULT"} and len(table) == len(ids(type="CONSULT"))
    first = html_ok(client.get("/clusters", params={"limit": 1}))
    assert any("offset=1" in h for h in hrefs(first))


def test_cluster_detail_lists_every_report(client: TestClient) -> None:
    top = rows(client.get("/api/clusters"))[0]
    page = html_ok(client.get(f"/clusters/{top['id']}"))
    assert 'href="/clusters" class="on"' in page
    shown = visible_text(page)
    assert "North Wire" in shown and "South Press" in shown
    assert (
        "Trudeau hosts Mexican leader" in shown and "Canada and Mexico leaders hold talks" in shown
    )
    assert "in Ottawa on Wednesday" in shown  # the trigger sentence
    links = hrefs(page)
    reports = client.get(f"/api/clusters/{top['id']}").json()["reports"]
    assert len(reports) == 2 and {r["doc_id"] for r in reports} == {"wire-a", "wire-b"}
    for r in reports:
        assert f"/articles/{r['doc_id']}#ev-{r['event_id']}" in links
    csv_link = next(h for h in links if h.startswith("/api/events"))
    table = csv_rows(client.get(csv_link))
    assert sorted(r["doc_id"] for r in table) == ["wire-a", "wire-b"]


def test_unknown_cluster_is_404_and_bad_ids_422(client: TestClient) -> None:
    missing = client.get("/clusters/c000000000000")
    assert missing.status_code == 404 and "no cluster" in missing.text
    assert missing.headers["content-type"].startswith("text/html")
    assert client.get("/api/clusters/c000000000000").status_code == 404
    assert client.get("/clusters/<script>").status_code == 422
    bad(client.get("/api/clusters/nope"), "cluster_id")
    bad(client.get("/api/events?cluster=nope"), "cluster")


@pytest.mark.parametrize(
    ("url", "name"),
    [("/clusters?type=PARTY", "type"), ("/clusters?min_reports=0", "min_reports"),
     ("/clusters?sort=size", "sort"), ("/clusters?since=2021-13-01", "since"),
     ("/clusters?since=2021-06-01&until=2021-01-01", "until"),
     ("/api/clusters?min_sources=-1", "min_sources")],
)  # fmt: skip
def test_clusters_bad_parameters_are_422(client: TestClient, url: str, name: str) -> None:
    bad(client.get(url), name)


# --- in a real browser (Playwright and Debian's Chromium, as in test_web_browser.py) ----------

CHROMIUM = "/usr/bin/chromium"
OUT = Path(__file__).resolve().parents[1] / "test-output"  # screenshots, as test_web_browser.py


@pytest.fixture(scope="module")
def browser_page(store: Path) -> Iterator[object]:
    """A Chromium page over a uvicorn server on ``store``; fails on any console error (a CSP
    violation included)."""
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    import socket
    import threading
    import time

    import uvicorn

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = int(s.getsockname()[1])
    server = uvicorn.Server(
        uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--headless", "--no-sandbox", "--disable-gpu"]
        )
        OUT.mkdir(exist_ok=True)
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        errors: list[str] = []
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.base = f"http://127.0.0.1:{port}"  # type: ignore[attr-defined]
        page.errors = errors  # type: ignore[attr-defined]
        yield page
        browser.close()
    server.should_exit = True
    thread.join(timeout=10)
    assert not errors, f"browser errors (CSP violations or script errors): {errors}"


def test_browser_quotes_filter_and_reader_anchor(browser_page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser_page
    page.goto(page.base + "/quotes")
    page.click("header nav a[href='/quotes']")
    page.fill("input[name=speaker]", "Pinera")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/quotes?speaker=Pinera*")
    cells = page.locator("table.quotes tbody td.speaker-cell")
    expect(cells.first).to_contain_text("Sebastian Pinera")
    assert all("Pinera" in t for t in cells.all_inner_texts())
    assert "speaker=Pinera" in (page.get_attribute("#csv", "href") or "")
    page.locator("table.quotes tbody tr", has_text="exporter").locator("a[href*='#quote-']").click()
    page.wait_for_url("**/articles/ports#quote-*")
    target = page.locator(".qlist li:target")
    expect(target).to_contain_text("These fees hurt every exporter")
    page.goto(page.base + "/quotes")
    page.screenshot(path=str(OUT / "quotes.png"))


def test_browser_clusters_to_reports(browser_page) -> None:  # type: ignore[no-untyped-def]
    from playwright.sync_api import expect

    page = browser_page
    page.goto(page.base + "/clusters")
    page.fill("input[name=party]", "PER")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/clusters?party=PER")  # the filters left at their default are left out
    expect(page.locator("table.clusters tbody tr")).to_have_count(1)
    expect(page.locator("table.clusters tbody tr td.code").first).to_have_text("CHL-GOV")
    page.goto(page.base + "/clusters")
    first = page.locator("table.clusters tbody tr").first
    expect(first.locator("td.reports")).to_have_text("2")
    first.locator("a.type").click()
    page.wait_for_url("**/clusters/c*")
    reports = page.locator("table.reports tbody tr")
    expect(reports).to_have_count(2)
    page.screenshot(path=str(OUT / "cluster.png"))
    reports.first.locator("td.sentence a").click()
    page.wait_for_url("**/articles/wire-*#ev-*")
    expect(page.locator("#text")).to_contain_text("Ottawa")
