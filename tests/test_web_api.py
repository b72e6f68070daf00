"""The REST API and the pages, through FastAPI's test client, over a store built from a few
short articles written for these tests (and one carrying script-injection payloads)."""

from __future__ import annotations

import csv
import html
import io
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from spacy.language import Language
from typer.testing import CliRunner

from tidings.models import Article, Document
from tidings.pipeline import extract_article
from tidings.store import open_store, write_batch
from tidings.web import create_app
from tidings.web.security import MAX_BODY, token_ok

ARTICLES = {
    "call": (
        "Putin and Trump talk about Syria", "2017-05-02",
        "Russian President Vladimir Putin spoke by phone with U.S. President Donald Trump on "
        "Tuesday, the Kremlin said. The two leaders agreed to meet in Hamburg in July. Russia "
        "accused the United States of hurting relations with new sanctions.",
    ),
    "steel": (
        "Berlin criticizes Beijing", "2017-06-10",
        "German Chancellor Angela Merkel criticized China over steel exports on Saturday in "
        'Berlin. "We expect fair rules," Merkel said. The Chinese government rejected the '
        "complaint.",
    ),
    "evil": (
        "<script>alert('title')</script> Headline", "2017-06-11",
        "The mayor of Paris said <script>alert(1)</script> was found. French President Emmanuel "
        "Macron met Vladimir Putin in Paris on Monday <img src=x onerror=alert(2)> and urged "
        "calm. Click javascript:alert(3) now.",
    ),
}  # fmt: skip
TOKEN = "s3cret-token"


def build_store(path: Path, nlp: Language) -> list[Document]:
    documents = [
        extract_article(Article(id=key, title=title, published=day, text=text), nlp)
        for key, (title, day, text) in ARTICLES.items()
    ]
    con = open_store(path)
    write_batch(con, documents)
    con.close()
    return documents


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> Path:
    path = tmp_path_factory.mktemp("web") / "web.duckdb"
    build_store(path, nlp)
    return path


@pytest.fixture(scope="module")
def client(store: Path) -> Iterator[TestClient]:
    with TestClient(create_app(store)) as c:
        yield c


def rows(response) -> list[dict]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    return response.json()["items"]


def csv_rows(response) -> list[dict]:  # type: ignore[no-untyped-def]
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    return list(csv.DictReader(io.StringIO(response.text)))


def visible_text(page: str) -> str:
    """What a reader sees: the markup removed, the entities decoded."""
    return html.unescape(re.sub(r"<[^>]+>", "", page))


def bad(response, name: str) -> None:  # type: ignore[no-untyped-def]
    assert response.status_code == 422, response.text
    assert any(d["loc"][-1] == name for d in response.json()["detail"]), response.text


# --- articles ---------------------------------------------------------------------------------


def test_articles_list_json_csv_and_search(client: TestClient) -> None:
    assert {r["id"] for r in rows(client.get("/api/articles"))} == set(ARTICLES)
    assert [r["id"] for r in rows(client.get("/api/articles?q=steel"))] == ["steel"]
    assert {r["id"] for r in csv_rows(client.get("/api/articles?format=csv"))} == set(ARTICLES)
    assert len(rows(client.get("/api/articles?limit=1&offset=1"))) == 1


def test_article_is_document_json_v1(client: TestClient) -> None:
    data = client.get("/api/articles/call").json()
    document = Document.model_validate(data)
    assert document.id == "call" and document.events and document.actors


def test_unknown_article_is_404(client: TestClient) -> None:
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/articles/nope").status_code == 404


# --- events -----------------------------------------------------------------------------------


def test_events_unfiltered_with_total(client: TestClient) -> None:
    data = client.get("/api/events").json()
    assert data["total"] == len(data["items"]) >= 5


def test_events_by_actor_code_and_name(client: TestClient) -> None:
    found = rows(client.get("/api/events?actor=RUS"))
    assert found and all("RUS" in r["actor_codes"] for r in found)
    by_name = rows(client.get("/api/events?actor=merkel"))
    assert by_name and all("Angela Merkel" in r["actors"] for r in by_name)


def test_events_by_country_sector_and_recipient(client: TestClient) -> None:
    deu = rows(client.get("/api/events?actor_country=DEU"))
    assert deu and all("DEU" in r["actor_codes"] for r in deu)
    chn = rows(client.get("/api/events?recipient_country=CHN"))
    # a reciprocal event (no recipient) matches a recipient filter through its other parties
    assert chn and all("CHN" in (r["recipient_codes"] or r["actor_codes"]) for r in chn)
    assert any("CHN" in (r["recipient_codes"] or "") for r in chn)
    gov = rows(client.get("/api/events?actor_country=CHN&actor_sector=GOV"))
    assert gov and all("CHN-GOV" in r["actor_codes"] for r in gov)
    assert rows(client.get("/api/events?actor_country=DEU&recipient_country=USA")) == []


def test_events_by_type_mode_modality_quad_class(client: TestClient) -> None:
    accuse = rows(client.get("/api/events?type=ACCUSE"))
    assert accuse and {r["type"] for r in accuse} == {"ACCUSE"}
    both = rows(client.get("/api/events?type=accuse,reject"))
    assert {r["type"] for r in both} == {"ACCUSE", "REJECT"}
    assert rows(client.get("/api/events?type=ACCUSE&type=REJECT")) == both
    assert rows(client.get("/api/events?mode=no-such-mode")) == []
    asserted = rows(client.get("/api/events?modality=asserted"))
    assert asserted and all(r["modality"] == "asserted" for r in asserted)
    coop = rows(client.get("/api/events?quad_class=1"))
    assert coop and all(r["quad_class"] == 1 for r in coop)


def test_events_by_dates_text_article(client: TestClient) -> None:
    may = rows(client.get("/api/events?since=2017-05-01&until=2017-05-31"))
    assert may and all(r["date"].startswith("2017-05") for r in may)
    assert rows(client.get("/api/events?since=2030-01-01")) == []
    text = rows(client.get("/api/events?q=steel exports"))
    assert text and all("steel exports" in r["sentence"] for r in text)
    assert rows(client.get("/api/events?q=100%")) == []  # % is literal, not a wildcard
    art = rows(client.get("/api/events?article=steel"))
    assert art and {r["doc_id"] for r in art} == {"steel"}


def test_events_sort_pagination_located(client: TestClient) -> None:
    dates = [r["date"] for r in rows(client.get("/api/events?sort=date"))]
    assert dates == sorted(dates)
    scores = [r["goldstein"] for r in rows(client.get("/api/events?sort=-goldstein"))]
    assert scores == sorted(scores, reverse=True)
    all_rows = rows(client.get("/api/events?sort=date"))
    page = rows(client.get("/api/events?sort=date&limit=2&offset=1"))
    assert [r["event_id"] for r in page] == [r["event_id"] for r in all_rows[1:3]]
    located = rows(client.get("/api/events?located=true"))
    assert located and all(r["lat"] is not None for r in located)


def test_events_csv_has_the_same_rows(client: TestClient) -> None:
    js = rows(client.get("/api/events?actor=RUS&sort=date"))
    cs = csv_rows(client.get("/api/events?actor=RUS&sort=date&format=csv"))
    assert [r["event_id"] for r in cs] == [r["event_id"] for r in js]


@pytest.mark.parametrize(
    ("query", "name"),
    [
        ("type=FOO", "type"), ("since=yesterday", "since"), ("until=2017-13-01", "until"),
        ("since=2017-06-01&until=2017-05-01", "until"), ("actor_country=rus", "actor_country"),
        ("recipient_sector=GOVERNMENT", "recipient_sector"), ("limit=0", "limit"),
        ("limit=100000", "limit"), ("offset=-1", "offset"), ("sort=name", "sort"),
        ("format=xml", "format"), ("quad_class=5", "quad_class"), ("modality=maybe", "modality"),
        ("q=" + "x" * 201, "q"),
    ],
)  # fmt: skip
def test_events_bad_parameters_are_422_naming_them(
    client: TestClient, query: str, name: str
) -> None:
    bad(client.get(f"/api/events?{query}"), name)


# --- dyads, clusters --------------------------------------------------------------------------


def test_top_dyads(client: TestClient) -> None:
    top = rows(client.get("/api/dyads"))
    assert any({r["actor"], r["recipient"]} == {"RUS", "USA"} for r in top)
    assert csv_rows(client.get("/api/dyads?format=csv"))


def test_dyad_timeline_by_week_and_month(client: TestClient) -> None:
    week = client.get("/api/dyads/USA/RUS?by=week").json()
    assert week["by"] == "week" and week["items"]
    assert sum(r["events"] for r in week["items"]) >= 2
    month = rows(client.get("/api/dyads/RUS/USA"))
    assert month[0]["period"] == "2017-05-01"
    assert csv_rows(client.get("/api/dyads/USA/RUS?format=csv"))
    bad(client.get("/api/dyads/USA/RUS?by=day"), "by")


def test_clusters(client: TestClient) -> None:
    assert client.get("/api/clusters").json()["items"] == []  # write_batch alone clusters nothing
    assert client.get("/api/clusters?type=CONSULT&format=csv").status_code == 200
    bad(client.get("/api/clusters?type=FOO"), "type")


# --- actors, quotes ---------------------------------------------------------------------------


def test_actors_list_filters_csv(client: TestClient) -> None:
    everyone = rows(client.get("/api/actors"))
    putin = [a for a in everyone if a["name"] == "Vladimir Putin"]
    assert len(putin) == 1 and putin[0]["articles"] == 2
    assert {a["country"] for a in rows(client.get("/api/actors?country=DEU"))} == {"DEU"}
    assert all(a["sector"] == "GOV" for a in rows(client.get("/api/actors?sector=GOV")))
    assert [a["name"] for a in rows(client.get("/api/actors?name=merk"))] == ["Angela Merkel"]
    assert csv_rows(client.get("/api/actors?format=csv"))
    bad(client.get("/api/actors?country=germany"), "country")


def test_actor_detail_and_errors(client: TestClient) -> None:
    putin = rows(client.get("/api/actors?name=Putin"))[0]
    data = client.get(f"/api/actors/{putin['actor_id']}").json()
    assert data["name"] == "Vladimir Putin" and data["country"] == "RUS"
    assert data["events_as_actor"] and data["mentions"] >= 2
    assert any(p["name"] == "Donald Trump" for p in data["partners"])
    assert client.get("/api/actors/0123456789ab").status_code == 404
    bad(client.get("/api/actors/not-an-id"), "actor_id")


def test_quotes(client: TestClient) -> None:
    everything = rows(client.get("/api/quotes"))
    assert everything
    merkel = rows(client.get("/api/quotes?speaker=Merkel"))
    assert merkel and all(q["speaker"] == "Angela Merkel" for q in merkel)
    assert {q["doc_id"] for q in rows(client.get("/api/quotes?article=steel"))} == {"steel"}
    assert rows(client.get("/api/quotes?q=fair rules"))
    assert csv_rows(client.get("/api/quotes?format=csv"))
    bad(client.get("/api/quotes?limit=-3"), "limit")


# --- pages ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["/", "/articles", "/articles/call", "/events", "/events?actor=RUS&type=CONSULT",
     "/dyads/USA/RUS", "/dyads/USA/RUS?by=week", "/actors", "/map", "/docs"],
)  # fmt: skip
def test_pages_render(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    assert not re.search(r"<script(?![^>]*\bsrc=)(?![^>]*application/json)", response.text)


def test_reader_marks_mentions_triggers_and_evidence(client: TestClient) -> None:
    page = client.get("/articles/call").text
    mention = r'<span class="m[^"]*" data-actor="a\d+"[^>]*>[^<]*Vladimir Putin</span>'
    assert re.search(mention, page)
    assert re.search(r'<span class="[^"]*\bt"[^>]*data-ev="e\d+[^"]*"[^>]*>spoke</span>', page)
    assert 'id="ev-e1"' in page and "CONSULT" in page


def test_actor_page_and_explorer_csv_link(client: TestClient) -> None:
    putin = rows(client.get("/api/actors?name=Putin"))[0]
    assert "Vladimir Putin" in client.get(f"/actors/{putin['actor_id']}").text
    page = client.get("/events?actor=RUS&limit=2").text
    link = re.search(r'id="csv" href="([^"]+)"', page)
    assert link
    url = link[1].replace("&amp;", "&")
    assert "actor=RUS" in url and "limit=2" in url
    assert len(csv_rows(client.get(url))) == 2


def test_assets_are_served_locally(client: TestClient) -> None:
    assert client.get("/vendor/plotly.min.js").status_code == 200
    assert client.get("/static/vendor/topojson/world_110m.json").status_code == 200
    assert client.get("/vendor/swagger/swagger-ui-bundle.js").status_code == 200
    assert client.get("/openapi.json").json()["paths"]["/api/events"]


# --- security ---------------------------------------------------------------------------------


def test_headers(client: TestClient) -> None:
    for url in ("/", "/api/events", "/docs"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self';" in csp and "unsafe-inline" not in csp.split("style-src")[0]
    assert client.get("/").headers["x-content-type-options"] == "nosniff"


def test_payloads_render_as_text(client: TestClient) -> None:
    putin = rows(client.get("/api/actors?name=Putin"))[0]["actor_id"]
    for url in ("/", "/articles", "/articles/evil", "/events", "/events?article=evil",
                f"/actors/{putin}", "/map"):  # fmt: skip
        page = client.get(url).text
        assert "<script>alert" not in page, url
        assert "<img src=x" not in page, url
        assert not re.search(r"""href=["']?\s*javascript:""", page, re.I), url
    shown = visible_text(client.get("/articles/evil").text)
    assert "<script>alert(1)</script>" in shown  # shown as text, not run
    assert "<img src=x onerror=alert(2)>" in shown
    assert "javascript:alert(3)" in shown
    assert "&lt;script&gt;alert(" in client.get("/articles").text


def test_request_size_bounds(client: TestClient) -> None:
    big = client.post("/api/articles", content=b"x" * (MAX_BODY + 1),
                      headers={"content-type": "application/json"})  # fmt: skip
    assert big.status_code == 413
    assert client.get("/api/events?q=" + "x" * 5000).status_code == 414


def test_read_only_refuses_ingest(client: TestClient) -> None:
    response = client.post("/api/articles", json={"text": "Hello."},
                           headers={"authorization": f"Bearer {TOKEN}"})  # fmt: skip
    assert response.status_code == 403


def test_token_compare() -> None:
    assert token_ok("abc", "abc")
    assert not token_ok("abd", "abc") and not token_ok("", "abc") and not token_ok("abc", None)


def test_ingest_with_token(tmp_path: Path, nlp: Language) -> None:
    path = tmp_path / "ingest.duckdb"
    open_store(path).close()
    with pytest.raises(ValueError):
        create_app(path, allow_ingest=True)
    with TestClient(create_app(path, allow_ingest=True, token=TOKEN)) as c:
        body = {"text": "Japan protested against North Korea on Friday.", "title": "Tokyo",
                "published": "2020-01-03", "id": "tokyo"}  # fmt: skip
        assert c.post("/api/articles", json=body).status_code == 401
        wrong = c.post("/api/articles", json=body, headers={"authorization": "Bearer nope"})
        assert wrong.status_code == 401
        auth = {"authorization": f"Bearer {TOKEN}"}
        bad(c.post("/api/articles", json={**body, "published": "3 Jan"}, headers=auth),
            "published")  # fmt: skip
        made = c.post("/api/articles", json=body, headers=auth)
        assert made.status_code == 201, made.text
        assert made.json()["id"] == "tokyo"
        assert c.get("/api/articles/tokyo").json()["title"] == "Tokyo"


def test_serve_command_is_registered(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.cli import app

    runner = CliRunner()
    assert "--allow-ingest" in runner.invoke(app, ["serve", "--help"]).output
    monkeypatch.delenv("TIDINGS_TOKEN", raising=False)
    result = runner.invoke(app, ["serve", "--db", str(store), "--allow-ingest"])
    assert result.exit_code == 2
