#!/usr/bin/env python3
"""Writes each probe case to cases/ID.txt beside this script, runs the binary and scores it like
`eval-analysis`: quantity right when the span overlaps and `about` contains the head word
(plural s aside); quote right when it overlaps and the speaker is the same entity or phrase.
PROBE_CASES=DIR takes cases_quotes.py and cases_quantities.py from DIR (a held-out set) and writes
cases/ and results.json there instead."""
import json, os, re, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import probe_run  # noqa: E402
CASES = probe_run.cases_dir(HERE)
from cases_quantities import Q  # noqa: E402
from cases_quotes import QT  # noqa: E402

OUT = os.path.join(CASES, "cases")


def run(cid, body):
    return probe_run.run(OUT, cid, body)


def locate(text, s, nth):
    i = -1
    for _ in range(nth):
        i = text.find(s, i + 1)
        if i < 0:
            raise SystemExit(f"cannot find {s!r} in {text!r}")
    return i, i + len(s)


def norm_word(w):
    w = w.lower().strip(".,'’")
    return w[:-1] if w.endswith("s") and len(w) > 3 else w


def has_head(about, head):
    h = norm_word(head)
    return any(norm_word(w) == h for w in re.split(r"[\s]+", about or ""))


def norm_phrase(p):
    p = (p or "").lower().strip()
    for det in ("a ", "an ", "the "):
        if p.startswith(det):
            return p[len(det):]
    return p


def same_speaker(d, got, want):
    if want is None:
        return got is None
    if got is None:
        return False
    if norm_phrase(got) == norm_phrase(want):
        return True
    # the program's entity named `got` with a mention equal to the wanted name, or the wanted
    # canonical name containing the program's name as its last words ("Smith")
    for e in d["entities"]:
        if e["name"] == got and e["kind"] in ("person", "organization", "place", "group"):
            if any(m["text"] == want for m in e["mentions"]):
                return True
    return False


def main():
    qres, tres = [], []
    for cid, dom, body, golds in Q:
        d = run(cid, body)
        text = d["article"]["text"]
        for (s, nth, head, about) in golds:
            a, b = locate(text, s, nth)
            hits = [q for q in d["quantities"] if q["start"] < b and a < q["end"]]
            ok = any(has_head(q["about"], head) for q in hits)
            got = "; ".join(f'{q["text"]} -> "{q["about"]}"' for q in hits) or "MISSING"
            qres.append((cid, dom, body, s, head, about, ok, got))
    for cid, pat, body, golds in QT:
        d = run(cid, body)
        text = d["article"]["text"]
        for (s, nth, spk) in golds:
            a, b = locate(text, s, nth)
            hits = [q for q in d["quotes"] if q["start"] < b and a < q["end"]]
            ok = any(same_speaker(d, q["speaker"], spk) for q in hits)
            got = "; ".join(f'"{q["text"][:40]}" -> {q["speaker"]}' for q in hits) or "MISSING"
            tres.append((cid, pat, body, s, spk, ok, got))
    nq = sum(r[6] for r in qres)
    nt = sum(r[5] for r in tres)
    print(f"QUANTITIES {nq}/{len(qres)} right")
    for r in qres:
        if not r[6]:
            print(f"  {r[0]} [{r[3]}] want head={r[4]!r} got: {r[7]}")
    print(f"QUOTES {nt}/{len(tres)} right")
    for r in tres:
        if not r[5]:
            print(f"  {r[0]} ({r[1]}) [{r[3]}] want {r[4]!r} got: {r[6]}")
    with open(os.path.join(CASES, "results.json"), "w") as f:
        json.dump({"quantities": qres, "quotes": tres}, f, indent=1)


main()
