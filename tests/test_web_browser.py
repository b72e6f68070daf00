"""The pages in a real browser: Playwright driving Debian's headless Chromium over a uvicorn
server started in a background thread. Screenshots go to test-output/."""

from __future__ import annotations

import importlib.util
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from spacy.language import Language

from tidings.models import Article
from tidings.pipeline import extract_article
from tidings.store import open_store, write_batch

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]  # fmt: skip
OUT = Path(__file__).resolve().parents[1] / "test-output"

if importlib.util.find_spec("playwright") is None:
    pytest.skip("playwright (Python) is not installed", allow_module_level=True)
if not Path(CHROMIUM).is_file() and not shutil.which("chromium"):
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Page, expect, sync_playwright  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory, nlp: Language, sample_path: Path
             ) -> Iterator[str]:  # fmt: skip
    import uvicorn

    from tidings.web import create_app

    db = tmp_path_factory.mktemp("browser") / "browser.duckdb"
    article = Article(id="sample", title="Trump and Putin", text=sample_path.read_text())
    con = open_store(db)
    write_batch(con, [extract_article(article, nlp)])
    con.close()
    port = free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started and time.monotonic() < deadline:
        time.sleep(0.05)
    assert server.started, "uvicorn did not start"
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield b
        b.close()


@pytest.fixture
def page(browser: object) -> Iterator[Page]:
    context = browser.new_context(viewport={"width": 1400, "height": 1000})  # type: ignore[attr-defined]
    pg = context.new_page()
    errors: list[str] = []
    pg.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: errors.append(str(e)))
    yield pg
    context.close()
    assert not errors, f"browser errors (CSP violations or script errors): {errors}"


def shot(page: Page, name: str) -> None:
    OUT.mkdir(exist_ok=True)
    page.screenshot(path=str(OUT / f"{name}.png"), full_page=False)


def test_home(page: Page, base_url: str) -> None:
    page.goto(base_url + "/")
    expect(page.locator(".count").first).to_be_visible()
    expect(page.locator("table.dyads tbody tr").first).to_contain_text("RUS")
    shot(page, "home")


def test_reader_highlights_the_phone_call_evidence(page: Page, base_url: str) -> None:
    page.goto(base_url + "/articles/sample")
    putin = page.locator("#text span.m", has_text="Vladimir Putin").first
    expect(putin).to_be_visible()
    call = page.locator(".evlist li", has_text="CONSULT").filter(has_text="call").first
    expect(call).to_be_visible()
    call.click()
    expect(call).to_have_class("ev q1 active")
    highlighted = page.locator("#text .hl")
    expect(highlighted.first).to_be_visible()
    texts = " ".join(highlighted.all_inner_texts())
    assert "call" in texts and ("Putin" in texts or "Trump" in texts), texts
    assert page.locator("#text .t.hl").count() >= 1
    shot(page, "reader")


def test_explorer_filters_by_actor(page: Page, base_url: str) -> None:
    page.goto(base_url + "/events")
    page.fill("input[name=actor]", "RUS")
    page.click("#filters button[type=submit]")
    page.wait_for_url("**/events?actor=RUS*")
    cells = page.locator("table.events tbody td.actor-cell")
    expect(cells.first).to_be_visible()
    assert cells.count() > 0
    assert all("RUS" in t for t in cells.all_inner_texts())
    assert "actor=RUS" in (page.get_attribute("#csv", "href") or "")
    shot(page, "events")


def test_dyad_view_draws_a_chart(page: Page, base_url: str) -> None:
    page.goto(base_url + "/dyads/USA/RUS?by=week")
    expect(page.locator("#chart .main-svg").first).to_be_visible()
    assert page.locator("#chart .barlayer .point").count() > 0
    shot(page, "dyad")


def test_map_and_actor_pages(page: Page, base_url: str) -> None:
    page.goto(base_url + "/map")
    expect(page.locator("#map .main-svg").first).to_be_visible()
    page.wait_for_selector("#map .geo .countries path, #map .geo .land path", timeout=10_000)
    shot(page, "map")
    page.goto(base_url + "/actors?name=Putin")
    page.click("table tbody a")
    expect(page.locator("h1")).to_contain_text("Putin")
    shot(page, "actor")
    page.goto(base_url + "/docs")
    expect(page.locator(".swagger-ui .title").first).to_be_visible()
    shot(page, "docs")
