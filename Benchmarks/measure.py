"""Times one command: wall time, user+sys CPU time and peak RSS of that command alone.

GNU time (/usr/bin/time) reads the child's own rusage from wait4. Without it, a fresh Python process runs the
command and reads RUSAGE_CHILDREN: a fresh process per run, because RUSAGE_CHILDREN's ru_maxrss is the largest
of all children ever waited for, so reusing one process would report the largest run for every later run.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

GNU_TIME = "/usr/bin/time"

FALLBACK = """
import json, resource, subprocess, sys
code = subprocess.call(sys.argv[2:], stdout=sys.stdout, stderr=sys.stderr)
r = resource.getrusage(resource.RUSAGE_CHILDREN)
with open(sys.argv[1], "w") as f:
    json.dump({"user": r.ru_utime, "sys": r.ru_stime, "rss_kb": r.ru_maxrss, "code": code}, f)
"""


def has_gnu_time():
    return os.access(GNU_TIME, os.X_OK)


def run_measured(cmd, log_path, cwd=None):
    """Runs `cmd` (a list), its output going to `log_path`. Returns a dict of seconds and kilobytes."""
    fd, stats = tempfile.mkstemp(prefix="bench-time-")
    os.close(fd)
    if has_gnu_time():
        wrapped = [GNU_TIME, "-f", "%U %S %M %x", "-o", stats, "--"] + cmd
    else:
        wrapped = [sys.executable, "-c", FALLBACK, stats] + cmd
    with open(log_path, "w") as log:
        started = time.monotonic()
        proc = subprocess.run(wrapped, stdout=log, stderr=subprocess.STDOUT, cwd=cwd)
        wall = time.monotonic() - started
    with open(stats) as f:
        text = f.read()
    os.unlink(stats)
    if has_gnu_time():
        # GNU time writes "Command exited with non-zero status N" before the format line on failure.
        user, sys_time, rss, code = text.strip().splitlines()[-1].split()
        result = {"user": float(user), "sys": float(sys_time), "rss_kb": int(rss), "code": int(code)}
    else:
        result = json.loads(text) if text else {"user": 0.0, "sys": 0.0, "rss_kb": 0, "code": proc.returncode}
    result["wall"] = wall
    result["cpu"] = result["user"] + result["sys"]
    if proc.returncode != 0 and result["code"] == 0:
        result["code"] = proc.returncode
    return result


def count_output(folder):
    """HTML files written (the one page count every generator can be held to) and all bytes written.

    Walked after the run, outside the timed region.
    """
    pages = size = 0
    for root, _, files in os.walk(folder):
        for name in files:
            pages += name.endswith(".html")
            size += os.path.getsize(os.path.join(root, name))
    return pages, size
