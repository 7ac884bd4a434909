import Foundation

/// The attribution cue inventory learned from annotated news (`Resources/Lexicons/cues.txt`, written by
/// `byline-train cues`): the written forms that introduce attributed speech, writing or thought, single
/// words ("praised", "vowed") and short phrases ("called for", "pointed out").
struct LearnedCues: Sendable {
    /// The single-word forms, lower-cased.
    let words: Set<String>
    /// The phrases by their first word, each as its words, lower-cased.
    let phrases: [String: [[String]]]

    /// The bundled inventory; empty when the resource is missing (reported speech then reads the
    /// hand-written reporting verbs only).
    static let bundled: LearnedCues = {
        guard let url = Bundle.module.url(forResource: "cues", withExtension: "txt", subdirectory: "Lexicons"),
              let text = try? String(contentsOf: url, encoding: .utf8) else { return LearnedCues(lines: []) }
        return LearnedCues(lines: text.split(separator: "\n").map(String.init))
    }()

    /// The inventory from the lines of a cue file: `lemma TAB count TAB share TAB form TAB form …`, lines
    /// starting with "#" skipped.
    init(lines: [String]) {
        var words: Set<String> = []
        var phrases: [String: [[String]]] = [:]
        for line in lines where !line.hasPrefix("#") {
            for form in line.split(separator: "\t").dropFirst(3) {
                let parts = form.lowercased().split(separator: " ").map(String.init)
                guard let first = parts.first else { continue }
                if parts.count == 1 { words.insert(first) } else { phrases[first, default: []].append(parts) }
            }
        }
        self.words = words
        self.phrases = phrases
    }

    /// Whether the token starts a learned cue: a learned word, or the first word of a learned phrase whose
    /// other words follow it.
    func startsCue(at token: Int, in document: Document) -> Bool {
        let word = document.lower(token)
        if words.contains(word) { return true }
        return phrases[word]?.contains { phrase in
            phrase.indices.allSatisfy { document.lower(token + $0) == phrase[$0] }
        } ?? false
    }
}
