"""Shared by the probe scorers: runs the binary (`NLBIN`, default `newslens`) on one passage
written to `cases/ID.txt` beside the calling scorer and returns the `analyze --json` output."""
import json
import os
import subprocess
import sys

BIN = os.environ.get("NLBIN", "newslens")


def cases_dir(here):
    """The folder a scorer takes its cases from and writes its outputs to: `PROBE_CASES` (a
    held-out set, eval/heldout/...) or the scorer's own folder `here`; put first on sys.path."""
    data = os.path.abspath(os.environ.get("PROBE_CASES") or here)
    sys.path.insert(0, data)
    return data


def run(out_dir, cid, body, date="2005-03-01"):
    os.makedirs(out_dir, exist_ok=True)
    path = f"{out_dir}/{cid}.txt"
    with open(path, "w") as f:
        f.write(f"Probe {cid}\n\n{body}\n")
    r = subprocess.run([BIN, "analyze", path, "--json", "--date", date],
                       capture_output=True, text=True)
    d = json.loads(r.stdout)
    with open(f"{out_dir}/{cid}.json", "w") as f:
        json.dump(d, f, indent=1)
    return d
