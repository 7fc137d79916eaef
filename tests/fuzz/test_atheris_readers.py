"""A bounded atheris (libFuzzer) run over the readers, in a subprocess: 20,000 inputs or 45 s, whichever
comes first (FUZZ_RUNS / FUZZ_SECONDS override, e.g. for a nightly hour). Skips with a message when
atheris is not installed (pinned in requirements-dev.txt; REQUIRE_ATHERIS=1 makes that a failure)."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HARNESS = Path(__file__).with_name("fuzz_readers.py")
RUNS = int(os.environ.get("FUZZ_RUNS", "20000"))
SECONDS = int(os.environ.get("FUZZ_SECONDS", "45"))
SEEDS = [  # small files of every format; the two leading bytes pick the file name and the source
    ("kommun/nacka_est_2025-W16.csv", b"\x00\x00"),
    ("kommun/nykoping_est_2025-W16.csv", b"\x00\x02"),
    ("kommun/nacka_kommande_2025-W16.csv", b"\x03\x00"),
    ("bostadsbolag/nykopingshem_2025-W18.csv", b"\x00\x04"),
    ("polis/kommunpolis_nacka_2025-W20.xlsx", b"\x01\x00"),
]


def _atheris_or_skip() -> None:
    if importlib.util.find_spec("atheris") is None:
        message = (
            "atheris saknas, den täckningsstyrda fuzzningen hoppas över: "
            "`pip install -r requirements-dev.txt` (atheris==3.0.0)"
        )
        if os.environ.get("REQUIRE_ATHERIS") == "1":
            pytest.fail(message)
        pytest.skip(message)


def test_atheris_finds_nothing_in_the_readers(tmp_path: Path) -> None:
    _atheris_or_skip()
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for path, prefix in SEEDS:
        (corpus / Path(path).name).write_bytes(prefix + (ROOT / "sample_data" / path).read_bytes())
    events = json.loads((ROOT / "sample_data" / "polis" / "handelser_2025-W20.json").read_bytes())[:5]
    (corpus / "handelser.json").write_bytes(b"\x02\x03" + json.dumps(events, ensure_ascii=False).encode())
    command = [
        sys.executable,
        str(HARNESS),
        f"-runs={RUNS}",
        f"-max_total_time={SECONDS}",
        "-max_len=20000",
        "-timeout=30",  # one input taking longer is a finding (a hang)
        "-rss_limit_mb=3072",
        "-seed=20260525",
        f"-artifact_prefix={tmp_path}/",
        str(corpus),
    ]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        command, cwd=tmp_path, env=env, capture_output=True, text=True, timeout=SECONDS + 120
    )
    output = done.stdout + done.stderr
    found = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(("crash-", "timeout-", "oom-")))
    # atheris prints the Python exception on stdout and libFuzzer its progress on stderr: show both.
    exception = done.stdout[done.stdout.find("=== Uncaught Python exception") :][-6000:]
    assert done.returncode == 0 and not found, (
        f"atheris found a problem (input saved as {found} in {tmp_path}):\n{exception}\n"
        + "\n".join(done.stderr.splitlines()[-25:])
    )
    summary = re.search(r"Done (\d+) runs in (\d+) second", output)
    coverage = re.findall(r"cov: (\d+)", output)
    assert summary, output[-2000:]
    print(
        f"\natheris: {summary[1]} inputs in {summary[2]} s, coverage "
        f"{coverage[-1] if coverage else '?'} edges"
    )
