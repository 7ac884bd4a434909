import BylineCore
import Foundation

extension AttributionScorer {
    /// Tallies direct quotations by raw confidence and whether the speaker is an entity: among the
    /// quotations matched to a gold stretch, how many and how many with the right speaker. It imports the
    /// scorer's own module, so matching and "speaker right" are exactly the judged rule (the calibration
    /// table's, `calibrationProgram`). Writes `raw TAB named TAB count TAB right` lines to its last argument.
    static let tallyProgram = """
        import json, os, sys, collections
        script, corpus, preds, ids_file, out = sys.argv[1:6]
        sys.path.insert(0, os.path.dirname(os.path.abspath(script)))
        import score_attributions as S
        ids = {l.strip() for l in open(ids_file) if l.strip()}
        tally = collections.Counter()
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
                    q = pq[k][1]
                    if q.get("kind") != "direct" or not (q.get("speaker") or q.get("speaker_mention")): continue
                    key = (round(q.get("confidence", 0), 2), int(q.get("speaker") is not None))
                    tally[key + (0,)] += 1; tally[key + (1,)] += S.speaker_right(q, gs, ents)
        with open(out, "w") as f:
            for (raw, named, part), n in sorted(tally.items()):
                if part == 0: f.write(f"{raw:.2f}\\t{named}\\t{n}\\t{tally[(raw, named, 1)]}\\n")
        """

    /// The tallies of attributed direct quotations in the predictions (which must carry raw confidences:
    /// analyzed with `QuoteConfidence.raw`), by raw confidence and whether the speaker is an entity.
    public func confidenceTallies(corpus: URL, predictions: URL, ids: URL) throws -> [QuoteConfidence.Tally] {
        let out = predictions.appendingPathComponent("confidence-tallies.tsv")
        let status = try runPython(["-c", Self.tallyProgram, script.path, corpus.path, predictions.path, ids.path, out.path])
        guard status == 0 else { throw Failure(description: "the confidence tally exited with status \(status)") }
        return try String(contentsOf: out, encoding: .utf8).split(separator: "\n").map { line in
            let fields = line.split(separator: "\t")
            guard fields.count == 4, let raw = Double(fields[0]), let named = Int(fields[1]), let count = Int(fields[2]),
                  let right = Int(fields[3]) else { throw Failure(description: "the confidence tally wrote \(line)") }
            return QuoteConfidence.Tally(raw: raw, named: named == 1, count: count, right: right)
        }
    }
}
