#!/usr/bin/env python3
"""Draws a fixed sample of timeline entries from BBC articles for judging event phrases.

Usage: timeline_sample.py NEWSLENS_BINARY ARTICLES_DIR [N [SEED]]

Articles (ARTICLES_DIR/*/*.txt, sorted) are shuffled with a fixed seed (default 20050301); each article in turn
that has a timeline gives one entry, also drawn with the seed, until N entries (default 40).
Timexes do not depend on the event heuristic, so the same entries are drawn before and after a
change to it. Prints one block per entry: article, date, the sentence, the event phrase.
"""
import glob
import json
import random
import subprocess
import sys

SEED = 20050301


def sentence_around(text, start, end):
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    right_candidates = [i for i in (text.find(". ", end), text.find("\n", end)) if i >= 0]
    right = min(right_candidates) if right_candidates else len(text)
    return " ".join(text[left + 1 : right + 1].split())


def main():
    binary, root = sys.argv[1], sys.argv[2]
    n = int(sys.argv[3]) if len(sys.argv) > 3 else 40
    seed = int(sys.argv[4]) if len(sys.argv) > 4 else SEED
    paths = sorted(glob.glob(f"{root}/*/*.txt"))
    rng = random.Random(seed)
    rng.shuffle(paths)
    taken = 0
    for path in paths:
        if taken == n:
            break
        out = subprocess.run(
            [binary, "analyze", "--json", "--date", "2005-03-01", path],
            capture_output=True, text=True, check=True,
        ).stdout
        doc = json.loads(out)
        timeline = doc["timeline"]
        if not timeline:
            continue
        entry = timeline[rng.randrange(len(timeline))]
        text = doc["article"]["text"]
        taken += 1
        name = "/".join(path.split("/")[-2:])
        print(f"{taken:2}. {name}  {entry['text']!r} ({entry['date']})")
        print(f"    sentence: {sentence_around(text, entry['start'], entry['end'])}")
        print(f"    event:    {entry['event']}")


if __name__ == "__main__":
    main()
