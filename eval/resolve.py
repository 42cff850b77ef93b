#!/usr/bin/env python3
"""Checks a gold annotation (docs/annotation.md) and writes its spans in.

    python3 eval/resolve.py eval/dev/NAME.json [more.json ...]
    python3 eval/resolve.py --check eval/dev/*.json     # verify only, write nothing

Reads NAME.txt beside the JSON, places every entity form, quote, quantity and date in the body
(the text after the title line), and rewrites the JSON with `mentions` / `start` / `end` in
Unicode-character offsets, the offsets `newslens analyze --json` uses. Exits non-zero and says why
when a string cannot be placed, is ambiguous, or the file breaks a rule of the guideline.
"""
import json
import re
import sys
from pathlib import Path

KINDS = {"person", "organization", "place", "group", "misc"}
SUBKINDS = {"work", "product", "event", "award", "law", "language", "other"}
VALUE = re.compile(
    r"^(\d{2}|\d{3}|\d{4}(-(\d{2}(-\d{2}(T(\d{2}:\d{2}|MO|AF|EV|NI))?)?|W\d{2}(-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?)$"
)


class Problem(Exception):
    pass


def body_of(txt_path):
    content = txt_path.read_text(encoding="utf-8")
    if "\n\n" not in content:
        raise Problem(f"{txt_path}: no title line followed by a blank line")
    return content.split("\n\n", 1)[1].rstrip("\n")


def occurrences(body, text):
    out, i = [], body.find(text)
    while i >= 0:
        out.append(i)
        i = body.find(text, i + 1)
    return out


def whole_word(body, start, end):
    before = body[start - 1] if start > 0 else " "
    after = body[end] if end < len(body) else " "
    return not before.isalnum() and not after.isalnum()


def word_occurrences(body, text):
    return [i for i in occurrences(body, text) if whole_word(body, i, i + len(text))]


def place_one(body, item, what):
    text = item.get("text")
    if not isinstance(text, str) or not text:
        raise Problem(f"{what}: no text")
    found = occurrences(body, text)
    if not found:
        raise Problem(f"{what}: {text!r} is not in the body (copy it exactly)")
    nth = item.get("nth")
    if nth is None:
        if len(found) > 1:
            raise Problem(f"{what}: {text!r} occurs {len(found)} times; add \"nth\"")
        nth = 1
    if not isinstance(nth, int) or not 1 <= nth <= len(found):
        raise Problem(f"{what}: {text!r} nth={nth} but it occurs {len(found)} times")
    start = found[nth - 1]
    item["start"], item["end"] = start, start + len(text)


def nth_list(form, what):
    nth = form.get("nth")
    if isinstance(nth, int):
        nth = [nth]
    if not isinstance(nth, list) or not nth or not all(isinstance(n, int) for n in nth):
        raise Problem(f"{what}: nth must be a number or a list of numbers")
    return nth


def picked(body, form, what):
    """Spans claimed by one form: (start, end, explicit)."""
    if isinstance(form, str):
        spans = word_occurrences(body, form)
        if not spans:
            raise Problem(f"{what}: form {form!r} is not in the body as a whole word")
        return [(s, s + len(form), False) for s in spans]
    text = form.get("text", "")
    spans = word_occurrences(body, text)
    out = []
    for n in nth_list(form, what):
        if not 1 <= n <= len(spans):
            raise Problem(f"{what}: {text!r} nth={n} but it occurs {len(spans)} times as a word")
        out.append((spans[n - 1], spans[n - 1] + len(text), True))
    return out


def resolve_entities(body, doc):
    excluded = set()
    for i, item in enumerate(doc.get("exclude", [])):
        for s, e, _ in picked(body, item, f"exclude[{i}]"):
            excluded.add((s, e))
    claims = []  # (explicit, length, start, end, entity index)
    for i, ent in enumerate(doc.get("entities", [])):
        what = f"entity {ent.get('name')!r}"
        if ent.get("kind") not in KINDS:
            raise Problem(f"{what}: kind {ent.get('kind')!r} is not one of {sorted(KINDS)}")
        if ent["kind"] == "misc" and ent.get("subkind") not in SUBKINDS:
            raise Problem(f"{what}: a misc entity needs a subkind from {sorted(SUBKINDS)}")
        forms = ent.get("forms") or []
        texts = [f if isinstance(f, str) else f.get("text") for f in forms]
        if ent.get("name") not in texts:
            raise Problem(f"{what}: the name must be one of its forms")
        roles = ent.setdefault("roles", [])
        if not isinstance(roles, list) or not all(isinstance(r, str) and r for r in roles):
            raise Problem(f"{what}: roles must be a list of strings")
        for form in forms:
            for s, e, explicit in picked(body, form, what):
                if (s, e) not in excluded:
                    claims.append((explicit, e - s, s, e, i))
    # Explicit claims first, then longer spans; a claim overlapping a kept one is dropped.
    claims.sort(key=lambda c: (not c[0], -c[1], c[2]))
    kept = []
    for explicit, _, s, e, i in claims:
        clash = [k for k in kept if k[0] < e and s < k[1]]
        if not clash:
            kept.append((s, e, i, explicit))
            continue
        for ks, ke, ki, kexplicit in clash:
            if (ks, ke) == (s, e) and ki != i and kexplicit == explicit:
                a, b = doc["entities"][ki]["name"], doc["entities"][i]["name"]
                raise Problem(f"{body[s:e]!r} at {s} is claimed by {a!r} and {b!r}; use nth")
    for ent in doc.get("entities", []):
        ent["mentions"] = []
    for s, e, i, _ in sorted(kept):
        doc["entities"][i]["mentions"].append({"start": s, "end": e, "text": body[s:e]})
    for ent in doc.get("entities", []):
        if not ent["mentions"]:
            raise Problem(f"entity {ent['name']!r}: every occurrence was taken by another entity")


def check_words(phrase, word, what):
    words = re.findall(r"[\w'’.-]+", phrase.lower())
    if word.lower() not in words:
        raise Problem(f"{what}: {word!r} is not a word of {phrase!r}")


def resolve(path, write):
    doc = json.loads(path.read_text(encoding="utf-8"))
    body = body_of(path.with_suffix(".txt"))
    published = doc.get("published")
    if not isinstance(published, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", published):
        raise Problem("published: give the date as YYYY-MM-DD")
    dated = path.with_suffix(".date")
    if dated.exists() and dated.read_text().strip() != published:
        raise Problem(f"published: the TimeML creation date is {dated.read_text().strip()}")
    resolve_entities(body, doc)
    names = {e["name"] for e in doc["entities"]}
    forms = {}
    for e in doc["entities"]:
        for m in e["mentions"]:
            forms.setdefault(m["text"], e["name"])
    for i, q in enumerate(doc.setdefault("quotes", [])):
        what = f"quote {i + 1}"
        place_one(body, q, what)
        speaker = q.get("speaker")
        if speaker is not None and not isinstance(speaker, str):
            raise Problem(f"{what}: speaker must be a string or null")
        if speaker and speaker not in names and speaker in forms:
            raise Problem(f"{what}: speaker {speaker!r} is a form of {forms[speaker]!r}: use the name")
    for i, q in enumerate(doc.setdefault("quantities", [])):
        what = f"quantity {q.get('text')!r}"
        place_one(body, q, what)
        if not q.get("about") or not q.get("head"):
            raise Problem(f"{what}: needs about and head")
        check_words(q["about"], q["head"], what)
    for i, d in enumerate(doc.setdefault("dates", [])):
        what = f"date {d.get('text')!r}"
        place_one(body, d, what)
        if not isinstance(d.get("value"), str) or not VALUE.match(d["value"]):
            raise Problem(f"{what}: value {d.get('value')!r} is not a TIMEX3 calendar value")
        if bool(d.get("event")) != bool(d.get("trigger")):
            raise Problem(f"{what}: give both event and trigger, or neither")
        if d.get("event"):
            check_words(d["event"], d["trigger"], what)
    spans = sorted((d["start"], d["end"]) for d in doc["dates"])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            raise Problem(f"dates overlap at {b[0]}: {body[b[0]:b[1]]!r}")
    if write:
        path.write_text(dump(doc), encoding="utf-8")
    return doc


def dump(doc):
    """One top-level key per line group, one list item per line: diffs stay readable."""
    lines = ["{"]
    keys = list(doc)
    for k, key in enumerate(keys):
        value = doc[key]
        comma = "," if k + 1 < len(keys) else ""
        if isinstance(value, list):
            lines.append(f"  {json.dumps(key)}: [")
            for j, item in enumerate(value):
                sep = "," if j + 1 < len(value) else ""
                lines.append("    " + json.dumps(item, ensure_ascii=False) + sep)
            lines.append("  ]" + comma)
        else:
            lines.append(f"  {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
    lines.append("}")
    return "\n".join(lines) + "\n"


def main():
    args = sys.argv[1:]
    write = "--check" not in args
    failed = 0
    for arg in [a for a in args if a != "--check"]:
        path = Path(arg)
        try:
            doc = resolve(path, write)
        except (Problem, json.JSONDecodeError, OSError) as err:
            failed += 1
            print(f"{path}: {err}", file=sys.stderr)
            continue
        ents = doc["entities"]
        print(
            f"{path}: {len(ents)} entities, {sum(len(e['mentions']) for e in ents)} mentions, "
            f"{len(doc['quotes'])} quotes, {len(doc['quantities'])} quantities, "
            f"{len(doc['dates'])} dates"
        )
        if write and len(args) == 1:
            for e in ents:
                roles = f"  roles: {', '.join(e['roles'])}" if e["roles"] else ""
                print(f"  {e['kind']:<12} {e['name']} x{len(e['mentions'])}{roles}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
