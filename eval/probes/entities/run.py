#!/usr/bin/env python3
"""Entity probe scorer (docs/annotation.md rules): writes each case of cases.py to
cases/ID.txt (beside this script), runs `$NLBIN analyze FILE --json --date 2005-03-01`, resolves the
gold forms like eval/resolve.py (whole-word, case-sensitive; nth claims beat plain ones, then
the longer span wins) and scores like `eval-analysis`:
  entities: a mention is right when span AND kind are exact (kind alternatives "O|G" accepted);
  merges:   over mentions found with the exact span, pairs of differently written names in one
            entity (per article), program pairs vs gold pairs.
Usage: NLBIN=target/release/newslens python3 run.py [-v] [case ids...]
PROBE_CASES=DIR takes cases.py (and classes.py, if DIR has one) from DIR and writes cases/ and
results.json there (e.g. the held-out set eval/heldout/entities)."""
import json, os, re, subprocess, sys
from itertools import combinations
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.dirname(HERE))
import probe_run  # noqa: E402
DATA = probe_run.cases_dir(HERE)
from cases import C  # noqa: E402

OUT = os.path.join(DATA, "cases")
KIND = {"P": "person", "O": "organization", "L": "place", "G": "group", "M": "misc"}
SCORED = set(KIND.values())


def run(cid, body):
    return probe_run.run(OUT, cid, body)


def whole_word(text, s):
    out, i = [], text.find(s)
    while i >= 0:
        a, b = i, i + len(s)
        if (a == 0 or not text[a - 1].isalnum()) and (b == len(text) or not text[b].isalnum()):
            out.append((a, b))
        i = text.find(s, i + 1)
    return out


def claims(text, forms, owner):
    res = []
    for f in forms:
        s, nth = (f, None) if isinstance(f, str) else f
        occ = whole_word(text, s)
        if not occ:
            raise SystemExit(f"{owner}: form {s!r} not in body")
        pick = occ if nth is None else [occ[k - 1] for k in nth]
        for a, b in pick:
            res.append((nth is not None, b - a, a, b, owner))
    return res


def resolve(text, ents, ignore):
    allc = []
    for i, (kind, forms) in enumerate(ents):
        allc += claims(text, forms, i)
    allc += claims(text, ignore, -1)
    allc.sort(key=lambda c: (not c[0], -c[1], c[2]))
    taken, gold, ign = [], [], []
    for _, _, a, b, owner in allc:
        if any(a < tb and ta < b for ta, tb in taken):
            continue
        taken.append((a, b))
        if owner < 0:
            ign.append((a, b))
        else:
            kinds = {KIND[k] for k in ents[owner][0].split("|")}
            gold.append((a, b, kinds, owner))
    return gold, ign


def score(cid, body, ents, ignore):
    d = run(cid, body)
    text = d["article"]["text"]
    assert text == body, (cid, text)
    gold, ign = resolve(text, ents, ignore)
    prog = [(m["start"], m["end"], e["kind"], e["id"], m["text"])
            for e in d["entities"] if e["kind"] in SCORED for m in e["mentions"]]
    prog = [p for p in prog if not any(p[0] < b and a < p[1] for a, b in ign)]
    gspan = {(a, b): (k, o) for a, b, k, o in gold}
    pspan = {(p[0], p[1]): p for p in prog}
    errs, tp = [], 0
    for a, b, kinds, o in sorted(gold):
        p = pspan.get((a, b))
        if p and p[2] in kinds:
            tp += 1
        elif p:
            errs.append(("KIND", text[a:b], "/".join(sorted(kinds)), p[2]))
        else:
            over = [q for q in prog if q[0] < b and a < q[1]]
            got = ", ".join(f"{q[4]!r}:{q[2]}" for q in over) or "nothing"
            errs.append(("MISS" if not over else "SPAN", text[a:b], "/".join(sorted(kinds)), got))
    for p in prog:
        if (p[0], p[1]) not in gspan:
            over = [g for g in gold if g[0] < p[1] and p[0] < g[1]]
            if not over:
                errs.append(("SPURIOUS", p[4], "-", p[2]))
    # merges
    found = {s for s in gspan if s in pspan}
    gpairs, ppairs = set(), set()
    for o in range(len(ents)):
        ts = {text[a:b] for (a, b) in found if gspan[(a, b)][1] == o}
        gpairs |= {frozenset(x) for x in combinations(sorted(ts), 2)}
    byent = {}
    for s in found:
        byent.setdefault(pspan[s][3], set()).add(text[s[0]:s[1]])
    for ts in byent.values():
        ppairs |= {frozenset(x) for x in combinations(sorted(ts), 2)}
    for pr in sorted(gpairs - ppairs, key=sorted):
        errs.append(("MERGE-MISSED", " ~ ".join(sorted(pr)), "", ""))
    for pr in sorted(ppairs - gpairs, key=sorted):
        errs.append(("MERGE-WRONG", " ~ ".join(sorted(pr)), "", ""))
    npred = sum(1 for p in prog)
    return dict(tp=tp, gold=len(gold), pred=npred, errs=errs, gp=len(gpairs), pp=len(ppairs),
                mp=len(gpairs & ppairs))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    T = dict(tp=0, gold=0, pred=0, gp=0, pp=0, mp=0)
    allerrs = []
    for cid, desk, body, ents, ignore in C:
        if args and cid not in args:
            continue
        r = score(cid, body, ents, ignore)
        for k in T:
            T[k] += r[k]
        for e in r["errs"]:
            allerrs.append((cid, desk) + e)
        if verbose or r["errs"]:
            print(f"{cid} [{desk}] {r['tp']}/{r['gold']} right, {r['pred']} predicted")
            if verbose:
                print("   ", body)
            for e in r["errs"]:
                print(f"    {e[0]:<12} {e[1]!r}  want {e[2]}  got {e[3]}")
    P = T["tp"] / max(T["pred"], 1); R = T["tp"] / max(T["gold"], 1)
    print(f"\nENTITIES P={P:.3f} R={R:.3f} F={2*P*R/max(P+R,1e-9):.3f} "
          f"(tp {T['tp']}, gold {T['gold']}, pred {T['pred']})")
    mP = T["mp"] / max(T["pp"], 1); mR = T["mp"] / max(T["gp"], 1)
    print(f"MERGES   P={mP:.3f} R={mR:.3f} (right {T['mp']}, gold {T['gp']}, prog {T['pp']})")
    from collections import Counter
    print("ERRORS", dict(Counter(e[2] for e in allerrs)))
    try:
        from classes import CLS
        if not os.path.exists(os.path.join(DATA, "classes.py")):
            CLS = {}
    except ImportError:
        CLS = {}
    if CLS:
        byc = Counter(CLS.get((e[0], e[2], e[3]), "new/unclassified") for e in allerrs)
        print("BY CLASS (errors; probe passages / minimal pairs)")
        for c in sorted(byc):
            n_main = sum(1 for e in allerrs if CLS.get((e[0], e[2], e[3]), "new/unclassified") == c and e[1] != "pairs")
            print(f"  {byc[c]:3d} ({n_main:3d} / {byc[c]-n_main:2d})  {c}")
        for e in allerrs:
            if (e[0], e[2], e[3]) not in CLS:
                print("    unclassified:", e[0], e[2], repr(e[3]), e[5])
    with open(os.path.join(DATA, "results.json"), "w") as f:
        json.dump({"totals": T, "errors": allerrs}, f, indent=1)


main()
