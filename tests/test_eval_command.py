"""``tidings eval`` end to end: the real command on a 3-record slice of each public gold set, so it
cannot rot (skipped when ../shared is absent); the full run is a benchmark, not a test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli import app
from tidings.evaluation.gold import shared_dir
from tidings.evaluation.runner import SUITES


def gold_present() -> bool:
    base = shared_dir()
    return all((base / rel).is_file() for suite in SUITES.values() for rel in suite.defaults)


@pytest.mark.skipif(not gold_present(), reason="the shared gold sets are absent (TIDINGS_SHARED)")
def test_eval_all_on_a_slice(tmp_path: Path, nlp: object) -> None:
    out = tmp_path / "eval.json"
    result = CliRunner().invoke(
        app, ["eval", "all", "--limit", "3", "--baselines", "--json", str(out), "--errors", "1"]
    )
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text())
    ours = {r["suite"]: r for r in report["results"] if r["system"] == "tidings"}
    assert set(ours) == set(SUITES)
    for r in ours.values():
        assert r["cases"] >= 1 and r["metrics"]
        for metric in r["metrics"]:
            for key in ("precision", "recall", "f1", "accuracy"):
                assert 0.0 <= metric.get(key, 0.0) <= 1.0
    assert "value F1" in result.output and "Acc@161km" in result.output


def test_missing_gold_is_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDINGS_SHARED", str(tmp_path / "nowhere"))
    result = CliRunner().invoke(app, ["eval", "plover"])
    assert result.exit_code == 2
    assert "gold file not found" in result.output and "TIDINGS_SHARED" in result.output


def test_gold_option_names_one_suite(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "all", "--gold", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 2
    assert "one suite" in result.output
