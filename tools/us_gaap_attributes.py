"""Write taxonomy/us-gaap-attributes.tsv: the published US-GAAP attributes of every concept of the base schema.

Usage: python tools/us_gaap_attributes.py BASE_SCHEMA OUT_TSV DEI_JSON [--verified=VERIFIED_TSV] PUBLISHED.xsd=VERSION ...
e.g.   python tools/us_gaap_attributes.py taxonomy/xbrlify/xbrlify-2026-01-01.xsd taxonomy/us-gaap-attributes.tsv \
           dei-2024.json --verified=taxonomy/us-gaap-verified.tsv srt-2024.xsd=srt-2024 us-gaap-2009-01-31.xsd=us-gaap-2009-01-31
The published files are not in the repository (FASB's and the SEC's, fetched by whoever runs this);
tests/unit/test_us_gaap_attributes.py reads only the TSV it writes.
Published schemas are searched in the order given (newest first); the first that declares a name gives its
attributes. Names in the DEI JSON (SEC DEI 2024, XULE export) are marked `dei` (out of scope).
status: match (published == ours), year-differs (published value of that year differs in the columns
listed in `differs`), not-found (in none of the schemas checked), dei (out of scope), verified (attributes
checked by hand against a recent US-GAAP year, from the hand-kept VERIFIED_TSV: name, the four attributes
(`?` where the source does not show one), version, source; these rows take precedence over the published
schemas, which may be older; a disagreement with ours is listed in `differs` and fails the test).
"""
import csv
import json
import sys
from lxml import etree

XS = "http://www.w3.org/2001/XMLSchema"
XBRLI = "http://www.xbrl.org/2003/instance"
COLUMNS = ("type", "periodType", "balance", "abstract")


def attrs(el):
    return {
        "type": (el.get("type") or "").split(":")[-1],
        "periodType": el.get(f"{{{XBRLI}}}periodType") or "",
        "balance": el.get(f"{{{XBRLI}}}balance") or "",
        "abstract": "true" if el.get("abstract") == "true" else "false",
    }


def read(path):
    root = etree.parse(path).getroot()
    return {el.get("name"): attrs(el) for el in root.findall(f"{{{XS}}}element")}


def read_verified(path):
    """Name -> (attributes as ours are written, version) from the hand-kept TSV of verified rows."""
    with open(path) as fh:
        lines = [line for line in fh if not line.startswith("#")]
    rows = csv.DictReader(lines, delimiter="\t")
    return {
        row["name"]: ({c: "" if row[c] == "-" else row[c] for c in COLUMNS}, row["version"])
        for row in rows
    }


def verified_row(name, mine, theirs, version):
    differs = [c for c in COLUMNS if theirs[c] != "?" and theirs[c] != mine[c]]
    return [name, *(theirs[c] or "-" for c in COLUMNS), version, "verified", ",".join(differs) or "-"]


def main(base, out, dei_json, *published):
    ours = read(base)
    dei = {c["localName"] for v in json.load(open(dei_json)).values() for c in v}
    verified = {}
    for arg in [a for a in published if a.startswith("--verified=")]:
        verified.update(read_verified(arg.partition("=")[2]))
    published = [a for a in published if not a.startswith("--verified=")]
    sources = [(arg.partition("=")[2], read(arg.partition("=")[0])) for arg in published]
    rows = []
    for name, mine in ours.items():
        if name in dei:
            rows.append([name, *("-" * 4), "-", "dei", "-"])
            continue
        if name in verified:
            rows.append(verified_row(name, mine, *verified[name]))
            continue
        hit = next(((version, pub[name]) for version, pub in sources if name in pub), None)
        if hit is None:
            rows.append([name, *("-" * 4), "-", "not-found", "-"])
            continue
        version, theirs = hit
        differs = [c for c in COLUMNS if theirs[c] != mine[c]]
        status = "year-differs" if differs else "match"
        rows.append([name, *(theirs[c] or "-" for c in COLUMNS), version, status, ",".join(differs) or "-"])
    with open(out, "w") as fh:
        fh.write("# Published attributes of the base schema's concepts (taxonomy/xbrlify/xbrlify-2026-01-01.xsd),\n")
        fh.write("# written by a script from the published schemas named in `version`; see taxonomy/README.md.\n")
        fh.write("\t".join(("name", *COLUMNS, "version", "status", "differs")) + "\n")
        for row in sorted(rows):
            fh.write("\t".join(row) + "\n")
    counts = {}
    for row in rows:
        counts[row[6]] = counts.get(row[6], 0) + 1
    print(counts)


if __name__ == "__main__":
    main(*sys.argv[1:])
