"""Benchmark PhraseIndex against a full rapidfuzz scan: build time, latency, memory and recall@5.

Run `python tests/benchmarks/bench_search.py` (options: --sizes, --seed, --baseline-sample).
Each corpus size is measured in a fresh process, so caches and peak memory start cold.
Corpora are synthesised deterministically from the clause fragments in search_queries.yaml,
and the labelled target phrases are planted in every corpus.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import resource
import sys
import time
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process

from assistant.search import PhraseIndex

DATA = Path(__file__).with_name("search_queries.yaml")
TOP = 5
ROUNDS = 3


def load() -> dict[str, Any]:
    """Return the fragments, targets and labelled queries."""
    return yaml.safe_load(DATA.read_text(encoding="utf-8"))


def _vary(text: str, rng: random.Random, pool: str) -> str:
    """Return `text` with one character of `pool` inserted at a random place in each clause."""
    clauses = text.split("，")
    for i, clause in enumerate(clauses):
        at = rng.randrange(len(clause))
        clauses[i] = clause[:at] + rng.choice(pool) + clause[at:]
    return "，".join(clauses)


def synthesise(size: int, seed: int, data: dict[str, Any], distinct: bool = False) -> list[str]:
    """Return `size` distinct phrases of 20-80 characters, the targets planted at seeded positions.

    With `distinct`, a random character is inserted into every clause, so that clauses hardly
    ever repeat (the worst case for the per-clause pinyin cache).
    """
    rng = random.Random(seed)
    pieces = data["fragments"]
    pool = "".join(sorted({c for group in pieces.values() for f in group for c in f if "\u4e00" <= c <= "\u9fff"}))
    seen = set(data["targets"].values())
    phrases: list[str] = []
    while len(phrases) < size - len(data["targets"]):
        parts = [rng.choice(pieces["leads"])] if rng.random() < 0.5 else []
        parts += rng.sample(pieces["actions"], rng.choice((1, 1, 2)))
        if rng.random() < 0.7:
            parts.append(rng.choice(pieces["results"]).format(n=rng.randint(2, 300)))
        if rng.random() < 0.5:
            parts.append(rng.choice(pieces["effects"]))
        text = "，".join(parts) + "。"
        if distinct:
            text = _vary(text, rng, pool)
        if 20 <= len(text) <= 80 and text not in seen:
            seen.add(text)
            phrases.append(text)
    for target in data["targets"].values():
        phrases.insert(rng.randrange(len(phrases) + 1), target)
    return phrases


def percentile(values: list[float], share: float) -> float:
    """Return the `share` percentile (0-1) of `values`, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def recall(found: list[list[str]], wanted: list[list[str]]) -> float:
    """Return the share of queries whose wanted phrases are all in their top results."""
    return sum(set(w) <= set(f) for f, w in zip(found, wanted, strict=True)) / len(wanted)


def rss_mib() -> float:
    """Return this process's peak resident memory in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(size: int, seed: int, baseline_sample: int, distinct: bool) -> dict[str, Any]:
    """Measure one corpus size: our index and the baseline scan, on the same queries."""
    data = load()
    texts = synthesise(size, seed, data, distinct)
    queries = [q["query"] for q in data["queries"]]
    wanted = [[data["targets"][t] for t in q["targets"]] for q in data["queries"]]
    rss_before = rss_mib()
    start = time.perf_counter()
    index = PhraseIndex(texts)
    build = time.perf_counter() - start
    rss_after = rss_mib()

    ours_ms: list[float] = []
    ours_found: list[list[str]] = []
    for round_ in range(ROUNDS):
        for query in queries:
            start = time.perf_counter()
            hits = index.search(query, limit=TOP)
            ours_ms.append((time.perf_counter() - start) * 1000)
            if round_ == 0:
                ours_found.append([h.text for h in hits])

    step = max(1, len(queries) // baseline_sample) if baseline_sample < len(queries) else 1
    sample = list(range(0, len(queries), step))[:baseline_sample]
    base_ms: list[float] = []
    base_found: list[list[str]] = []
    for i in sample:
        start = time.perf_counter()
        found = process.extract(queries[i], texts, scorer=fuzz.partial_ratio, limit=TOP)
        base_ms.append((time.perf_counter() - start) * 1000)
        base_found.append([text for text, _, _ in found])

    return {
        "size": len(texts), "build_s": build, "index_mib": index.nbytes / 2**20,
        "rss_before": rss_before, "rss_after": rss_after, "rss_peak": rss_mib(),
        "ours_p50": percentile(ours_ms, 0.5), "ours_p95": percentile(ours_ms, 0.95),
        "base_p50": percentile(base_ms, 0.5), "base_p95": percentile(base_ms, 0.95),
        "ours_recall": recall(ours_found, wanted),
        "ours_recall_sample": recall([ours_found[i] for i in sample], [wanted[i] for i in sample]),
        "base_recall_sample": recall(base_found, [wanted[i] for i in sample]),
        "sample": len(sample), "queries": len(queries),
        "misses": [queries[i] for i, (f, w) in enumerate(zip(ours_found, wanted, strict=True))
                   if not set(w) <= set(f)],
        "kinds": _recall_by_kind(data["queries"], ours_found, wanted),
    }


def _recall_by_kind(labelled: list[dict[str, Any]], found: list[list[str]],
                    wanted: list[list[str]]) -> dict[str, float]:
    kinds: dict[str, list[int]] = {}
    for i, q in enumerate(labelled):
        kinds.setdefault(q["kind"], []).append(i)
    return {k: recall([found[i] for i in ix], [wanted[i] for i in ix]) for k, ix in kinds.items()}


def _run(args: tuple[int, int, int, bool]) -> dict[str, Any]:
    return measure(*args)


def report(results: list[dict[str, Any]], distinct: bool) -> None:
    """Print the figures as a Markdown table, then the misses."""
    print("\nCorpus: " + ("clauses made distinct (--distinct)" if distinct else "fragments recombined"))
    print(f"\nMachine: {platform.machine()} {platform.system()}, {multiprocessing.cpu_count()} cores, "
          f"Python {platform.python_version()}, load average at the end {os.getloadavg()[0]:.1f}\n")
    print("| phrases | build s | index arrays MiB | peak RSS MiB (+build) | ours p50 / p95 ms "
          "| baseline p50 / p95 ms | speed-up p50 / p95 | recall@5 ours (all) | recall@5 ours / baseline "
          "(baseline queries) |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    for r in results:
        print(f"| {r['size']:,} | {r['build_s']:.2f} | {r['index_mib']:.1f} | {r['rss_peak']:.0f} "
              f"(+{r['rss_after'] - r['rss_before']:.0f}) | {r['ours_p50']:.2f} / {r['ours_p95']:.2f} "
              f"| {r['base_p50']:.1f} / {r['base_p95']:.1f} "
              f"| {r['base_p50'] / r['ours_p50']:.0f}x / {r['base_p95'] / r['ours_p95']:.0f}x "
              f"| {r['ours_recall']:.3f} ({r['queries']}) "
              f"| {r['ours_recall_sample']:.3f} / {r['base_recall_sample']:.3f} ({r['sample']}) |")
    for r in results:
        kinds = ", ".join(f"{k} {v:.2f}" for k, v in r["kinds"].items())
        print(f"\n{r['size']:,}: recall@5 by kind: {kinds}")
        if r["misses"]:
            print(f"{r['size']:,}: missed: {'  '.join(r['misses'])}")


def main() -> int:
    """Measure every size in its own process and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--seed", type=int, default=20261201)
    parser.add_argument("--baseline-sample", type=int, default=0,
                        help="baseline queries per size (default: all)")
    parser.add_argument("--distinct", action="store_true",
                        help="insert a random character into every clause, so clauses hardly repeat")
    args = parser.parse_args()
    results = []
    context = multiprocessing.get_context("spawn")
    for size in args.sizes:
        sample = args.baseline_sample or 10**6
        with context.Pool(1) as pool:
            results.append(pool.apply(_run, ((size, args.seed, sample, args.distinct),)))
        print(f"measured {size:,} phrases", file=sys.stderr)
    report(results, args.distinct)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
