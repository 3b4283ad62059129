#!/usr/bin/python3
"""Precision and recall of `claimcheck check` on hand-written newswire drafts (tests/corpus/newswire).

The drafts under consistent/ were written so that every number agrees with every other: each error or
warning on them is a false alarm. Every folder of consistent/ is checked as a repository of its own,
as a desk's drafts would be. The false alarms known today are listed, each with the reason it is
false, in known_false.tsv; planted.tsv lists errors planted into copies of the drafts, each with
whether check finds it today.

Usage: newswire.py [--bin CLAIMCHECK] [CORPUS]
Prints the counts, each finding not in known_false.tsv, each listed one no longer found, and the
planted errors found and missed. The test tests/cli/test_newswire.py asserts that both lists still
hold; this script is also run by scripts/bench.
"""

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_CORPUS = os.path.join(HERE, "..", "tests", "corpus", "newswire")
# A slip by a factor of a thousand is also a conflict of values, so either finding finds it; a slip in
# an amount converted in brackets is found by the conversion check, which names the slip.
SAME = {"conflict": {"conflict", "scale"}, "scale": {"conflict", "scale", "conversion"}}
RAISED = ("error", "warning")


def read_tsv(path):
    """The rows of a tab-separated file after its header, as dicts."""
    with open(path, encoding="utf-8") as f:
        header = f.readline().rstrip("\n").split("\t")
        rows = []
        for number, line in enumerate(f, start=2):
            if not line.strip():
                continue
            fields = line.rstrip("\n").split("\t")
            if len(fields) != len(header):
                raise ValueError(f"{path}:{number}: {len(fields)} fields, the header has {len(header)}")
            rows.append(dict(zip(header, fields)))
        return rows


def check(binary, cwd, folder):
    """The findings of one check run over folder (relative to cwd); file names stay relative to cwd."""
    proc = subprocess.run([binary, "check", "--format", "json", folder], cwd=cwd, capture_output=True,
                          timeout=600, env=dict(os.environ, NO_COLOR="1"))
    if proc.returncode not in (0, 1):
        raise RuntimeError(f"claimcheck check {folder} exited {proc.returncode}: {proc.stderr.decode()}")
    return json.loads(proc.stdout)


def runs(corpus):
    consistent = os.path.join(corpus, "consistent")
    return sorted(d for d in os.listdir(consistent) if os.path.isdir(os.path.join(consistent, d)))


def consistent_findings(binary, corpus):
    """(file, line, check) of every error and warning on the consistent drafts, with totals."""
    consistent = os.path.join(corpus, "consistent")
    found = {}
    totals = {"runs": 0, "documents": 0, "claims": 0}
    for run in runs(corpus):
        report = check(binary, consistent, run)
        totals["runs"] += 1
        totals["documents"] += report["documents"]
        totals["claims"] += report["claims"]
        for finding in report["findings"]:
            if finding["severity"] in RAISED:
                found[(finding["file"], finding["line"], finding["check"])] = finding["message"]
    return found, totals


def known_false(corpus):
    return {(r["file"], int(r["line"]), r["check"]): r["why"] for r in read_tsv(os.path.join(corpus, "known_false.tsv"))}


def planted_results(binary, corpus):
    """Each row of planted.tsv with the line it lands on and whether check finds it there.

    The plants of one folder go into one copy of it, checked once. A plant is found when a finding of
    its check names its line, as the finding's place or as a related one."""
    consistent = os.path.join(corpus, "consistent")
    plants = read_tsv(os.path.join(corpus, "planted.tsv"))
    results = []
    with tempfile.TemporaryDirectory() as tmp:
        by_run = {}
        for plant in plants:
            by_run.setdefault(plant["file"].split("/", 1)[0], []).append(plant)
        for run, run_plants in sorted(by_run.items()):
            shutil.copytree(os.path.join(consistent, run), os.path.join(tmp, run))
            for plant in run_plants:
                path = os.path.join(tmp, plant["file"])
                with open(path, encoding="utf-8") as f:
                    text = f.read()
                if text.count(plant["original"]) != 1:
                    raise ValueError(f"planted.tsv: {plant['original']!r} is not once in {plant['file']}")
                at = text.index(plant["original"])
                text = text.replace(plant["original"], plant["replacement"])
                plant["line"] = text.count("\n", 0, at) + 1
                with open(path, "w", encoding="utf-8") as f:
                    f.write(text)
            report = check(binary, tmp, run)
            named = {}
            for finding in report["findings"]:
                if finding["severity"] not in RAISED:
                    continue
                places = [(finding["file"], finding["line"])]
                places += [(r["file"], r["line"]) for r in finding.get("related", []) if "line" in r]
                for place in places:
                    named.setdefault(place, set()).add(finding["check"])
            for plant in run_plants:
                checks = named.get((plant["file"], plant["line"]), set())
                wanted = SAME.get(plant["check"], {plant["check"]})
                results.append((plant, bool(checks & wanted)))
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--bin", default=os.environ.get("CLAIMCHECK_BIN", "claimcheck"))
    parser.add_argument("corpus", nargs="?", default=DEFAULT_CORPUS)
    args = parser.parse_args()
    binary = os.path.abspath(args.bin) if os.sep in args.bin else shutil.which(args.bin) or args.bin

    found, totals = consistent_findings(binary, args.corpus)
    known = known_false(args.corpus)
    new = sorted(set(found) - set(known))
    gone = sorted(set(known) - set(found))
    print(f"newswire consistent drafts: {totals['runs']} folders, {totals['documents']} documents, "
          f"{totals['claims']} claims: {len(found)} error or warning findings, all false alarms "
          f"({len(found) - len(new)} listed in known_false.tsv, {len(new)} new; {len(gone)} listed but gone)")
    for key in new:
        print(f"  new false alarm: {key[0]}:{key[1]} {key[2]}: {found[key]}")
    for key in gone:
        print(f"  no longer found: {key[0]}:{key[1]} {key[2]} ({known[key]})")

    results = planted_results(binary, args.corpus)
    hits = sum(1 for _, hit in results if hit)
    print(f"newswire planted errors: {hits}/{len(results)} found on their line")
    for plant, hit in results:
        expected = plant["found"] == "yes"
        mark = "found" if hit else "missed"
        change = "" if hit == expected else f"   (planted.tsv says {plant['found']})"
        print(f"  {mark:6} {plant['check']:15} {plant['file']}:{plant['line']}{change}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
