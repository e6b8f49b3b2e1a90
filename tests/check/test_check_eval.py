"""The labelled evaluation set meets the quality targets (recall ≥ 0.9, precision ≥ 0.95)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "eval_check.py"


def load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("eval_check", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script loads
    spec.loader.exec_module(module)
    return module


def test_the_evaluation_set_is_big_and_varied_enough() -> None:
    report = load_script().evaluate()
    assert report.documents - report.clean_documents >= 6
    assert report.clean_documents >= 3
    assert sum(report.labelled.values()) >= 60
    assert len(report.labelled) >= 10


def test_the_checker_meets_its_recall_and_precision_targets() -> None:
    report = load_script().evaluate()
    assert report.recall() >= 0.9, report.misses
    assert report.precision() >= 0.95, report.false_alarms
