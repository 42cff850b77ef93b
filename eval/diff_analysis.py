#!/usr/bin/env python3
"""Lists what changed between two `newslens analyze --json` outputs of the same articles, so that
every changed output can be read: entities (name, kind), roles, quote speakers, quantities with
their `about`, timeline events and summary picks.

    newslens analyze DIR --json --date 2005-01-15 > before.json   # old binary
    newslens analyze DIR --json --date 2005-01-15 > after.json    # new binary
    python3 eval/diff_analysis.py before.json after.json [--only entities,quotes,...]
"""
import json
import sys
from collections import Counter


def load(path):
    data = json.load(open(path, encoding="utf-8"))
    return data if isinstance(data, list) else [data]


def families(a):
    ents = Counter(
        (e["name"], e["kind"]) for e in a["entities"] if e["kind"] not in ("date", "quantity")
    )
    roles = Counter(
        (e["name"], r) for e in a["entities"] if e["kind"] == "person" for r in e.get("roles", [])
    )
    quotes = Counter((q["text"][:50], q.get("speaker")) for q in a["quotes"])
    quantities = Counter((q["text"], q["about"]) for q in a["quantities"])
    timeline = Counter((t["date"], t["text"], t["event"]) for t in a["timeline"])
    summary = Counter(s["text"][:70] for s in a["summary"])
    return {
        "entities": ents,
        "roles": roles,
        "quotes": quotes,
        "quantities": quantities,
        "timeline": timeline,
        "summary": summary,
    }


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--only")]
    only = None
    for a in sys.argv[1:]:
        if a.startswith("--only"):
            only = set(a.split("=", 1)[1].split(","))
    before, after = load(args[0]), load(args[1])
    totals = Counter()
    for a, b in zip(before, after):
        fa, fb = families(a), families(b)
        lines = []
        for fam in fa:
            if only and fam not in only:
                continue
            gone = fa[fam] - fb[fam]
            new = fb[fam] - fa[fam]
            for item in sorted(gone, key=str):
                lines.append(f"  - {fam}: {item}")
            for item in sorted(new, key=str):
                lines.append(f"  + {fam}: {item}")
            totals[fam] += sum(gone.values()) + sum(new.values())
        if lines:
            print(a["article"]["title"])
            print("\n".join(lines))
    print("changes:", dict(totals), file=sys.stderr)


if __name__ == "__main__":
    main()
