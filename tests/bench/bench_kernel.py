#!/usr/bin/env python3
"""gobrian vs ipykernel, side by side in one run.

  1. process start to kernel_info_reply      (target: gobrian 20x faster)
  2. round trip of a trivial execute (`1`)   (target: 5x faster)
  3. 100,000 printed lines delivered complete and in order

usage: bench_kernel.py [--gobrian bin/gobrian] [--python /usr/bin/python3] [--rounds N]
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from queue import Empty

import zmq
from jupyter_client import BlockingKernelClient
from jupyter_client.connect import write_connection_file

LINES = 100_000


class Kernel:
    def __init__(self, name, argv_template):
        self.name = name
        self.argv_template = argv_template
        self.proc = None
        self.kc = None

    def start(self):
        """Start the process; return seconds until its kernel_info_reply."""
        self.tmp = tempfile.mkdtemp(prefix="bench-")
        cf, _ = write_connection_file(os.path.join(self.tmp, "conn.json"))
        self.kc = BlockingKernelClient(connection_file=cf)
        # The client connects before the kernel binds; retry every 2 ms
        # rather than zmq's default 100 ms so that the retry interval does
        # not dominate the measured start time (same for both kernels).
        self.kc.context.setsockopt(zmq.RECONNECT_IVL, 2)
        self.kc.load_connection_file()
        self.kc.start_channels()
        t0 = time.perf_counter()
        self.proc = subprocess.Popen([a.replace("{cf}", cf) for a in self.argv_template],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while True:
            msg_id = self.kc.kernel_info()
            deadline = time.monotonic() + 1.0
            while time.monotonic() < deadline:
                try:
                    reply = self.kc.get_shell_msg(timeout=0.01)
                except Empty:
                    continue
                if reply["parent_header"].get("msg_id") == msg_id:
                    return time.perf_counter() - t0
            if self.proc.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.proc.returncode}")

    def settle(self):
        """Wait until iopub delivers (subscription established)."""
        self.kc.wait_for_ready(timeout=60)
        self.execute("None")

    def execute(self, code):
        """Run code; return (reply, stream text). Blocks on iopub until the
        request's idle status (both kernels send the reply before idle)."""
        msg_id = self.kc.execute(code)
        texts = []
        while True:
            m = self.kc.get_iopub_msg(timeout=60)
            if m["parent_header"].get("msg_id") != msg_id:
                continue
            if m["msg_type"] == "stream":
                texts.append(m["content"]["text"])
            elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                break
        while True:
            reply = self.kc.get_shell_msg(timeout=60)
            if reply["parent_header"].get("msg_id") == msg_id:
                return reply, "".join(texts)

    def stop(self):
        if self.kc:
            try:
                self.kc.shutdown()
            except Exception:
                pass
            self.kc.stop_channels()
        if self.proc:
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


def raw_round_trips(k, n):
    """Time execute("1") to its reply and idle status with bare pyzmq
    sockets: jupyter_client's per-message parsing (dates, validation) costs
    as much as a fast kernel, and would hide the kernels' difference."""
    info = k.kc.get_connection_info()
    session = k.kc.session
    ctx = zmq.Context.instance()
    shell = ctx.socket(zmq.DEALER)
    shell.connect(f"{info['transport']}://{info['ip']}:{info['shell_port']}")
    iopub = ctx.socket(zmq.SUB)
    iopub.setsockopt(zmq.SUBSCRIBE, b"")
    iopub.connect(f"{info['transport']}://{info['ip']}:{info['iopub_port']}")
    time.sleep(0.5)  # let the subscription reach the kernel

    def parent_id(frames):
        i = frames.index(b"<IDS|MSG>")
        return json.loads(frames[i + 3]).get("msg_id"), frames[i + 2], frames[i + 5]

    def once():
        msg = session.msg("execute_request", {"code": "1", "silent": False, "store_history": True,
                                              "user_expressions": {}, "allow_stdin": False, "stop_on_error": True})
        msg_id = msg["header"]["msg_id"]
        t0 = time.perf_counter()
        session.send(shell, msg)
        got_reply = got_idle = False
        poller = zmq.Poller()
        poller.register(shell, zmq.POLLIN)
        poller.register(iopub, zmq.POLLIN)
        while not (got_reply and got_idle):
            for sock, _ in poller.poll(10000):
                pid, header, content = parent_id(sock.recv_multipart())
                if pid != msg_id:
                    continue
                if sock is shell:
                    got_reply = True
                elif b'"status"' in header and b'"idle"' in content:
                    got_idle = True
        return time.perf_counter() - t0

    for _ in range(10):
        once()
    trips = [once() for _ in range(n)]
    shell.close(linger=0)
    iopub.close(linger=0)
    return trips


def bench(kernel, rounds):
    starts = []
    for _ in range(rounds):
        k = Kernel(kernel.name, kernel.argv_template)
        starts.append(k.start())
        k.stop()
    k = Kernel(kernel.name, kernel.argv_template)
    k.start()
    k.settle()
    trips = raw_round_trips(k, rounds * 40)
    # The client's iopub queue holds the round trips' messages: skip them
    # before timing, or their parsing would be counted.
    while True:
        try:
            k.kc.get_iopub_msg(timeout=0.5)
        except Empty:
            break
    t0 = time.perf_counter()
    reply, text = k.execute(f"for i in range({LINES}):\n    print(i)")
    lines_time = time.perf_counter() - t0
    k.stop()
    expected = "".join(f"{i}\n" for i in range(LINES))
    return {
        "start": statistics.median(starts),
        "trip": statistics.median(trips),
        "lines": lines_time,
        "lines_ok": text == expected,
    }


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gobrian", default="bin/gobrian")
    ap.add_argument("--python", default="/usr/bin/python3")
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    gob = Kernel("gobrian", [os.path.abspath(args.gobrian), "kernel", "--connection-file", "{cf}"])
    ipk = Kernel("ipykernel", [args.python, "-m", "ipykernel_launcher", "-f", "{cf}"])
    res = {k.name: bench(k, args.rounds) for k in (gob, ipk)}
    g, i = res["gobrian"], res["ipykernel"]
    print(f"{'':34}{'gobrian':>12}{'ipykernel':>12}{'ratio':>9}")
    print(f"{'start to kernel_info_reply':34}{g['start']*1e3:10.1f}ms{i['start']*1e3:10.1f}ms{i['start']/g['start']:8.1f}x  (target 20x)")
    print(f"{'trivial execute round trip':34}{g['trip']*1e3:10.2f}ms{i['trip']*1e3:10.2f}ms{i['trip']/g['trip']:8.1f}x  (target 5x)")
    print(f"{f'{LINES:,} printed lines':34}{g['lines']:11.2f}s{i['lines']:11.2f}s{i['lines']/g['lines']:8.1f}x")
    print(f"{'lines complete and in order':34}{str(g['lines_ok']):>12}{str(i['lines_ok']):>12}")
    ok = g["lines_ok"] and i["lines_ok"]
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
