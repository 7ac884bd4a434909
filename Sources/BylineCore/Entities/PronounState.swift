/// What pronoun resolution knows while it walks the article: the named antecedents, the pronouns
/// resolved so far, and lookups that keep each pronoun's work near its own window.
///
/// Sentences take up the tokens in order (an `Article` invariant), so sentence numbers never decrease
/// along the text and a window of sentences is a tail of each sorted list.
struct PronounState {
    /// Named antecedents, sorted by range.
    let antecedents: [PronounResolver.Antecedent]
    /// Pronouns resolved so far, in text order.
    private(set) var resolved: [PronounResolver.Antecedent] = []
    /// Positions in `resolved` of the pronouns that can stand for a later he (`male`), she (`female`) or
    /// they (`plural`) outside its window: what they resolved to already qualifies.
    private var male: [Int] = []
    private var female: [Int] = []
    private var plural: [Int] = []
    /// Each referent's kind (fixed once names are grouped).
    let kinds: [EntityKind]
    /// Each referent's name and title mention starts, sorted, and the starts of pronouns resolved to it.
    private let namedStarts: [[Int]]
    private var pronounStarts: [[Int]]
    let blockers: PronounBlockers
    /// Whether each token stands inside quotation marks (`PronounResolver.quotedTokens`).
    let quoted: [Bool]
    /// `narrativeSentences[s]` is how many sentences before `s` have a word outside quotation marks.
    private let narrativeSentences: [Int]

    init(referents: [Referent], antecedents: [PronounResolver.Antecedent], document: Document) {
        self.antecedents = antecedents
        kinds = referents.map(\.kind)
        namedStarts = referents.map { $0.mentions.map(\.range.start).sorted() }
        pronounStarts = Array(repeating: [], count: referents.count)
        quoted = PronounResolver.quotedTokens(document)
        blockers = PronounBlockers(document: document, quoted: quoted)
        var narrative = [Bool](repeating: false, count: document.article.sentences.count)
        for token in 0..<document.count where !quoted[token] && (document.kind(token) == .word || document.kind(token) == .number) {
            let sentence = document.sentenceIndex(of: token)
            if narrative.indices.contains(sentence) { narrative[sentence] = true }
        }
        var counts = [0]
        counts.reserveCapacity(narrative.count + 1)
        for isNarrative in narrative { counts.append((counts.last ?? 0) + (isNarrative ? 1 : 0)) }
        narrativeSentences = counts
    }

    /// The first sentence of a window of `size` sentences before `sentence`, where sentences wholly inside
    /// quotation marks do not count: after a quotation of several sentences ("“… . … ,” she said") the
    /// window still reaches the narrative before it.
    func windowStart(_ size: Int, before sentence: Int) -> Int {
        let plain = sentence - size
        guard narrativeSentences.indices.contains(sentence) else { return plain }
        let wanted = narrativeSentences[sentence] - size
        guard wanted >= 0 else { return min(plain, 0) }
        return min(plain, PronounState.firstIndex(in: narrativeSentences) { $0 > wanted } - 1)
    }

    /// Whether a mention starts inside quotation marks: a pronoun of the narrative never refers to a name
    /// quoted in its own sentence ("“The mayor backs him,” he said": "he" is not the mayor).
    func isQuoted(_ range: TextRange, document: Document) -> Bool {
        let token = document.firstToken(atOrAfter: range.start)
        return quoted.indices.contains(token) && quoted[token]
    }

    /// How far back, in characters, a pronoun looks for antecedents however long its sentences are: in a
    /// run-on "sentence" (a whole text without full stops) every earlier name would otherwise be in the
    /// window of every pronoun, and linking would grow with the square of the text. Real sentence windows
    /// are far shorter.
    static let maximumReach = 3000

    /// The antecedents a pronoun at `range` sees within its window (sentences from `firstSentence` on, at
    /// most `maximumReach` characters back): named mentions ending before it and resolved pronouns, sorted
    /// by range.
    func window(before range: TextRange, from firstSentence: Int) -> [PronounResolver.Antecedent] {
        let reach = range.start - PronounState.maximumReach
        var named: [PronounResolver.Antecedent] = []
        var position = PronounState.firstIndex(in: antecedents) { $0.range.start > range.start } - 1
        while position >= 0, antecedents[position].sentence >= firstSentence, antecedents[position].range.start >= reach {
            if antecedents[position].range.end <= range.start { named.append(antecedents[position]) }
            position -= 1
        }
        var pronouns: [PronounResolver.Antecedent] = []
        position = resolved.count - 1
        while position >= 0, resolved[position].sentence >= firstSentence, resolved[position].range.start >= reach {
            pronouns.append(resolved[position])
            position -= 1
        }
        return (named.reversed() + pronouns.reversed()).sorted { $0.range < $1.range }
    }

    /// The resolved pronouns before `firstSentence` that qualify for `pronoun`, all in the latest sentence
    /// that has any, in text order.
    func latestBefore(_ firstSentence: Int, for pronoun: Pronoun) -> [PronounResolver.Antecedent] {
        let list = pronoun.isPlural ? plural : pronoun.gender == .female ? female : male
        var position = list.count - 1
        while position >= 0, resolved[list[position]].sentence >= firstSentence { position -= 1 }
        guard position >= 0 else { return [] }
        let sentence = resolved[list[position]].sentence
        var found: [PronounResolver.Antecedent] = []
        while position >= 0, resolved[list[position]].sentence == sentence {
            found.append(resolved[list[position]])
            position -= 1
        }
        return found.reversed()
    }

    /// How many mentions the referent has before `offset` so far.
    func mentionCount(of referent: Int, before offset: Int) -> Int {
        PronounState.firstIndex(in: namedStarts[referent]) { $0 >= offset }
            + PronounState.firstIndex(in: pronounStarts[referent]) { $0 >= offset }
    }

    /// Records a resolved pronoun; `referents` already holds its mention and any gender it fixed.
    mutating func record(_ antecedent: PronounResolver.Antecedent, pronoun: Pronoun, referents: [Referent], document: Document) {
        let firstInSentence = resolved.last.map { $0.sentence != antecedent.sentence } ?? true
        resolved.append(antecedent)
        pronounStarts[antecedent.referent].append(antecedent.range.start)
        let position = resolved.count - 1
        if !pronoun.isPlural {
            switch referents[antecedent.referent].gender {
            case .male: male.append(position)
            case .female: female.append(position)
            case .unknown: break
            }
        } else if firstInSentence, !antecedent.afterPreposition,
                  kinds[antecedent.referent] != .group || document.article.string(antecedent.range).hasSuffix("s") {
            plural.append(position)
        }
    }

    /// The first position whose element satisfies `predicate`, which must hold for a suffix of the list.
    static func firstIndex<Element>(in list: [Element], where predicate: (Element) -> Bool) -> Int {
        var low = 0
        var high = list.count
        while low < high {
            let middle = (low + high) / 2
            if predicate(list[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
