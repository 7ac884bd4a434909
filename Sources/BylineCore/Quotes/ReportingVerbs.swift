/// The verbs that introduce speech ("said", "told", "adding"), by written form.
///
/// Built from lemmas with English inflection rules and a few irregular forms. Noisy verbs (believe,
/// think, call, ...) count only next to a quotation or before a that-clause; `isNoisy` tells them.
package enum ReportingVerbs {
    /// The grammatical form of a cue word.
    enum Form: Hashable {
        /// "says", "said", "told": can take a subject.
        case finite
        /// "adding", "saying": the subject is the clause's.
        case participle
        /// The bare lemma ("say"), after an auxiliary ("will say", "did say").
        case base
    }

    /// One reporting verb as written.
    struct Entry: Hashable {
        var lemma: String
        var form: Form
    }

    static let strongLemmas: [String] = [
        "accept", "acknowledge", "add", "admit", "advise", "agree", "allege", "announce", "answer", "argue", "ask",
        "assert", "assure", "blame", "charge", "cite", "claim", "clarify", "comment", "complain", "concede", "conclude",
        "confirm", "contend", "criticize", "criticise", "cry", "declare", "demand", "denounce", "deny", "disclose",
        "dispute", "emphasize", "emphasise", "estimate", "explain", "insist", "maintain", "mention", "note", "observe",
        "predict", "proclaim", "promise", "propose", "recall", "recommend", "remark", "reply", "report", "respond",
        "say", "state", "stress", "suggest", "tell", "testify", "tweet", "urge", "warn", "write", "react", "refer",
        "describe", "decline", "exclaim", "joke", "quip", "wonder", "whisper", "shout", "post", "retort", "counter", "assess",
    ]

    static let noisyLemmas: [String] = ["believe", "think", "hope", "fear", "find", "call", "offer", "present", "release",
                                        "decide", "continue"]

    /// Irregular forms: written form to lemma and form.
    static let irregular: [String: Entry] = [
        "said": Entry(lemma: "say", form: .finite), "says": Entry(lemma: "say", form: .finite),
        "told": Entry(lemma: "tell", form: .finite), "wrote": Entry(lemma: "write", form: .finite),
        "written": Entry(lemma: "write", form: .finite), "writing": Entry(lemma: "write", form: .participle),
        "thought": Entry(lemma: "think", form: .finite), "found": Entry(lemma: "find", form: .finite),
        "admitted": Entry(lemma: "admit", form: .finite), "admitting": Entry(lemma: "admit", form: .participle),
        "referred": Entry(lemma: "refer", form: .finite), "referring": Entry(lemma: "refer", form: .participle),
        "quipped": Entry(lemma: "quip", form: .finite), "quipping": Entry(lemma: "quip", form: .participle),
    ]

    /// Every form of every lemma.
    static let table: [String: Entry] = {
        var table: [String: Entry] = [:]
        for lemma in strongLemmas + noisyLemmas {
            table[lemma] = Entry(lemma: lemma, form: .base)
            for (form, kind) in inflections(lemma) where table[form] == nil {
                table[form] = Entry(lemma: lemma, form: kind)
            }
        }
        for (form, entry) in irregular { table[form] = entry }
        return table
    }()

    static let noisy: Set<String> = Set(noisyLemmas)

    /// Every written form, sorted (for generators that need cue words without a list of their own).
    package static var writtenForms: [String] { table.keys.sorted() }

    /// The reporting verb a word is, if any.
    static func entry(_ word: String) -> Entry? {
        table[word.lowercased()]
    }

    /// Whether a lemma counts only next to a quotation or before a that-clause.
    static func isNoisy(_ lemma: String) -> Bool {
        noisy.contains(lemma)
    }

    /// The regular inflected forms of a lemma: third person, past, -ing.
    static func inflections(_ lemma: String) -> [(String, Form)] {
        let vowels: Set<Character> = ["a", "e", "i", "o", "u"]
        var third = lemma + "s"
        var past = lemma + "ed"
        var ing = lemma + "ing"
        if lemma.hasSuffix("e") {
            past = lemma + "d"
            ing = String(lemma.dropLast()) + "ing"
        } else if lemma.hasSuffix("y"), let before = lemma.dropLast().last, !vowels.contains(before) {
            third = String(lemma.dropLast()) + "ies"
            past = String(lemma.dropLast()) + "ied"
        } else if ["ch", "sh", "s", "x", "z"].contains(where: { lemma.hasSuffix($0) }) {
            third = lemma + "es"
        }
        return [(third, .finite), (past, .finite), (ing, .participle)]
    }
}
