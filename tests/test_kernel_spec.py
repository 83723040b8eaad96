"""jupyter_kernel_test's conformance suite, every sample filled in."""
import pytest

jkt = pytest.importorskip("jupyter_kernel_test", reason="python3-jupyter-kernel-test is not installed")


class GobrianKernelTests(jkt.KernelTests):
    kernel_name = "gobrian"
    language_name = "python"
    file_extension = ".py"

    code_hello_world = "print('hello, world')"
    code_stderr = "import sys; print('oops', file=sys.stderr)"

    completion_samples = [
        {"text": "zi", "matches": {"zip"}},
        {"text": "import mat", "matches": {"math", "matplotlib"}},
    ]
    complete_code_samples = ["1", "print('hello, world')", "def f(x):\n    return x\n", "x = [1,\n 2]"]
    incomplete_code_samples = ["print('''hello", "def f(x):", "x = [1,", "if True:\n    pass\n    x = (1 +"]
    # Verdicts checked against IPython's TransformerManager.check_complete.
    invalid_code_samples = ["import = 7q", "x = )", "print(1))", "1 = 2"]

    code_page_something = "print?"
    code_generate_error = "raise ValueError('expected')"
    code_execute_result = [
        {"code": "1+2+3", "result": "6"},
        {"code": "[n * 2 for n in range(3)]", "result": "[0, 2, 4]"},
        {"code": "'gobrian'.upper()", "result": "'GOBRIAN'"},
    ]
    code_display_data = [
        {"code": "from IPython.display import display, HTML\ndisplay(HTML('<b>hi</b>'))", "mime": "text/html"},
        {"code": "import matplotlib.pyplot as plt\nplt.plot([1, 2, 3])\nplt.show()", "mime": "image/png"},
    ]
    code_history_pattern = "1?2*"
    supported_history_operations = ("tail", "range", "search")
    code_inspect_sample = "print"
    code_clear_output = "from IPython.display import clear_output\nclear_output()"
