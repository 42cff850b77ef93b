#!/usr/bin/env python3
"""Draws the articles of the gold set from the data folders, with a fixed seed, and writes each as
a plain-text article (title line, blank line, paragraphs) into eval/dev/ or eval/test/.

    python3 eval/select.py ../shared/data eval

The draw is random within each source so that no article is picked for being easy; the split into
test (a third) and dev is made per source before anything is annotated. Re-running it writes the
same files. Dates: TimeML articles carry their creation date; BBC articles carry none, so their
annotator sets `published` from the text (see docs/annotation.md).
"""
import html
import random
import re
import sys
from pathlib import Path

SEED = 20261206


def words(text):
    return len(text.split())


def bbc(root, category):
    for p in sorted((root / "bbc-news-summary" / "articles" / category).glob("*.txt")):
        raw = p.read_text(encoding="utf-8")
        paras = [re.sub(r"\s+", " ", para).strip() for para in re.split(r"\n\s*\n", raw)]
        paras = [para for para in paras if para]
        yield p, "\n\n".join(paras) + "\n", None


def timeml(root, folder):
    for p in sorted((root / "tempeval3" / folder).glob("*.tml")):
        raw = p.read_text(encoding="utf-8")
        dct = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
        value = re.search(r'value="(\d{4}-\d{2}-\d{2})', dct.group(0)) if dct else None
        title = re.search(r"<TITLE>(.*?)</TITLE>", raw, re.S)
        body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
        if not body:
            continue
        text = re.sub(r"<[^>]+>", "", body.group(1))
        text = html.unescape(text).replace("``", "\u201c").replace("''", "\u201d")
        paras = [re.sub(r"\s+", " ", para).strip() for para in re.split(r"\n\s*\n", text)]
        paras = [para for para in paras if para]
        if not paras:
            continue
        head = re.sub(r"\s+", " ", html.unescape(title.group(1))).strip() if title else None
        if not head:
            head = p.stem
        yield p, head + "\n\n" + "\n\n".join(paras) + "\n", value.group(1) if value else None


def main():
    root, out = Path(sys.argv[1]), Path(sys.argv[2])
    rng = random.Random(SEED)
    # (label, candidates, how many); long features are drawn from the longest texts of all sources.
    plan = [
        ("bbc-business", list(bbc(root, "business")), 7),
        ("bbc-entertainment", list(bbc(root, "entertainment")), 7),
        ("bbc-tech", list(bbc(root, "tech")), 7),
        ("timebank", list(timeml(root, "TimeBank")), 6),
        ("aquaint", list(timeml(root, "AQUAINT")), 6),
        ("silver", list(timeml(root, "silver")), 9),
    ]
    taken = set()
    drawn = []
    for label, items, n in plan:
        short = [it for it in items if 120 <= words(it[1]) < 700]
        for it in rng.sample(short, n):
            taken.add(it[0])
            drawn.append((label, it))
    long_pool = [
        (label, it)
        for label, items, _ in plan
        for it in items
        if words(it[1]) >= 900 and it[0] not in taken
    ]
    long_pool.sort(key=lambda x: str(x[1][0]))
    for label, it in rng.sample(long_pool, 8):
        drawn.append(("long-" + label, it))
    # Split: every third article of each source label goes to test, chosen by a shuffle.
    by_label = {}
    for label, it in drawn:
        by_label.setdefault(label.split("-")[0] if label.startswith("long") else label, []).append((label, it))
    for group in by_label.values():
        rng.shuffle(group)
        for i, (label, (path, text, date)) in enumerate(group):
            split = "test" if i % 3 == 2 else "dev"
            name = f"{label}-{path.stem}".replace(".", "_")
            folder = out / split
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{name}.txt").write_text(text, encoding="utf-8")
            if date:
                (folder / f"{name}.date").write_text(date + "\n", encoding="utf-8")
            print(f"{split}\t{name}\t{words(text)} words\t{date or '-'}\t{path}")


if __name__ == "__main__":
    main()
