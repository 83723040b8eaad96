"""The main job: run Brian's first tutorial with `gobrian run` and compare
every cell with what Brian2 2.5.1 printed (shared/tools/compare_nb.py).

The test is strict: every cell must match. While the simulator or a
binding is being reworked, GOBRIAN_TUTORIAL_XFAIL=1 turns a partial match
into an expected failure that reports the match count.
"""
import os
import re
import subprocess
import sys

import pytest

TUTORIAL = "1-intro-to-brian-neurons"
STRICT = os.environ.get("GOBRIAN_TUTORIAL_XFAIL") != "1"


def test_tutorial_1_matches_reference(gobrian_bin, shared_dir, tmp_path):
    src = shared_dir / "tutorials" / f"{TUTORIAL}.ipynb"
    ref = shared_dir / "reference" / f"{TUTORIAL}.json"
    out = tmp_path / f"{TUTORIAL}.ipynb"
    # Run from the tutorial's directory, as Jupyter would (relative paths).
    run = subprocess.run([str(gobrian_bin), "run", str(src), "--allow-errors", "--output", str(out)],
                         capture_output=True, text=True, timeout=900, cwd=src.parent)
    assert out.exists(), run.stderr
    cmp = subprocess.run([sys.executable, str(shared_dir / "tools" / "compare_nb.py"), str(out), str(ref)],
                         capture_output=True, text=True, timeout=300)
    summary = cmp.stdout.strip().splitlines()[-1] if cmp.stdout.strip() else cmp.stderr
    print(cmp.stdout)
    m = re.search(r"(\d+)/(\d+) cells match", summary)
    assert m, summary
    matched, total = map(int, m.groups())
    print(f"tutorial {TUTORIAL}: {matched}/{total} cells match")
    if matched != total and not STRICT:
        pytest.xfail(f"{matched}/{total} cells match the reference (GOBRIAN_TUTORIAL_XFAIL=1)")
    assert matched == total, cmp.stdout
