"""Derives assets/lexicon/first_names.txt from CoNLL-2003 train: the first word of every person
name of two words or more, kept when it begins such a name at least twice and is written as a
name (capital, then lower case) and begins names more often than it appears inside other kinds.

    python3 docs/first_names.py ../shared/data/conll2003/train.txt > assets/lexicon/first_names.txt
"""
import collections
import sys


def spans(rows):
    out, cur = [], None
    for word, tag in rows:
        if tag == "O":
            if cur:
                out.append(cur)
            cur = None
            continue
        kind = tag[2:]
        if cur and cur[0] == kind and tag.startswith("I-"):
            cur[1].append(word)
        else:
            if cur:
                out.append(cur)
            cur = [kind, [word]]
    if cur:
        out.append(cur)
    return out


def main(path):
    first, other = collections.Counter(), collections.Counter()
    rows = []
    for line in list(open(path, encoding="utf-8")) + [""]:
        parts = line.split()
        if not parts:
            for kind, words in spans(rows):
                if kind == "PER" and len(words) >= 2:
                    first[words[0]] += 1
                elif kind != "PER":
                    other.update(words)
            rows = []
            continue
        if parts[0] != "-DOCSTART-":
            rows.append((parts[0], parts[-1]))
    names = sorted(
        w
        for w, c in first.items()
        if c >= 2 and len(w) > 1 and w[0].isupper() and w[1:].islower() and other[w] < c
    )
    print("\n".join(names))


if __name__ == "__main__":
    main(sys.argv[1])
