#!/usr/bin/env python3
"""Writes a claim-set file of observations for the comparison run, independently of the C# generator.

    python3 benchmarks/independent_claims.py OUT.claims.json [--count 1000000] [--seed 7]

Nothing here comes from ClaimSetGenerator: its own random stream (Python's), its own ids (hashed, not numbered), one
claim a line in compact JSON with the fields in a shuffled order, values as strings in many forms or as objects,
times of five precisions, claims in random order (not grouped by subject), and subjects of evenly spread sizes. Every
claim names one of 300 sources (without a publication date), so that none is unsourced.

Each series (subject and metric) has one true value. About 96 % of figures are stated so that they contain it
(exact, rounded, "about", ranges, bounds), and so never conflict; the rest are off by a factor of 1.6 to 4 in either
direction, and conflict with every figure of their series whose time overlaps theirs. How many findings that makes is
not known beforehand: the comparison run only requires every engine to agree with the others.
"""

import argparse
import json
import random

UNITS = ["troops", "soldiers", "personnel", None]
SOURCES = 300


def grouped(n):
    """8600 -> '8,600'."""
    return f"{n:,}"


def spaced(n):
    """8600 -> '8 600'."""
    return f"{n:,}".replace(",", " ")


def round_sig(n, digits):
    """n rounded to `digits` significant figures (never to zero)."""
    scale = 10 ** max(len(str(n)) - digits, 0)
    return max(round(n / scale) * scale, scale)


def stated(rng, true):
    """A value that contains `true`, in one of the forms a reporter writes."""
    form = rng.randrange(10)
    if form == 0:
        return str(true)
    if form == 1:
        return grouped(true)
    if form == 2:
        return spaced(true)
    if form == 3:
        # A round figure: its implied precision covers `true` (true is never a midpoint, see series()).
        return grouped(round_sig(true, 3))
    if form == 4:
        return "about " + grouped(round_sig(true, 2))
    if form == 5:
        return {"exactly": true}
    if form == 6:
        return {"approximately": round_sig(true, 2)}
    if form == 7:
        low, high = int(true * rng.uniform(0.8, 0.99)), int(true * rng.uniform(1.01, 1.2)) + 1
        return f"between {grouped(low)} and {grouped(high)}"
    if form == 8:
        return {"min": int(true * rng.uniform(0.5, 0.95)), "max": int(true * rng.uniform(1.05, 1.5)) + 1}
    return "at least " + grouped(int(true * rng.uniform(0.3, 0.9)))


def wrong(rng, true):
    """A value that cannot contain `true`: exact, a factor of 1.6 to 4 above or below it."""
    factor = rng.uniform(1.6, 4.0)
    value = int(true * factor) if rng.random() < 0.5 else max(int(true / factor), 1)
    return grouped(value) if rng.random() < 0.5 else {"exactly": value}


def time(rng):
    """A time between 2015 and 2024 at day, month, quarter, part-of-month or range precision."""
    year = rng.randrange(2015, 2025)
    month = rng.randrange(1, 13)
    day = rng.randrange(1, 29)
    form = rng.randrange(10)
    if form < 5:
        return f"{year}-{month:02d}-{day:02d}"
    if form < 7:
        return f"{year}-{month:02d}"
    if form == 7:
        return f"{year}-Q{(month - 1) // 3 + 1}"
    if form == 8:
        return f"{rng.choice(['early', 'mid', 'late'])} {year}-{month:02d}"
    end = min(day + rng.randrange(1, 20), 28)
    return f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{end:02d}"


def series(rng, count):
    """`count` series: (subject, metric or None for the default, unit, true value); true values end in 3 or 7."""
    out = []
    for s in range(count):
        subject = f"region-{s * 2654435761 % 4294967291:x}/garrison"
        metric = None if rng.random() < 0.8 else rng.choice(["headcount", "deployed"])
        true = rng.randrange(50, 5_000_000) // 10 * 10 + rng.choice([3, 7])
        out.append((subject, metric, rng.choice(UNITS), true))
    return out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-series", type=int, default=25, help="average figures per series")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    all_series = series(rng, max(args.count // args.per_series, 1))
    order = list(range(args.count))
    rng.shuffle(order)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write('{"format":"factcheck/claims@1","title":"Independent observations","sources":[\n')
        f.write(",\n".join(json.dumps({"id": f"wire-{s:03d}", "publisher": f"Wire service {s}"}) for s in range(SOURCES)))
        f.write('],\n"claims":[\n')
        for i, _ in enumerate(order):
            subject, metric, unit, true = all_series[rng.randrange(len(all_series))]
            value = wrong(rng, true) if rng.random() < 0.04 else stated(rng, true)
            fields = [
                ("id", f"o{(order[i] * 0x9E3779B1) & 0xFFFFFFFFFF:010x}"),
                ("kind", "observation"),
                ("subject", subject),
                ("value", value),
                ("time", time(rng)),
                ("source", f"wire-{rng.randrange(SOURCES):03d}"),
            ]
            if metric is not None:
                fields.append(("metric", metric))
            if unit is not None:
                fields.append(("unit", unit))
            rng.shuffle(fields)
            f.write(("," if i else "") + json.dumps(dict(fields), separators=(",", ":"), ensure_ascii=False) + "\n")
        f.write("]}\n")


if __name__ == "__main__":
    main()
