"""Shared setup for gobrian's end-to-end tests.

The binary is built once per run into a temporary directory (or taken from
$GOBRIAN_BIN) and its kernel spec installed into a temporary Jupyter data
prefix that JUPYTER_PATH points at, so nothing outside the run is touched.
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
KERNEL_NAME = "gobrian"

_state = {}


def _build():
    if os.environ.get("GOBRIAN_BIN"):
        return Path(os.environ["GOBRIAN_BIN"]).resolve(), None
    tmp = Path(tempfile.mkdtemp(prefix="gobrian-tests-"))
    binary = tmp / "gobrian"
    go = shutil.which("go") or "/usr/local/go/bin/go"
    subprocess.run([go, "build", "-o", str(binary), "./cmd/gobrian"], cwd=REPO, check=True)
    return binary, tmp


def pytest_configure(config):
    """Build and install before any test class (KernelTests starts its
    kernel in setUpClass, before fixtures run)."""
    binary, tmp = _build()
    prefix = Path(tempfile.mkdtemp(prefix="gobrian-jupyter-"))
    subprocess.run([str(binary), "install", "--prefix", str(prefix)], check=True, stdout=subprocess.DEVNULL)
    os.environ["JUPYTER_PATH"] = str(prefix / "share" / "jupyter")
    # Keep runtime files (connection files) private to this run as well.
    os.environ["JUPYTER_RUNTIME_DIR"] = str(prefix / "runtime")
    _state.update(binary=binary, tmp=tmp, prefix=prefix)


def pytest_unconfigure(config):
    for key in ("tmp", "prefix"):
        if _state.get(key):
            shutil.rmtree(_state[key], ignore_errors=True)


@pytest.fixture(scope="session")
def gobrian_bin():
    return _state["binary"]


@pytest.fixture(scope="session")
def shared_dir():
    if not SHARED.is_dir():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture
def kernel():
    """A fresh kernel and a started client (channels running)."""
    from jupyter_client.manager import start_new_kernel

    km, kc = start_new_kernel(kernel_name=KERNEL_NAME, startup_timeout=30)
    try:
        yield km, kc
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=True)


def run_cell(kc, code, timeout=30, **kw):
    """Execute code; return (reply content, list of iopub messages)."""
    msgs = []
    reply = kc.execute_interactive(code, timeout=timeout, output_hook=msgs.append, **kw)
    return reply["content"], msgs


def stream_text(msgs, name="stdout"):
    return "".join(m["content"]["text"] for m in msgs if m["msg_type"] == "stream" and m["content"]["name"] == name)
