#!/usr/bin/env python3
"""Checks each article of judged sets alone and says which planted inconsistencies a finding names.

A judged set is a folder of articles (*.md) written by someone who never saw the program, and a
planted.json beside them (or in --keys, as KEYS/<folder>.json) naming the inconsistencies its writer
planted: [{"file": "03.md", "kind": "direction", "figures": ["4,300", "3,900"], "explanation": "…"}].
A planted inconsistency is caught when a finding on its article names both its figures. Every finding
is listed, so a reader can judge which an editor would want.

    python3 benchmarks/judged.py --tool "dotnet PATH/FactCheck.Cli.dll" benchmarks/judged/*/
"""
import argparse
import json
import os
import re
import shlex
import subprocess
import sys

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
# Dates and quarters in a message ("on 2025-03-05", "in 2025-Q1") and the sources in brackets ("(ministry figures, 01)")
# hold numbers that are no figure of it.
NOT_FIGURES = re.compile(r"\b\d{4}-(?:Q[1-4]|H[12]|\d{2})(?:-\d{2})?\b|\([^)]*\)")


def values(text):
    """The numbers written in digits in text, commas dropped, dates and sources left out."""
    found = set()
    for m in NUMBER.finditer(NOT_FIGURES.sub(" ", text)):
        try:
            found.add(float(m.group(0).replace(",", "")))
        except ValueError:
            pass
    return found


def run(tool, *args):
    done = subprocess.run(shlex.split(tool) + list(args), capture_output=True, text=True)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(args)}: exit {done.returncode}\n{done.stderr}")
    return json.loads(done.stdout)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tool", required=True, help="the command that runs factcheck")
    parser.add_argument("--keys", help="a folder of <set>.json keys, where a set holds no planted.json")
    parser.add_argument("--findings", help="write every finding, article by article, to this file")
    parser.add_argument("sets", nargs="+")
    options = parser.parse_args()

    totals = {"articles": 0, "claims": 0, "findings": 0, "planted": 0, "caught": 0}
    lines = []
    for folder in options.sets:
        name = os.path.basename(os.path.normpath(folder))
        key_path = os.path.join(folder, "planted.json")
        if not os.path.exists(key_path) and options.keys:
            key_path = os.path.join(options.keys, name + ".json")
        planted = []
        if os.path.exists(key_path):
            with open(key_path, encoding="utf-8") as key:
                planted = json.load(key)
        caught = 0
        for article in sorted(f for f in os.listdir(folder) if f.endswith(".md")):
            path = os.path.join(folder, article)
            claims = run(options.tool, "extract", path, "--format", "json").get("claims", [])
            findings = run(options.tool, "check", path, "--format", "json")["findings"]
            totals["articles"] += 1
            totals["claims"] += len(claims)
            totals["findings"] += len(findings)
            lines.append(f"## {name}/{article}: {len(claims)} claims, {len(findings)} findings")
            for finding in findings:
                lines.append(f"- {finding['ruleId']} {finding['message']}")
            for plant in (p for p in planted if p["file"] == article):
                wanted = [values(f) for f in plant["figures"]]
                hit = any(all(w and w <= values(f["message"]) for w in wanted) for f in findings)
                caught += hit
                lines.append(f"  planted {plant['kind']} {plant['figures']}: {'CAUGHT' if hit else 'missed'}")
        totals["planted"] += len(planted)
        totals["caught"] += caught
        print(f"{name}: caught {caught} of {len(planted)}")
    print(", ".join(f"{k} {v}" for k, v in totals.items()))
    if options.findings:
        with open(options.findings, "w", encoding="utf-8") as out:
            out.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
