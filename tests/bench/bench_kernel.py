#!/usr/bin/env python3
"""gobrian vs ipykernel, side by side in one run.

  1. process start to kernel_info_reply      (target: gobrian 20x faster)
  2. round trip of a trivial execute (`1`)   (target: 5x faster)
  3. 100,000 printed lines delivered complete and in order

usage: bench_kernel.py [--gobrian bin/gobrian] [--python /usr/bin/python3] [--rounds N]
"""
import argparse
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
        msg_id = self.kc.execute(code)
        texts = []
        idle = False
        reply = None
        while not (idle and reply):
            if reply is None:
                try:
                    r = self.kc.get_shell_msg(timeout=0.0 if idle else 0.001)
                    if r["parent_header"].get("msg_id") == msg_id:
                        reply = r
                except Empty:
                    pass
            if not idle:
                try:
                    m = self.kc.get_iopub_msg(timeout=0.001)
                except Empty:
                    continue
                if m["parent_header"].get("msg_id") != msg_id:
                    continue
                if m["msg_type"] == "stream":
                    texts.append(m["content"]["text"])
                elif m["msg_type"] == "status" and m["content"]["execution_state"] == "idle":
                    idle = True
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


def bench(kernel, rounds):
    starts = []
    for _ in range(rounds):
        k = Kernel(kernel.name, kernel.argv_template)
        starts.append(k.start())
        k.stop()
    k = Kernel(kernel.name, kernel.argv_template)
    k.start()
    k.settle()
    trips = []
    for _ in range(rounds * 20):
        t0 = time.perf_counter()
        reply, _ = k.execute("1")
        trips.append(time.perf_counter() - t0)
        assert reply["content"]["status"] == "ok", reply["content"]
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
