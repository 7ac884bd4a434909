/// The gazetteer's titles arranged for matching in running text, case-insensitively and longest first,
/// with their genders and the rules for when a short title ("the minister") can stand for a longer one
/// ("Foreign Minister").
struct TitleLexicon {
    /// Lowercased titles, abbreviations spelt out ("sen." → "senator").
    private(set) var titles: Set<String> = []
    /// Genders of the lowercased titles that fix one ("spokeswoman", "mrs.").
    private(set) var genders: [String: Gender] = [:]
    /// The most words a title has.
    private(set) var longest = 1
    /// Every title's first one, two, … words joined by spaces: a match stops growing when it leaves them.
    private var prefixes: Set<String> = []
    /// Every title's first word, so that most tokens are ruled out before a phrase is built.
    private(set) var firstWords: Set<String> = []

    /// Abbreviated titles and the word they stand for.
    static let abbreviations: [String: String] = [
        "sen.": "senator", "rep.": "representative", "gen.": "general", "lt.": "lieutenant", "col.": "colonel",
        "maj.": "major", "capt.": "captain", "adm.": "admiral", "cmdr.": "commander", "prof.": "professor",
        "rev.": "reverend", "gov.": "governor", "pres.": "president", "sgt.": "sergeant", "amb.": "ambassador",
    ]
    /// Honorifics: they give a gender but are never used as "the Mr.".
    static let honorifics: Set<String> = ["mr.", "mrs.", "ms.", "miss", "dr.", "mr", "mrs", "ms", "dr", "sir", "dame",
                                          "lord", "lady", "mx.", "madam", "madame"]
    /// Titles too common as plain nouns to refer by ("the leader", "the chief", "the doctor").
    static let tooCommon: Set<String> = ["leader", "chief", "doctor", "father", "sister", "brother", "major", "founder",
                                         "co-founder", "editor", "reporter", "correspondent", "analyst", "economist",
                                         "candidate", "nominee", "lady", "lord"]
    /// Words that make a title a different rank: a "Vice President" is not "the President".
    static let rankWords: Set<String> = ["vice", "deputy", "assistant", "under", "lieutenant", "associate", "acting",
                                         "prime", "co", "former", "junior", "sub", "vice-president", "deputy-director",
                                         "press", "managing", "executive"]
    /// First words that head a title ending in "general" ("Secretary General", "Attorney General").
    static let generalHeads: Set<String> = ["secretary", "attorney", "surgeon", "inspector", "solicitor", "postmaster",
                                            "governor", "secretary-general", "director", "consul"]

    /// A lexicon of no titles.
    init() {}

    init(gazetteer: Gazetteer) {
        for (entry, listed) in gazetteer.entries(in: .title) {
            let words = TitleLexicon.words(entry)
            let key = words.joined(separator: " ")
            titles.insert(key)
            longest = max(longest, words.count)
            for length in 1...words.count { prefixes.insert(words.prefix(length).joined(separator: " ")) }
            if let first = key.split(separator: " ").first { firstWords.insert(String(first)) }
            if let gender = listed, gender != .unknown {
                genders[key] = gender
                genders[entry.lowercased()] = gender
            }
        }
    }

    /// Lowercased words of a title text, abbreviations spelt out.
    static func words(_ text: String) -> [String] {
        let lower = text.lowercased()
        guard lower.utf8.allSatisfy({ $0 < 0x80 }) else {
            return lower.split(separator: " ").map { abbreviations[String($0)] ?? String($0) }
        }
        return lower.utf8.split(separator: UInt8(ascii: " ")).map { bytes in
            let word = String(decoding: bytes, as: UTF8.self)
            return abbreviations[word] ?? word
        }
    }

    /// The longest title that starts at `token`, as its words and the index after it.
    func match(at token: Int, in document: Document) -> (words: [String], end: Int)? {
        var best: (words: [String], end: Int)?
        var words: [String] = []
        var joined = ""
        for next in stride(from: token, to: min(token + longest, document.count), by: 1) {
            let lower = document.lower(next)
            let word = TitleLexicon.abbreviations[lower] ?? lower
            words.append(word)
            joined = words.count == 1 ? word : joined + " " + word
            guard prefixes.contains(joined) else { break }
            if titles.contains(joined) { best = (words, next + 1) }
        }
        return best
    }

    /// The longest title that ends just before `token`, as its words and first index.
    func match(endingBefore token: Int, in document: Document) -> (words: [String], start: Int)? {
        var best: (words: [String], start: Int)?
        for start in stride(from: token - 1, through: max(0, token - longest), by: -1) {
            if let found = match(at: start, in: document), found.end == token { best = (found.words, start) }
        }
        return best
    }

    /// The gender a title gives, if any.
    func gender(_ words: [String]) -> Gender? {
        genders[words.joined(separator: " ")]
    }

    /// The word that says what the holder is: "secretary" in "secretary of state", "minister" in
    /// "foreign minister", "secretary" in "secretary general".
    static func head(_ words: [String]) -> String {
        if let of = words.firstIndex(of: "of"), of > 0 { return words[of - 1] }
        if words.count > 1, words.last == "general", let first = words.first, generalHeads.contains(first) { return first }
        return words.last ?? ""
    }

    /// Whether a title used to refer ("the minister") can mean the holder of an established one
    /// ("Foreign Minister"): the same title, or its head alone or with some of its words when the rest
    /// names no other rank.
    static func refers(_ used: [String], to established: [String]) -> Bool {
        if used == established { return true }
        guard head(used) == head(established), Set(used).isSubset(of: Set(established)) else { return false }
        return Set(established).subtracting(used).isDisjoint(with: rankWords)
    }
}
