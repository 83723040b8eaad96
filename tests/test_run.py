"""`gobrian run` on scripts and notebooks, with no Jupyter involved."""
import json
import subprocess
import sys


def run(binary, *args, **kw):
    return subprocess.run([str(binary), "run", *map(str, args)], capture_output=True, text=True, timeout=120, **kw)


def test_script_like_python(gobrian_bin, tmp_path):
    script = tmp_path / "ok.py"
    script.write_text("import sys\nprint('out', 1 + 1)\nprint('err', file=sys.stderr)\n")
    ours = run(gobrian_bin, script)
    theirs = subprocess.run([sys.executable, str(script)], capture_output=True, text=True)
    assert (ours.returncode, ours.stdout, ours.stderr) == (theirs.returncode, theirs.stdout, theirs.stderr)


def test_script_uncaught_error(gobrian_bin, tmp_path):
    script = tmp_path / "bad.py"
    script.write_text("print('before')\ndef f():\n    return 1/0\nf()\n")
    ours = run(gobrian_bin, script)
    assert ours.returncode == 1
    assert ours.stdout == "before\n"
    lines = ours.stderr.splitlines()
    assert lines[0] == "Traceback (most recent call last):"
    assert lines[-1] == "ZeroDivisionError: division by zero"


def test_script_system_exit(gobrian_bin, tmp_path):
    script = tmp_path / "exit.py"
    script.write_text("import sys\nsys.exit(3)\n")
    assert run(gobrian_bin, script).returncode == 3


def test_notebook_written_like_nbconvert(gobrian_bin, tmp_path):
    nb = {
        "cells": [
            {"cell_type": "code", "execution_count": None, "id": "a1", "metadata": {}, "outputs": [], "source": ["print('hi')\n", "print('there')"]},
            {"cell_type": "code", "execution_count": None, "id": "a2", "metadata": {}, "outputs": [], "source": "2 ** 10"},
            {"cell_type": "code", "execution_count": None, "id": "a3", "metadata": {}, "outputs": [], "source": "1/0"},
            {"cell_type": "code", "execution_count": None, "id": "a4", "metadata": {}, "outputs": [], "source": "'after'"},
        ],
        "metadata": {}, "nbformat": 4, "nbformat_minor": 5,
    }
    src = tmp_path / "nb.ipynb"
    src.write_text(json.dumps(nb))
    res = run(gobrian_bin, src)
    assert res.returncode == 1  # stopped at the error
    out = json.loads((tmp_path / "nb.nbconvert.ipynb").read_text())
    cells = out["cells"]
    assert cells[0]["outputs"] == [{"name": "stdout", "output_type": "stream", "text": ["hi\n", "there\n"]}]
    assert cells[1]["outputs"][0]["data"]["text/plain"] == ["1024"]
    assert cells[2]["outputs"][0]["ename"] == "ZeroDivisionError"
    assert cells[3]["execution_count"] is None
    assert out["metadata"]["kernelspec"]["name"] == "gobrian"

    res = run(gobrian_bin, src, "--allow-errors", "--output", tmp_path / "all.ipynb")
    assert res.returncode == 0
    out = json.loads((tmp_path / "all.ipynb").read_text())
    assert out["cells"][3]["outputs"][0]["data"]["text/plain"] == ["'after'"]


def test_script_ctrl_c(gobrian_bin, tmp_path):
    import signal
    import time
    script = tmp_path / "loop.py"
    script.write_text("while True:\n    pass\n")
    proc = subprocess.Popen([str(gobrian_bin), "run", str(script)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(0.5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=10)
    assert proc.returncode == 130
    assert err.splitlines()[-1] == "KeyboardInterrupt"
