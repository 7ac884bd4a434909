#!/usr/bin/env python3
"""Scores the relations of a set of analyses against this folder's gold files with the project's scorer.

usage: score_set.py SCORE_PY ANALYSIS_DIR PREFIX [--verbose] [--calibration]

For every PREFIX*.gold.json here, reads ANALYSIS_DIR/<name>.json (byline.analysis/1). "found" is
score.py's count of gold relations found; a predicted relation is correct when score.py, given it alone,
finds a gold relation with it (the same matching read the other way). Prints one line per article and a
total line: relations found F/G = R, precision C/P = Q. Before it, the half's entity mentions (span and type;
the mean of the articles' F1) and direct quotes (found and speaker right, of gold). With --calibration, also prints the share of predictions
correct by confidence band ([c, c+0.1)) and by kind of relation (predicate, with or without an object), the figures
RelationConfidence is set from.
"""
import glob, importlib.util, json, os, sys


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    if len(args) != 3:
        print(__doc__, file=sys.stderr)
        return 2
    spec = importlib.util.spec_from_file_location("score", args[0])
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    here = os.path.dirname(os.path.abspath(__file__))
    totals = [0, 0, 0, 0]
    entity_f1s, quote_totals = [], [0, 0, 0]  # quotes: gold, found, speaker right
    judged = []  # (confidence, kind, correct)
    for gold_path in sorted(glob.glob(os.path.join(here, args[2] + "*.gold.json"))):
        name = os.path.basename(gold_path)[: -len(".gold.json")]
        gold = score.load(gold_path)
        pred = score.load(os.path.join(args[1], name + ".json"))
        scored = score.score(gold, pred)
        found = scored["relations"]["found"]
        entity_f1s.append(scored["entity_mentions"]["f1"])
        quotes = scored["quotes"]
        for i, v in enumerate((quotes["gold"], round(quotes["recall"] * quotes["gold"]), quotes["speaker_right"])):
            quote_totals[i] += v
        names = {e["id"]: e["name"] for e in pred.get("entities", [])}
        correct = 0
        for relation in pred.get("relations", []):
            alone = dict(pred, relations=[relation])
            ok = score.score(gold, alone)["relations"]["found"] > 0
            correct += ok
            kind = relation["predicate"] + (" with object" if relation.get("object") else "")
            judged.append((relation.get("confidence", 0.0), kind, ok))
            if not ok and "--verbose" in argv:
                print(f"  wrong: {names.get(relation['subject'])} {relation['predicate']} "
                      f"{names.get(relation.get('object')) or relation.get('value')}"
                      + (f" (claimed by {names.get(relation.get('claimed_by'))})" if relation.get("claimed_by") else ""))
        if "--verbose" in argv:
            for miss in score.score(gold, pred)["relations"]["misses"]:
                print(f"  missed: {miss}")
        n_gold, n_pred = len(gold["relations"]), len(pred.get("relations", []))
        print(f"{name}: found {found}/{n_gold}, precision {correct}/{n_pred}")
        for i, v in enumerate((found, n_gold, correct, n_pred)):
            totals[i] += v
    if "--calibration" in argv:
        print_calibration(judged)
    if entity_f1s:
        print(f"entity mentions F1 (mean of {len(entity_f1s)} articles) = {sum(entity_f1s) / len(entity_f1s):.3f}")
    qg, qf, qs = quote_totals
    print(f"quotes found {qf}/{qg} = {qf / qg if qg else 0:.3f}, speaker right {qs}/{qg} = {qs / qg if qg else 0:.3f}")
    f, g, c, p = totals
    print(f"relations found {f}/{g} = {f / g if g else 0:.3f}, precision {c}/{p} = {c / p if p else 0:.3f}")
    return 0


def print_calibration(judged):
    print("confidence band | predicted | correct | share")
    for band in range(10):
        low = band / 10
        inside = [ok for conf, _, ok in judged if low <= conf < low + 0.1 or band == 9 and conf == 1.0]
        if inside:
            print(f"[{low:.1f}, {low + 0.1:.1f}) | {len(inside)} | {sum(inside)} | {sum(inside) / len(inside):.3f}")
    print("kind | predicted | correct | (correct + 1) / (predicted + 2)")
    for kind in sorted({k for _, k, _ in judged}):
        inside = [ok for _, k, ok in judged if k == kind]
        print(f"{kind} | {len(inside)} | {sum(inside)} | {(sum(inside) + 1) / (len(inside) + 2):.2f}")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
