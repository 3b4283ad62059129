#!/usr/bin/python3
"""Scores a `claimcheck check --format json` run against a corpus's answer key: recall of the planted
errors, and error findings on lines where nothing was planted (false alarms).

Usage: score.py ANSWER_KEY.tsv FINDINGS.json
A planted error counts as found when a finding of its check is on its line, the line of the planted
number as written; conflict and scale stand in for each other, since a slip by a factor of a thousand
is also a conflict.
"""

import json
import sys

SAME = {"conflict": {"conflict", "scale"}, "scale": {"conflict", "scale"}}


def relative(path):
    marker = "drafts/"
    at = path.find(marker)
    return path[at + len(marker):] if at >= 0 else path


def main():
    key_path, findings_path = sys.argv[1], sys.argv[2]
    planted = []
    with open(key_path, encoding="utf-8") as f:
        next(f)
        for row in f:
            file, line, check, first, last, note = row.rstrip("\n").split("\t")
            planted.append((file, int(line), check, int(first), int(last), note))
    with open(findings_path, encoding="utf-8") as f:
        report = json.load(f)
    by_line = {}
    for finding in report["findings"]:
        by_line.setdefault((relative(finding["file"]), finding["line"]), []).append(finding)
    planted_lines = set()
    found = 0
    missed = []
    for file, line, check, first, last, note in planted:
        for l in range(first, last + 1):
            planted_lines.add((file, l))
        wanted = SAME.get(check, {check})
        if any(f["check"] in wanted for f in by_line.get((file, line), [])):
            found += 1
        else:
            missed.append(f"{file}:{line}: {check}: {note}")
    false_alarms = []
    for (file, line), findings in sorted(by_line.items()):
        if (file, line) in planted_lines:
            continue
        for f in findings:
            if f["severity"] == "error":
                false_alarms.append(f"{file}:{line}: [{f['check']}] {f['message']}")
    warnings = sum(1 for f in report["findings"] if f["severity"] == "warning")
    recall = found / len(planted) if planted else 1.0
    print(f"recall of planted errors: {found}/{len(planted)} = {recall:.1%}")
    print(f"error findings on lines with nothing planted: {len(false_alarms)}   (warnings: {warnings})")
    for text in missed[:10]:
        print(f"  missed: {text}")
    for text in false_alarms[:10]:
        print(f"  false alarm: {text}")
    print(f"SCORE recall={recall:.4f} planted={len(planted)} found={found} false_alarms={len(false_alarms)}")


if __name__ == "__main__":
    main()
