"""Real frontends driving the installed kernel: nbconvert and console."""
import json
import shutil
import subprocess

import pytest

nbformat = pytest.importorskip("nbformat", reason="nbformat is not installed")


def test_nbconvert_executes_notebook(tmp_path):
    if not shutil.which("jupyter-nbconvert"):
        pytest.skip("jupyter-nbconvert is not installed")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# gobrian"),
        nbformat.v4.new_code_cell("x = 6 * 7\nprint('x is', x)"),
        nbformat.v4.new_code_cell("x + 1"),
    ]
    src = tmp_path / "small.ipynb"
    nbformat.write(nb, src)
    subprocess.run(
        ["jupyter-nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=gobrian",
         "--ExecutePreprocessor.timeout=60", "--output", "small.out.ipynb", str(src)],
        check=True, capture_output=True, timeout=120,
    )
    out = nbformat.read(tmp_path / "small.out.ipynb", as_version=4)
    nbformat.validate(out)
    c1, c2 = out.cells[1], out.cells[2]
    assert c1.outputs[0].output_type == "stream" and c1.outputs[0].text == "x is 42\n"
    assert c2.execution_count == 2
    assert c2.outputs[0].output_type == "execute_result" and c2.outputs[0].data["text/plain"] == "43"


def test_console_answers_a_cell():
    if not shutil.which("jupyter-console"):
        pytest.skip("jupyter-console is not installed")
    proc = subprocess.run(
        ["jupyter-console", "--kernel", "gobrian", "--simple-prompt", "--ZMQTerminalInteractiveShell.kernel_timeout=30"],
        input="print(6 * 7)\n", capture_output=True, text=True, timeout=90,
    )
    assert "42" in proc.stdout, proc.stdout + proc.stderr


def test_run_writes_what_nbconvert_writes(gobrian_bin, tmp_path):
    """Differential: `gobrian run` (in-process) and nbconvert driving the
    gobrian kernel must produce the same outputs for the same notebook."""
    if not shutil.which("jupyter-nbconvert"):
        pytest.skip("jupyter-nbconvert is not installed")
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_code_cell("import sys\nprint('a')\nprint('warn', file=sys.stderr)\nprint('b')"),
        nbformat.v4.new_markdown_cell("text"),
        nbformat.v4.new_code_cell("xs = [i * i for i in range(5)]\nxs"),
        nbformat.v4.new_code_cell(""),
        nbformat.v4.new_code_cell("from IPython.display import display, HTML\ndisplay(HTML('<i>x</i>'))\n'done'"),
        nbformat.v4.new_code_cell("1/0"),
        nbformat.v4.new_code_cell("len(xs)"),
    ]
    src = tmp_path / "diff.ipynb"
    nbformat.write(nb, src)
    subprocess.run(
        ["jupyter-nbconvert", "--to", "notebook", "--execute", "--allow-errors",
         "--ExecutePreprocessor.kernel_name=gobrian", "--output", "via_nbconvert.ipynb", str(src)],
        check=True, capture_output=True, timeout=120,
    )
    subprocess.run([str(gobrian_bin), "run", str(src), "--allow-errors", "--output", str(tmp_path / "via_run.ipynb")],
                   check=True, capture_output=True, timeout=120)

    def outputs(path):
        cells = nbformat.read(path, as_version=4).cells
        return [(c.get("execution_count"), c.get("outputs")) for c in cells if c.cell_type == "code"]

    theirs, ours = outputs(tmp_path / "via_nbconvert.ipynb"), outputs(tmp_path / "via_run.ipynb")
    assert ours == theirs
