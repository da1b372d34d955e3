"""The benchmarks' CPU accounting (scripts/production_server.py), read from this machine's /proc."""

import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "scripts"))
from production_server import cpu_seconds, process_table  # noqa: E402

BURN = "import time\nstart = time.process_time()\nwhile time.process_time() - start < 0.3: pass"
# A parent that waits for a child burning 0.3 s of CPU, then idles.
PARENT = f"import subprocess, sys, time\nsubprocess.run([sys.executable, '-c', {BURN!r}])\ntime.sleep(10)"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads Linux's /proc")
def test_a_child_that_has_ended_still_counts_for_its_parent():
    """As a gunicorn worker replaced after max_requests counts for the server."""
    parent = subprocess.Popen([sys.executable, "-c", PARENT])  # noqa: S603
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and (children_of(parent.pid) or cpu_seconds([parent.pid])[parent.pid] < 0.25):
            time.sleep(0.05)  # the child starts and burns
        assert not children_of(parent.pid)
        assert 0.25 <= cpu_seconds([parent.pid])[parent.pid] < 1
    finally:
        parent.kill()
        parent.wait()


def children_of(pid):
    return [child for child, (parent, _own, _waited_for) in process_table().items() if parent == pid]
