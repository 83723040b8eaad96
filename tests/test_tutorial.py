"""The main job: run Brian's tutorials with `gobrian run` and compare every
cell with what Brian2 2.5.1 printed (shared/tools/compare_nb.py).

The test is strict: every cell must match. While the simulator or a
binding is being reworked, GOBRIAN_TUTORIAL_XFAIL=1 turns a partial match
into an expected failure that reports the match count.
"""
import os
import re
import subprocess
import sys

import pytest

TUTORIALS = ["1-intro-to-brian-neurons", "2-intro-to-brian-synapses", "3-intro-to-brian-simulations"]
STRICT = os.environ.get("GOBRIAN_TUTORIAL_XFAIL") != "1"


@pytest.mark.parametrize("tutorial", TUTORIALS)
def test_tutorial_matches_reference(gobrian_bin, shared_dir, tmp_path, tutorial):
    src = shared_dir / "tutorials" / f"{tutorial}.ipynb"
    ref = shared_dir / "reference" / f"{tutorial}.json"
    out = tmp_path / f"{tutorial}.ipynb"
    # --allow-errors: the tutorials raise unit errors on purpose.
    run = subprocess.run([str(gobrian_bin), "run", str(src), "--allow-errors", "--output", str(out)],
                         capture_output=True, text=True, timeout=900)
    assert out.exists(), run.stderr
    cmp = subprocess.run([sys.executable, str(shared_dir / "tools" / "compare_nb.py"), str(out), str(ref)],
                         capture_output=True, text=True, timeout=300)
    summary = cmp.stdout.strip().splitlines()[-1] if cmp.stdout.strip() else cmp.stderr
    print(cmp.stdout)
    m = re.search(r"(\d+)/(\d+) cells match", summary)
    assert m, summary
    matched, total = map(int, m.groups())
    print(f"{tutorial}: {matched}/{total} cells match")
    if matched != total and not STRICT:
        pytest.xfail(f"{matched}/{total} cells match the reference (GOBRIAN_TUTORIAL_XFAIL=1)")
    assert matched == total, cmp.stdout


def test_tutorial_1_through_nbconvert(shared_dir, tmp_path):
    """The same tutorial through Jupyter itself: nbconvert drives the
    installed gobrian kernel over ZeroMQ (figures, stderr logs, errors)."""
    import shutil
    if not shutil.which("jupyter-nbconvert"):
        pytest.skip("jupyter-nbconvert is not installed")
    tutorial = TUTORIALS[0]
    src = shared_dir / "tutorials" / f"{tutorial}.ipynb"
    subprocess.run(["jupyter-nbconvert", "--to", "notebook", "--execute", "--allow-errors",
                    "--ExecutePreprocessor.kernel_name=gobrian", "--ExecutePreprocessor.timeout=600",
                    "--output-dir", str(tmp_path), "--output", "nbconvert.ipynb", str(src)],
                   check=True, capture_output=True, timeout=900)
    cmp = subprocess.run([sys.executable, str(shared_dir / "tools" / "compare_nb.py"), str(tmp_path / "nbconvert.ipynb"),
                          str(shared_dir / "reference" / f"{tutorial}.json")], capture_output=True, text=True, timeout=300)
    matched, total = map(int, re.search(r"(\d+)/(\d+) cells match", cmp.stdout).groups())
    if matched != total and not STRICT:
        pytest.xfail(f"{matched}/{total} cells match through nbconvert (GOBRIAN_TUTORIAL_XFAIL=1)")
    assert matched == total, cmp.stdout
