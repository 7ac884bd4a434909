import Foundation

extension AttributionScorer {
    /// A table of how well `confidence` predicts a right speaker: for each band [c, c+0.1), the direct gold
    /// stretches whose matched quote has a confidence in it, and the share of them with the right speaker.
    /// It imports the scorer's own module, so matching and "speaker right" are exactly the judged rule.
    static let calibrationProgram = """
        import json, os, sys
        script, corpus, preds, ids_file = sys.argv[1:5]
        sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
        import score_attributions as S
        ids = {l.strip() for l in open(ids_file) if l.strip()}
        bands = [[0, 0] for _ in range(10)]
        for line in open(corpus, encoding="utf-8"):
            art = json.loads(line)
            path = os.path.join(preds, art["id"] + ".json")
            if art["id"] not in ids or not os.path.exists(path): continue
            text, a = art["text"], json.load(open(path, encoding="utf-8"))
            ents = {e.get("id"): e for e in a.get("entities", [])}
            pq = list(enumerate(a.get("quotes", [])))
            used, seen = set(), set()
            for at in art["attributions"]:
                if at["speaker_start"] is None or at["kind"] == "indirect": continue
                gs = (at["speaker_start"], at["speaker_end"])
                for st in S.stretches(text, at["start"], at["end"]):
                    if st in seen: continue
                    seen.add(st)
                    k = S.match(st, pq, used)
                    if k is None: continue
                    used.add(k)
                    band = bands[min(9, int(pq[k][1].get("confidence", 0) * 10 + 1e-9))]
                    band[0] += 1; band[1] += S.speaker_right(pq[k][1], gs, ents)
        print("confidence | quotes | speaker right")
        print("---|---|---")
        for i, (n, r) in enumerate(bands):
            if n: print(f"[{i / 10:.1f}, {(i + 1) / 10:.1f}) | {n} | {r / n:.3f}")
        """

    /// Prints the calibration table of the predictions (direct quotations matched to gold stretches, by
    /// confidence band). Returns python's exit code.
    public func calibration(corpus: URL, predictions: URL, ids: URL) throws -> Int32 {
        try runPython(["-c", Self.calibrationProgram, script.path, corpus.path, predictions.path, ids.path])
    }
}
