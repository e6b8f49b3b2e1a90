"""Measure the proofreader on labelled documents: precision and recall per rule, and its speed.

Each `check_eval/NAME.txt` has a `NAME.labels.yaml` listing its planted defects:
`{at: unique context, text: defective substring inside it (default: all of at), rule: rule id}`.
A finding counts as correct when it overlaps a label of the same rule; a label counts as found when
some finding of its rule overlaps it. Documents whose label list is empty are clean documents.

Run: python tests/benchmarks/eval_check.py
"""

from __future__ import annotations

import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from assistant.check import Finding, check_text

FOLDER = Path(__file__).parent / "check_eval"
TIMING_CHARS = 20_000


@dataclass(frozen=True)
class Label:
    """A planted defect: its span in the document and the rule that should report it."""

    start: int
    end: int
    rule: str


@dataclass
class Report:
    """Counts per rule and the findings that matched no label (false alarms) or labels never found."""

    found: Counter[str] = field(default_factory=Counter)
    labelled: Counter[str] = field(default_factory=Counter)
    correct: Counter[str] = field(default_factory=Counter)
    reported: Counter[str] = field(default_factory=Counter)
    false_alarms: list[str] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)
    documents: int = 0
    clean_documents: int = 0

    def recall(self, rule: str | None = None) -> float:
        """Return found labels / labels, for one rule or overall."""
        found = self.found[rule] if rule else sum(self.found.values())
        total = self.labelled[rule] if rule else sum(self.labelled.values())
        return found / total if total else 1.0

    def precision(self, rule: str | None = None) -> float:
        """Return correct findings / findings, for one rule or overall."""
        correct = self.correct[rule] if rule else sum(self.correct.values())
        total = self.reported[rule] if rule else sum(self.reported.values())
        return correct / total if total else 1.0


def load_labels(document: Path, text: str) -> list[Label]:
    """Return the labels of `document`, each located by its unique context."""
    path = document.with_suffix(".labels.yaml")
    entries = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    labels = []
    for entry in entries.get("defects") or []:
        context, defect = entry["at"], entry.get("text", entry["at"])
        if text.count(context) != 1:
            raise ValueError(f"{path.name}: “{context}” occurs {text.count(context)} times, expected once")
        inner = context.find(defect)
        if inner < 0:
            raise ValueError(f"{path.name}: “{defect}” is not inside “{context}”")
        start = text.find(context) + inner
        labels.append(Label(start, start + len(defect), entry["rule"]))
    return labels


def evaluate(folder: Path = FOLDER) -> Report:
    """Check every document of `folder` against its labels."""
    report = Report()
    for document in sorted(folder.glob("*.txt")):
        text = document.read_text(encoding="utf-8")
        labels = load_labels(document, text)
        findings = check_text(text)
        report.documents += 1
        report.clean_documents += not labels
        _score(report, document.name, text, labels, findings)
    return report


def _score(report: Report, name: str, text: str, labels: list[Label], findings: list[Finding]) -> None:
    for label in labels:
        report.labelled[label.rule] += 1
        if any(f.rule == label.rule and f.start < label.end and label.start < f.end for f in findings):
            report.found[label.rule] += 1
        else:
            report.misses.append(f"{name}: {label.rule} “{text[label.start:label.end]}”")
    for finding in findings:
        report.reported[finding.rule] += 1
        if any(finding.rule == lab.rule and finding.start < lab.end and lab.start < finding.end for lab in labels):
            report.correct[finding.rule] += 1
        else:
            report.false_alarms.append(f"{name}: {finding.rule} “{text[finding.start:finding.end]}” {finding.message}")


def timing(folder: Path = FOLDER, runs: int = 5) -> tuple[float, float, int]:
    """Return (first run, median of later runs) in seconds to check about 20,000 characters."""
    corpus = "\n".join(p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt")))
    text = (corpus * (TIMING_CHARS // len(corpus) + 1))[:TIMING_CHARS]
    began = time.perf_counter()
    check_text(text)
    first = time.perf_counter() - began
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        check_text(text)
        times.append(time.perf_counter() - began)
    return first, statistics.median(times), len(text)


def main() -> int:
    """Print the evaluation table and timing; exit 1 when a target is missed."""
    report = evaluate()
    rules = sorted(set(report.labelled) | set(report.reported))
    print(f"{report.documents} documents ({report.clean_documents} clean), "
          f"{sum(report.labelled.values())} planted defects, {sum(report.reported.values())} findings\n")
    print(f"{'rule':<20}{'labels':>8}{'found':>8}{'recall':>9}{'findings':>10}{'correct':>9}{'precision':>11}")
    for rule in rules:
        print(f"{rule:<20}{report.labelled[rule]:>8}{report.found[rule]:>8}{report.recall(rule):>9.3f}"
              f"{report.reported[rule]:>10}{report.correct[rule]:>9}{report.precision(rule):>11.3f}")
    print(f"{'overall':<20}{sum(report.labelled.values()):>8}{sum(report.found.values()):>8}"
          f"{report.recall():>9.3f}{sum(report.reported.values()):>10}{sum(report.correct.values()):>9}"
          f"{report.precision():>11.3f}")
    for title, lines in (("\nmissed:", report.misses), ("\nfalse alarms:", report.false_alarms)):
        if lines:
            print(title)
            print("\n".join(f"  {line}" for line in lines))
    first, median, size = timing()
    print(f"\ntime to check {size} characters: first call {first:.3f} s, "
          f"then median {median:.3f} s")
    return 0 if report.recall() >= 0.9 and report.precision() >= 0.95 else 1


if __name__ == "__main__":
    sys.exit(main())
