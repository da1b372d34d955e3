"""Varnish in front of a backend as make serve, make bench, make soak and the front's tests run it:
deploy/varnish/default.vcl, the backend's address in a backend.vcl of the run's own, in the
foreground, with a work directory of its own."""

import json
import shutil
import socket
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL_DIRECTORY = ROOT / "deploy" / "varnish"
BACKEND_PORT_LINE = '.port = "8001";'  # as deploy/varnish/backend.vcl has it for make serve


def varnishd():
    found = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(found).exists():
        raise RuntimeError("varnishd is missing: apt-get install varnish varnish-modules (make does it)")
    return found


def start_varnish(port, backend_port, workdir, storage="malloc,256m"):
    """varnishd listening on 127.0.0.1:port for the backend on 127.0.0.1:backend_port; returns the
    process once it accepts connections."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    backend = (VCL_DIRECTORY / "backend.vcl").read_text()
    if BACKEND_PORT_LINE not in backend:
        raise RuntimeError(f"deploy/varnish/backend.vcl has no {BACKEND_PORT_LINE} to point elsewhere")
    (workdir / "backend.vcl").write_text(backend.replace(BACKEND_PORT_LINE, f'.port = "{backend_port}";'))
    command = [
        varnishd(),
        "-F",
        "-j", "none",  # as whoever runs it: the work directory and VCL are theirs
        "-n", str(workdir / "state"),
        "-a", f"127.0.0.1:{port}",
        "-f", str(VCL_DIRECTORY / "default.vcl"),
        "-p", f"vcl_path={workdir}:{VCL_DIRECTORY}",
        "-s", storage,
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603
    for _attempt in range(150):
        if process.poll() is not None:
            raise RuntimeError(f"varnishd exited with {process.returncode}")
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return process
        except OSError:
            time.sleep(0.1)
    process.terminate()
    raise RuntimeError("varnishd did not start")


def counter(workdir, name):
    """One of varnishstat's counters, such as MAIN.backend_req (requests sent to the backend)."""
    command = ["varnishstat", "-n", str(Path(workdir) / "state"), "-1", "-j", "-f", name]
    output = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)  # noqa: S603
    return output["counters"][name]["value"]


def stop(process):
    process.terminate()
    process.wait(timeout=30)
