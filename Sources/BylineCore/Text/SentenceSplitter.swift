/// Splits the tokens of each paragraph into sentences. Sentences never cross paragraphs.
///
/// A sentence can end after . ! ? … (and 。！？), after an abbreviation or an initial, together with the
/// terminal punctuation, closing quotation marks and closing brackets right after it. Whether it does
/// depends on what follows, after whitespace and any opening quotation marks or brackets:
/// - after . ! ? …: anything but a lower-case word or punctuation (`“Why?” he asked` stays whole);
/// - after an abbreviation ("U.S.", "etc.") or an initial: only a capitalized word that clearly starts a
///   sentence ("The", "He", "But"; see `sentenceStarters`), or an opening quotation before a capital;
/// - after a title ("Mr.", "Gen."): never;
/// - after 。！？: always, with or without a space.
/// A comma before a closing quotation mark never ends a sentence (`“Fine,” he said.`), and neither does the
/// period of a list marker that starts one ("1. First", "b. Second").
public enum SentenceSplitter {
    /// The sentences of `paragraphs`, in order. `tokens` are the text's tokens in order; tokens outside
    /// every paragraph are left out.
    public static func sentences(in scalars: [Unicode.Scalar], tokens: [Token], paragraphs: [TextRange]) -> [Sentence] {
        var sentences: [Sentence] = []
        sentences.reserveCapacity(tokens.count / 16)
        var next = 0
        for paragraph in paragraphs {
            while next < tokens.count, tokens[next].range.start < paragraph.start { next += 1 }
            let first = next
            while next < tokens.count, tokens[next].range.end <= paragraph.end { next += 1 }
            let reader = SentenceBoundaries(scalars: scalars, tokens: tokens, limit: next)
            var sentenceStart = first
            var index = first
            while index < next {
                if let last = reader.sentenceEnd(at: index, start: sentenceStart) {
                    sentences.append(sentence(tokens, sentenceStart...last))
                    sentenceStart = last + 1
                    index = last + 1
                } else {
                    index += 1
                }
            }
            if sentenceStart < next {
                sentences.append(sentence(tokens, sentenceStart...(next - 1)))
            }
        }
        return sentences
    }

    private static func sentence(_ tokens: [Token], _ indices: ClosedRange<Int>) -> Sentence {
        Sentence(
            range: TextRange(start: tokens[indices.lowerBound].range.start, end: tokens[indices.upperBound].range.end),
            tokens: indices.lowerBound..<(indices.upperBound + 1))
    }
}
