"""Varnish in front of a backend as make serve, make bench, make soak and the front's tests run it:
deploy/varnish/default.vcl, with the backend's address and the folder of the 503 pages in VCL of
the run's own (from deploy/varnish/), in the foreground, with a work directory of its own."""

import json
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VCL_DIRECTORY = ROOT / "deploy" / "varnish"
BACKEND_PORT_LINE = '.port = "8001";'  # as deploy/varnish/backend.vcl has it for make serve
ERRORS_FOLDER = "/var/lib/miasta/front-errors"  # as deploy/varnish/errors.vcl has it for production


def varnishd():
    found = shutil.which("varnishd") or "/usr/sbin/varnishd"
    if not Path(found).exists():
        raise RuntimeError("varnishd is missing: apt-get install varnish varnish-modules (make does it)")
    return found


def start_varnish(port, backend_port, workdir, env, purge_port, storage="malloc,256m"):
    """varnishd listening on 127.0.0.1:port for the backend on 127.0.0.1:backend_port, and for purges on
    127.0.0.1:purge_port alone (FRONT_PURGE_URLS); returns the process once it accepts connections.
    env: the site's settings, for its 503 pages."""
    workdir = Path(workdir)
    (workdir / "errors").mkdir(parents=True, exist_ok=True)
    write_unavailable_pages(workdir / "errors", env)
    copy_deployed(VCL_DIRECTORY / "backend.vcl", workdir, BACKEND_PORT_LINE, f'.port = "{backend_port}";')
    copy_deployed(VCL_DIRECTORY / "errors.vcl", workdir, ERRORS_FOLDER, str(workdir / "errors"))
    command = [
        varnishd(),
        "-F",
        "-j", "none",  # as whoever runs it: the work directory and VCL are theirs
        "-n", str(workdir / "state"),
        "-a", f"127.0.0.1:{port}",
        "-a", f"purge=127.0.0.1:{purge_port}",
        "-f", str(VCL_DIRECTORY / "default.vcl"),
        "-p", f"vcl_path={workdir}:{VCL_DIRECTORY}",
        "-s", storage,
    ]  # fmt: skip
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)  # noqa: S603
    if not listens(process, port, seconds=15):
        process.terminate()
        raise RuntimeError(f"varnishd did not start (exit status {process.poll()})")
    return process


def listens(process, port, seconds):
    """Whether the process accepts connections on 127.0.0.1:port within seconds (False once it exits)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and process.poll() is None:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return True
        except OSError:
            time.sleep(0.1)
    return False


def copy_deployed(source, workdir, deployed, instead):
    """A file of deploy/ copied into the run's work directory, with the deployed value replaced by the run's."""
    text = source.read_text()
    if deployed not in text:
        raise RuntimeError(f"{source.relative_to(ROOT)} has no {deployed} to replace")
    (workdir / source.name).write_text(text.replace(deployed, instead))


def write_unavailable_pages(folder, env):
    code = f"from config.errors import write_unavailable_pages; write_unavailable_pages({str(folder)!r})"
    command = [sys.executable, "manage.py", "shell", "--no-imports", "-c", code]
    subprocess.run(command, cwd=ROOT, env=env, check=True)  # noqa: S603


def counter(workdir, name):
    """One of varnishstat's counters, such as MAIN.backend_req (requests sent to the backend)."""
    command = ["varnishstat", "-n", str(Path(workdir) / "state"), "-1", "-j", "-f", name]
    output = json.loads(subprocess.run(command, capture_output=True, text=True, check=True).stdout)  # noqa: S603
    return output["counters"][name]["value"]


def stop(process):
    process.terminate()
    process.wait(timeout=30)


NGINX_DIRECTORY = ROOT / "deploy" / "nginx"
VARNISH_LINE = "proxy_pass http://127.0.0.1:8000;"  # as deploy/nginx/proxy.conf has it for make serve's front


def start_nginx(port, varnish_port, workdir):
    """nginx on plain HTTP on 127.0.0.1:port with deploy/nginx/proxy.conf before Varnish on varnish_port, in the
    foreground with a work directory of its own: what docs/front.md sets up, without the certificate."""
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    copy_deployed(NGINX_DIRECTORY / "proxy.conf", workdir, VARNISH_LINE, f"proxy_pass http://127.0.0.1:{varnish_port};")
    (workdir / "nginx.conf").write_text(
        f"""pid {workdir}/nginx.pid;
error_log {workdir}/error.log;
events {{}}
http {{
    access_log off;
    client_body_temp_path {workdir}/body;
    proxy_temp_path {workdir}/proxy;
    server {{
        listen 127.0.0.1:{port};
        include {workdir}/proxy.conf;
    }}
}}
"""
    )
    nginx = shutil.which("nginx") or "/usr/sbin/nginx"
    command = [nginx, "-c", str(workdir / "nginx.conf"), "-p", str(workdir), "-g", "daemon off;"]
    process = subprocess.Popen(command)  # noqa: S603
    if not listens(process, port, seconds=15):
        process.terminate()
        raise RuntimeError(f"nginx did not start (exit status {process.poll()})")
    return process
