#!/usr/bin/env python3
"""Rerunnable scorer for the date/event probe (docs/annotation.md "Scoring").

    NLBIN=/path/to/newslens python3 eval/probes/dates/score.py [-v] [CASE_ID ...]

PROBE_CASES=DIR (optional) scores DIR/cases.py instead (e.g. eval/heldout/dates) and writes
cases/ and results.json into DIR; the class breakdown is shown only if DIR has a classes.py.

Writes each case to cases/ID.txt (+ .date), runs `$NLBIN analyze FILE --json --date PUB`, and
scores like src/tools/eval_analysis/score/dates.rs:
  date  : a program date (entity of kind date, calendar value as in is_calendar) overlaps the
          gold span and has the gold value (or a listed alternative);
  event : a timeline entry overlaps the gold span, its date equals the value and its event
          phrase has the trigger word, an inflection aside (port of words.rs has_stem);
  not   : no calendar date overlaps a span that is a duration, set, verb or name.
Also lists program calendar dates that overlap no gold span (extra dates).
Results go to results.json (and a one-line-per-failure listing on stdout).
"""
import json, os, re, subprocess, sys, datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.dirname(HERE))
import probe_run  # noqa: E402
SRC = probe_run.cases_dir(HERE)  # where cases.py and outputs live
from cases import CASES  # noqa: E402

NLBIN = os.environ.get("NLBIN", "newslens")
CASEDIR = os.path.join(SRC, "cases")


def is_calendar(value):
    m = re.match(r"\d*", value)
    digits = len(m.group(0))
    rest = value[digits:]
    return (2 <= digits <= 4 and "X" not in value and "REF" not in value
            and (rest == "" or (digits == 4 and rest[0] in "-T")))


def words(s):
    out = []
    for w in re.split(r"[^\w'’\-.]+", s):
        w = re.sub(r"^[\W_]+|[\W_]+$", "", w)
        if w:
            out.append(w.lower().replace("’", "'"))
    return out


def stems(word):
    out = [word]
    for end in ["ing", "ed", "es", "s", "d"]:
        if word.endswith(end) and len(word) - len(end) >= 2:
            stem = word[: -len(end)]
            out.append(stem)
            if len(stem) >= 2 and stem[-1] == stem[-2] and stem[-1] not in "aeiousl":
                out.append(stem[:-1])
    if word.endswith("e") and len(word) - 1 >= 2:
        out.append(word[:-1])
    if word.endswith("y") and len(word) > 1:
        out.append(word[:-1] + "i")
    return out


def has_stem(phrase, trigger):
    tw = words(trigger)
    if not tw:
        return False
    wanted = set(stems(tw[0]))
    return any(set(stems(w)) & wanted for w in words(phrase))


def span_of(body, text, nth):
    pos, k = -1, 0
    while True:
        pos = body.find(text, pos + 1)
        if pos < 0:
            raise SystemExit(f"cannot place {text!r} #{nth}")
        k += 1
        if k == nth:
            return (pos, pos + len(text))


def overlaps(a, b):
    return a[0] < b[1] and b[0] < a[1]


def run_case(c):
    os.makedirs(CASEDIR, exist_ok=True)
    body = "\n\n".join(c["paras"])
    path = os.path.join(CASEDIR, c["id"] + ".txt")
    with open(path, "w") as f:
        f.write(c["title"] + "\n\n" + body + "\n")
    with open(os.path.join(CASEDIR, c["id"] + ".date"), "w") as f:
        f.write(c["pub"] + "\n")
    out = subprocess.run([NLBIN, "analyze", path, "--json", "--date", c["pub"]],
                         capture_output=True, text=True, check=True).stdout
    a = json.loads(out)
    if isinstance(a, list):
        a = a[0]
    assert a["article"]["text"].strip() == body.strip(), "body mismatch"
    dates = []
    for e in a["entities"]:
        if e["kind"] != "date":
            continue
        for m in e["mentions"]:
            dates.append(dict(text=m["text"], span=(m["start"], m["end"]), value=e["roles"][0]))
    timeline = [dict(t, span=(t["start"], t["end"])) for t in a["timeline"]]
    return body, dates, timeline


def score(c, body, dates, timeline):
    res = []
    gold_spans = []
    for item in c.get("dates", []):
        text, nth, value, trigger = item[:4]
        ok_values = [value] + (item[4] if len(item) > 4 else [])
        sp = span_of(body, text, nth)
        gold_spans.append(sp)
        near = [d for d in dates if overlaps(d["span"], sp)]
        ok = any(d["value"] in ok_values and is_calendar(d["value"]) for d in near)
        got = "; ".join(f'{d["text"]!r}={d["value"]}' for d in near) or "(none)"
        res.append(dict(case=c["id"], kind="date", text=text, want=value, ok=ok, got=got))
        if trigger:
            nearev = [t for t in timeline if overlaps(t["span"], sp)]
            eok = any(t["date"] in ok_values and has_stem(t["event"], trigger) for t in nearev)
            egot = "; ".join(f'{t["date"]}: {t["event"]!r}' for t in nearev) or "(none)"
            res.append(dict(case=c["id"], kind="event", text=text, want=f"{value} [{trigger}]",
                            ok=eok, got=egot))
    for text, nth in c.get("not_", []):
        sp = span_of(body, text, nth)
        gold_spans.append(sp)
        bad = [d for d in dates if overlaps(d["span"], sp) and is_calendar(d["value"])]
        got = "; ".join(f'{d["text"]!r}={d["value"]}' for d in bad) or "(none)"
        res.append(dict(case=c["id"], kind="not", text=text, want="no date", ok=not bad, got=got))
    for d in dates:
        if is_calendar(d["value"]) and not any(overlaps(d["span"], s) for s in gold_spans):
            res.append(dict(case=c["id"], kind="extra", text=d["text"], want="no date",
                            ok=False, got=d["value"]))
    return res


def check_weekdays():
    """Sanity check of the expected values: a gold weekday has that weekday's date."""
    names = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
    for c in CASES:
        for item in c.get("dates", []):
            t, v = item[0].lower(), item[2]
            for i, n in enumerate(names):
                if n in t and re.fullmatch(r"\d{4}-\d\d-\d\d.*", v) and "easter" not in t:
                    d = datetime.date.fromisoformat(v[:10])
                    assert d.weekday() == i, (c["id"], item)


def main():
    verbose = "-v" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("-")]
    check_weekdays()
    allres = []
    for c in CASES:
        if only and c["id"] not in only:
            continue
        body, dates, timeline = run_case(c)
        r = score(c, body, dates, timeline)
        allres.extend(r)
        for x in r:
            if verbose or not x["ok"]:
                mark = "ok " if x["ok"] else "BAD"
                print(f'{mark} {x["case"]} {x["kind"]:5} {x["text"]!r:32} want {x["want"]:28} got {x["got"]}')
    tally = {}
    for x in allres:
        t = tally.setdefault(x["kind"], [0, 0])
        t[0] += x["ok"]
        t[1] += 1
    if os.path.exists(os.path.join(SRC, "classes.py")):
        try:
            from classes import CLS, NAMES
        except ImportError:
            CLS, NAMES = {}, {}
        per = {}
        for x in allres:
            if not x["ok"]:
                c = CLS.get((x["case"], x["text"]), "new")
                per.setdefault(c, {"date": 0, "event": 0, "not": 0, "extra": 0})[x["kind"]] += 1
        print("\nfailures by class (dates/not/extra | events):")
        for c in sorted(per, key=lambda c: -(per[c]["date"] + per[c]["not"] + per[c]["extra"] + per[c]["event"])):
            v = per[c]
            print(f'  {c:4} {v["date"] + v["not"] + v["extra"]:3} | {v["event"]:3}  {NAMES.get(c, "not classified (new failure?)")}')
    print("\nsummary (right/total):", ", ".join(f"{k} {v[0]}/{v[1]}" for k, v in tally.items()))
    with open(os.path.join(SRC, "results.json"), "w") as f:
        json.dump(allres, f, indent=1)


if __name__ == "__main__":
    main()
