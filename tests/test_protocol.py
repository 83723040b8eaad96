"""What jupyter_kernel_test never tries: interrupts, stdin, forged
messages, restarts, stop_on_error, error storms, stuck subscribers."""
import json
import signal
import time

import pytest

pytest.importorskip("jupyter_client", reason="jupyter-client is not installed")
zmq = pytest.importorskip("zmq", reason="pyzmq is not installed")

from conftest import run_cell, stream_text  # noqa: E402


def test_interrupt_message_keeps_variables(kernel):
    km, kc = kernel
    assert run_cell(kc, "kept = 42")[0]["status"] == "ok"
    msg_id = kc.execute("while True: pass")
    time.sleep(0.5)
    start = time.monotonic()
    km.interrupt_kernel()  # interrupt_mode "message": interrupt_request on control
    reply = kc.get_shell_msg(timeout=5)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["status"] == "error"
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert time.monotonic() - start < 1.0
    content, msgs = run_cell(kc, "print(kept)")
    assert content["status"] == "ok" and stream_text(msgs) == "42\n"


def test_sigint_interrupts(kernel):
    km, kc = kernel
    msg_id = kc.execute("while True: pass")
    time.sleep(0.5)
    km.signal_kernel(signal.SIGINT)
    reply = kc.get_shell_msg(timeout=5)
    assert reply["parent_header"]["msg_id"] == msg_id
    assert reply["content"]["ename"] == "KeyboardInterrupt"
    assert km.is_alive()
    assert run_cell(kc, "1 + 1")[0]["status"] == "ok"


def test_stdin_allowed(kernel):
    km, kc = kernel
    prompts = []

    def answer(msg):
        prompts.append(msg["content"]["prompt"])
        kc.input("Brian")

    content, msgs = run_cell(kc, "name = input('who? ')\nprint('hi', name)", allow_stdin=True, stdin_hook=answer)
    assert content["status"] == "ok"
    assert prompts == ["who? "]
    assert stream_text(msgs) == "hi Brian\n"


def test_stdin_not_allowed_fails_at_once(kernel):
    km, kc = kernel
    start = time.monotonic()
    content, _ = run_cell(kc, "input('never')", allow_stdin=False)
    assert content["status"] == "error"
    assert content["ename"] == "StdinNotImplementedError"
    assert time.monotonic() - start < 5


def test_bad_signature_ignored(kernel):
    km, kc = kernel
    info = km.get_connection_info()
    ctx = zmq.Context.instance()
    sock = ctx.socket(zmq.DEALER)
    sock.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    header = json.dumps({"msg_id": "forged", "msg_type": "execute_request", "session": "x", "username": "u",
                         "date": "2026-01-01T00:00:00.000000Z", "version": "5.3"}).encode()
    content = json.dumps({"code": "forged = 1", "silent": False}).encode()
    sock.send_multipart([b"<IDS|MSG>", b"0" * 64, header, b"{}", b"{}", content])
    time.sleep(0.5)
    sock.close(linger=0)
    content, _ = run_cell(kc, "forged")
    assert content["status"] == "error" and content["ename"] == "NameError"


def test_restart(kernel):
    km, kc = kernel
    run_cell(kc, "before_restart = 1")
    km.restart_kernel(now=False)
    kc.wait_for_ready(timeout=30)
    content, _ = run_cell(kc, "before_restart")
    assert content["ename"] == "NameError"
    assert run_cell(kc, "1")[0]["status"] == "ok"


def test_stop_on_error_aborts_queue(kernel):
    km, kc = kernel
    # A busy loop (not time.sleep) keeps the cell running while the
    # others queue up behind it.
    failing = kc.execute("n = 0\nwhile n < 3000000:\n    n += 1\n1/0")
    queued = [kc.execute("print('must not run')") for _ in range(3)]
    replies = {}
    while len(replies) < 4:
        r = kc.get_shell_msg(timeout=10)
        replies[r["parent_header"]["msg_id"]] = r["content"]
    assert replies[failing]["status"] == "error"
    assert [replies[q]["status"] for q in queued] == ["aborted"] * 3
    content, msgs = run_cell(kc, "print('runs again')")
    assert content["status"] == "ok" and "must not run" not in stream_text(msgs)


FAILING_CELLS = [
    ("undefined_name", "NameError"),
    ("1/0", "ZeroDivisionError"),
    ("x = (1,", "SyntaxError"),
    ("'a' + 1", "TypeError"),
    ("[][3]", "IndexError"),
    ("{}['k']", "KeyError"),
    ("(1).nope", "AttributeError"),
    ("int('x')", "ValueError"),
    ("import no_such_module_here", "ModuleNotFoundError"),
    ("def f():\n    return f()\nf()", "RecursionError"),
]


def test_ten_failing_cells_in_a_row(kernel):
    km, kc = kernel
    for code, ename in FAILING_CELLS:
        content, msgs = run_cell(kc, code)
        assert content["status"] == "error", code
        assert content["ename"] == ename, code
        errors = [m for m in msgs if m["msg_type"] == "error"]
        assert len(errors) == 1 and errors[0]["content"]["traceback"], code
    content, msgs = run_cell(kc, "print(6 * 7)")
    assert content["status"] == "ok" and stream_text(msgs) == "42\n"
    assert km.is_alive()


def test_never_reading_subscriber_does_not_stall(kernel):
    km, kc = kernel
    info = km.get_connection_info()
    ctx = zmq.Context.instance()
    stuck = ctx.socket(zmq.SUB)
    stuck.setsockopt(zmq.RCVBUF, 4096)
    stuck.setsockopt(zmq.RCVHWM, 1)
    stuck.setsockopt(zmq.SUBSCRIBE, b"")
    stuck.connect(f"{info['transport']}://{info['ip']}:{info['iopub_port']}")
    time.sleep(0.3)
    try:
        start = time.monotonic()
        content, msgs = run_cell(kc, "for i in range(100000):\n    print('line', i, 'x' * 200)", timeout=120)
        elapsed = time.monotonic() - start
        assert content["status"] == "ok"
        text = stream_text(msgs)
        lines = text.splitlines()
        assert len(lines) == 100000
        assert lines[0].startswith("line 0 ") and lines[-1].startswith("line 99999 ")
        assert elapsed < 60
        assert run_cell(kc, "1")[0]["status"] == "ok"
    finally:
        stuck.close(linger=0)


def test_exits_when_parent_dies(gobrian_bin, tmp_path):
    """The kernel polls getppid: orphaned, it exits on its own."""
    import subprocess
    from jupyter_client.connect import write_connection_file

    cf, _ = write_connection_file(str(tmp_path / "conn.json"))
    pidfile = tmp_path / "pid"
    # The shell starts the kernel in the background, records its pid and exits.
    # JPY_PARENT_PID names the parent as jupyter_client does.
    subprocess.run(["sh", "-c", f'JPY_PARENT_PID=$$ "{gobrian_bin}" kernel --connection-file "{cf}" >/dev/null 2>&1 & echo $! > "{pidfile}"; sleep 0.5'],
                   check=True, timeout=10)
    pid = int(pidfile.read_text())
    import os
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        # A zombie (reaped by init soon) also counts as gone.
        try:
            with open(f"/proc/{pid}/stat") as f:
                if f.read().split()[2] == "Z":
                    return
        except FileNotFoundError:
            return
        time.sleep(0.2)
    os.kill(pid, signal.SIGKILL)
    pytest.fail("orphaned kernel kept running")


IS_COMPLETE_SAMPLES = [
    "1", "x = [1,\n 2]", "def f(x):\n    return x\n", "print('''hello", "def f(x):", "x = [1,",
    "if True:\n    pass\n    x = (1 +", "import = 7q", "x = )", "print(1))", "1 = 2", "for i in range(3):",
    "a = 1 \\", "class A:\n    pass", "@decorator", "x = {'a': 1,\n", "%matplotlib inline", "'''doc'''",
]


def test_is_complete_matches_ipython(kernel):
    """Differential: the kernel's is_complete against IPython's own."""
    ipt = pytest.importorskip("IPython.core.inputtransformer2", reason="IPython is not installed")
    tm = ipt.TransformerManager()
    km, kc = kernel
    mismatches = []
    for code in IS_COMPLETE_SAMPLES:
        want_status, want_indent = tm.check_complete(code)
        kc.is_complete(code)
        got = kc.get_shell_msg(timeout=10)["content"]
        if got["status"] != want_status:
            mismatches.append((code, got["status"], want_status))
        elif want_status == "incomplete" and len(got.get("indent", "")) != want_indent:
            mismatches.append((code, repr(got.get("indent")), f"{want_indent} spaces"))
    assert not mismatches, mismatches


def test_user_expressions_and_silent(kernel):
    km, kc = kernel
    content, msgs = run_cell(kc, "y = 20", user_expressions={"double": "y * 2", "bad": "nope"})
    ue = content["user_expressions"]
    assert ue["double"]["status"] == "ok" and ue["double"]["data"]["text/plain"] == "40"
    assert ue["bad"]["status"] == "error" and ue["bad"]["ename"] == "NameError"
    count = content["execution_count"]
    content, msgs = run_cell(kc, "y", silent=True)
    assert content["execution_count"] == count
    assert [m["msg_type"] for m in msgs] == ["status", "status"]  # busy, idle: no input, no result
