import BylineCore

/// Rewrites a treebank sentence in Byline's tokenization, so that the tagger and parser learn the tokens
/// `Article.parse` gives them.
///
/// The sentence's text is rebuilt from its surface tokens (multiword tokens by their surface form) and
/// their `SpaceAfter=No` marks, and cut by `Tokenizer`. Treebank words and Byline tokens are then matched
/// by their spans:
/// - one word, one token: kept;
/// - several words in one token (a hyphenated "30 - year - old", "3.5 %", "cannot" as "can" "not"): merged
///   into one token that takes the tag, relation and head of the word whose head lies outside the group;
///   dependents of any word of the group depend on the merged token;
/// - one word in several tokens: the first takes the word's part, the others depend on it as `goeswith`
///   with tag X, as UD writes a word split in pieces;
/// - as many words as tokens inside one surface token ("do" "n't" in "don't"): matched in order.
/// Anything else (groups crossing in other ways, or a merge that would make a cycle) gives nil.
public enum Retokenizer {
    /// The sentence in Byline's tokens; nil when it cannot be mapped.
    public static func bylineTokens(_ sentence: CoNLLUSentence) -> TreebankSentence? {
        guard let gold = TreebankSentence(sentence), !sentence.words.isEmpty else { return nil }
        // Surface tokens with the word range each covers.
        var text: [Unicode.Scalar] = []
        var wordSpans = [Range<Int>](repeating: 0..<0, count: sentence.words.count)
        var multiword = sentence.multiwordTokens[...]
        var index = 0
        while index < sentence.words.count {
            let surface: String, misc: String, words: Range<Int>
            if let token = multiword.first, token.first == index + 1, token.last <= sentence.words.count {
                surface = token.form
                misc = token.misc
                words = index..<token.last
                multiword = multiword.dropFirst()
            } else {
                surface = sentence.words[index].form
                misc = sentence.words[index].misc
                words = index..<index + 1
            }
            let start = text.count
            text.append(contentsOf: surface.unicodeScalars)
            for word in words { wordSpans[word] = start..<text.count }
            if !CoNLLU.hasNoSpaceAfter(misc) { text.append(" ") }
            index = words.upperBound
        }
        let tokens = Tokenizer.tokenize(text)
        guard !tokens.isEmpty else { return nil }
        // The tokens overlapping each word: a contiguous range.
        var tokenRanges: [Range<Int>] = []
        var first = 0
        for span in wordSpans {
            while first < tokens.count, tokens[first].range.end <= span.lowerBound { first += 1 }
            var last = first
            while last < tokens.count, tokens[last].range.start < span.upperBound { last += 1 }
            guard last > first else { return nil }
            tokenRanges.append(first..<last)
        }
        // Groups of words whose token ranges overlap, with their tokens.
        var groups: [(words: Range<Int>, tokens: Range<Int>)] = []
        for (word, range) in tokenRanges.enumerated() {
            if let last = groups.last, last.tokens.overlaps(range) {
                groups[groups.count - 1] = (last.words.lowerBound..<word + 1, last.tokens.lowerBound..<max(last.tokens.upperBound, range.upperBound))
            } else {
                groups.append((word..<word + 1, range))
            }
        }
        guard groups.last?.tokens.upperBound == tokens.count, groups.first?.tokens.lowerBound == 0 else { return nil }
        return rebuild(gold, groups: groups, tokenTexts: tokens.map { String(String.UnicodeScalarView(text[$0.range.start..<$0.range.end])) })
    }

    private static func rebuild(_ gold: TreebankSentence, groups: [(words: Range<Int>, tokens: Range<Int>)],
                                tokenTexts: [String]) -> TreebankSentence? {
        // The new token of each old word, and the old word each new token takes its part from (nil: a goeswith piece).
        var tokenOf = [Int](repeating: -1, count: gold.words.count)
        var source = [Int?](repeating: nil, count: tokenTexts.count)
        var pieceOf = [Int](repeating: -1, count: tokenTexts.count)
        for group in groups {
            if group.words.count == group.tokens.count {
                for (word, token) in zip(group.words, group.tokens) {
                    tokenOf[word] = token
                    source[token] = word
                }
            } else if group.tokens.count == 1 {
                let outside = group.words.filter { !group.words.contains(gold.heads[$0]) }
                guard let representative = outside.first else { return nil }
                for word in group.words { tokenOf[word] = group.tokens.lowerBound }
                source[group.tokens.lowerBound] = representative
            } else if group.words.count == 1 {
                let word = group.words.lowerBound
                tokenOf[word] = group.tokens.lowerBound
                source[group.tokens.lowerBound] = word
                for token in group.tokens.dropFirst() { pieceOf[token] = group.tokens.lowerBound }
            } else {
                return nil
            }
        }
        var result = TreebankSentence(words: tokenTexts, upos: [], heads: [], deprels: [])
        for token in tokenTexts.indices {
            if let word = source[token] {
                result.upos.append(gold.upos[word])
                result.heads.append(gold.heads[word] < 0 ? -1 : tokenOf[gold.heads[word]])
                result.deprels.append(gold.deprels[word])
            } else {
                guard pieceOf[token] >= 0 else { return nil }
                result.upos.append("X")
                result.heads.append(pieceOf[token])
                result.deprels.append("goeswith")
            }
        }
        return result.isTree ? result : nil
    }
}
