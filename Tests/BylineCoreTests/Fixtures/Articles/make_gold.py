#!/usr/bin/env python3
"""Builds NAME.gold.json (the format of ../shared/gold) from NAME.txt and the hand annotation in NAME.spec.

usage: make_gold.py NAME.spec ...

A spec lists, one a line (# starts a comment):
  person|organization|place|group: Full Name | other name form | ...
  quote: Speaker Name | cue | addressee or -      (one per quotation in “…”, in text order)
  rel: Subject | predicate | Object or - | value or -  [| claimed_by Speaker]
  byline: Name; Name
Every whole-word, case-sensitive occurrence of an entity's name forms becomes a mention, longest form first
(an occurrence inside a longer mention of another entity is not one).
"""
import json, re, sys


def build(spec_path):
    base = spec_path[: -len(".spec")]
    text = open(base + ".txt", encoding="utf-8").read()
    entities, quotes, relations, byline = [], [], [], []
    for raw in open(spec_path, encoding="utf-8"):
        line = raw.split("#", 1)[0].strip()
        if not line:
            continue
        key, _, rest = line.partition(":")
        fields = [f.strip() for f in rest.split("|")]
        if key in ("person", "organization", "place", "group"):
            entities.append({"name": fields[0], "type": key, "forms": fields})
        elif key == "quote":
            quotes.append(fields)
        elif key == "rel":
            relations.append(fields)
        elif key == "byline":
            byline = [n.strip() for n in rest.split(";") if n.strip()]
        else:
            raise SystemExit(f"{spec_path}: unknown line {raw!r}")
    names = {e["name"] for e in entities}
    # mentions: longest forms first, no overlaps
    taken = [False] * len(text)
    forms = sorted(((f, e) for e in entities for f in e["forms"]), key=lambda p: -len(p[0]))
    for e in entities:
        e["mentions"] = []
    for form, e in forms:
        for m in re.finditer(r"(?<![\w])" + re.escape(form) + r"(?![\w])", text):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            e["mentions"].append({"start": m.start(), "end": m.end(), "text": form})
    for e in entities:
        if not e["mentions"]:
            raise SystemExit(f"{spec_path}: no mention of {e['name']}")
        e["mentions"].sort(key=lambda m: m["start"])
        del e["forms"]
    spans = [m for m in re.finditer(r"“[^”]*”", text)]
    if len(spans) != len(quotes):
        raise SystemExit(f"{spec_path}: {len(spans)} quotations in the text, {len(quotes)} quote lines")
    gold_quotes = []
    for m, (speaker, cue, addressee) in zip(spans, quotes):
        if speaker not in names:
            raise SystemExit(f"{spec_path}: unknown speaker {speaker}")
        gold_quotes.append({"start": m.start(), "end": m.end(), "text": m.group(0), "speaker": speaker, "cue": cue,
                            "addressee": None if addressee == "-" else addressee})
    gold_relations = []
    for fields in relations:
        subject, predicate, obj, value = fields[:4]
        for name in (subject, obj):
            if name != "-" and name not in names:
                raise SystemExit(f"{spec_path}: unknown entity {name}")
        record = {"subject": subject, "predicate": predicate, "object": None if obj == "-" else obj,
                  "value": None if value == "-" else value}
        if len(fields) > 4:
            claimant = fields[4].removeprefix("claimed_by").strip()
            if claimant not in names:
                raise SystemExit(f"{spec_path}: unknown claimant {claimant}")
            record["claimed_by"] = claimant
        gold_relations.append(record)
    paragraphs = len([p for p in re.split(r"\n\s*\n", text) if p.strip()])
    gold = {"text_file": base.rsplit("/", 1)[-1] + ".txt", "offsets": "Unicode code points, end exclusive",
            "paragraphs": paragraphs, "byline": byline, "entities": entities, "quotes": gold_quotes,
            "indirect_quotes": [], "relations": gold_relations}
    with open(base + ".gold.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    print(f"{base}: {len(entities)} entities, {sum(len(e['mentions']) for e in entities)} mentions, "
          f"{len(gold_quotes)} quotes, {len(gold_relations)} relations")


if __name__ == "__main__":
    for path in sys.argv[1:]:
        build(path)
