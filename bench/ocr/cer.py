#!/usr/bin/env python3
"""Character error rate of OCR text on the values that matter (IDs, names, dates, phones).

usage: cer.py truth.json TEXT_DIR   (TEXT_DIR/<image>.txt per image)
For each expected value, the edit distance to the best-matching substring of the page's text
(whitespace removed) counts as its errors; CER = errors / characters, per category and overall.
"""
import json, os, sys

def best_substring_distance(value, text):
    # Sellers' approximate matching: the cheapest edit of value into any substring of text.
    prev = [0] * (len(text) + 1)
    for i, v in enumerate(value, 1):
        cur = [i] + [0] * len(text)
        for j, t in enumerate(text, 1):
            cur[j] = min(prev[j - 1] + (v != t), prev[j] + 1, cur[j - 1] + 1)
        prev = cur
    return min(prev)

truth = json.load(open(sys.argv[1], encoding="utf-8"))
folder = sys.argv[2]
totals = {}
for image, values in truth.items():
    if isinstance(values, str):
        values = truth[values]
    path = os.path.join(folder, image + ".txt")
    if not os.path.exists(path):
        continue
    text = "".join(open(path, encoding="utf-8").read().split())
    for category, items in values.items():
        errors, chars, exact = totals.get(category, (0, 0, 0))
        for value in items:
            d = best_substring_distance(value, text)
            errors += d; chars += len(value); exact += d == 0
        totals[category] = (errors, chars, exact)
        print(f"{image}\t{category}\t" + " ".join("ok" if best_substring_distance(v, text) == 0 else "MISS:" + v for v in items))
all_e = sum(e for e, _, _ in totals.values()); all_c = sum(c for _, c, _ in totals.values())
for category, (e, c, x) in totals.items():
    print(f"CER {category}: {e / c:.3f} ({e}/{c} chars), exact values: {x}")
print(f"CER all: {all_e / all_c:.3f}")
