import BylineCore

/// Takes titles off the front of person spans ("President Ann Lee" → "Ann Lee", "Foreign Minister Bo
/// Kim" → "Bo Kim", "Mr. Lee" → "Lee"), since Byline's name mentions are the proper name alone while
/// the GMB puts titles inside person spans.
///
/// The title words are a short general list of English titles, ranks and office words; learning them
/// from the corpora was tried and caught given names that are also common words ("Mark", "Bill").
public struct TitleTrimmer: Sendable {
    /// Lower-cased words that make up titles before a name.
    public static let titleWords: Set<String> = [
        "president", "vice", "prime", "minister", "secretary", "secretary-general", "general", "gen.", "senator", "sen.",
        "representative", "rep.", "congressman", "congresswoman", "governor", "gov.", "mayor", "king", "queen", "prince",
        "princess", "pope", "cardinal", "bishop", "archbishop", "rabbi", "imam", "cleric", "sheikh", "ayatollah", "chancellor",
        "chairman", "chairwoman", "chair", "chief", "judge", "justice", "ambassador", "envoy", "commander", "colonel", "col.",
        "lieutenant", "lt.", "captain", "capt.", "sergeant", "sgt.", "major", "maj.", "admiral", "adm.", "mr.", "mrs.", "ms.",
        "mr", "mrs", "ms", "dr.", "dr", "prof.", "professor", "sir", "lord", "lady", "dame", "deputy", "foreign", "defense",
        "defence", "interior", "finance", "justice", "health", "state", "former", "acting", "president-elect", "spokesman",
        "spokeswoman", "leader", "director", "emir", "sultan", "crown", "premier", "speaker", "attorney", "first", "saint",
        "st.", "father", "reverend", "rev.", "sister", "brother", "opposition", "rebel", "militant", "senior", "top", "u.n.",
        "u.s.", "un", "us", "nato", "eu", "british", "american", "french", "german", "russian", "chinese", "israeli",
        "palestinian", "iraqi", "iranian", "afghan", "pakistani", "indian", "japanese", "executive", "ceo", "coach", "manager",
    ]

    public init() {}

    /// Whether a token, capitalized, reads as part of a title.
    public func isTitle(_ token: String) -> Bool {
        guard let first = token.first, first.isUppercase else { return false }
        return Self.titleWords.contains(token.lowercased())
    }

    /// The sentence with leading title words (and an "of" inside a title: "Secretary of State") taken off
    /// its person spans; a span made only of such words is left as it is.
    public func trim(_ sentence: AnnotatedSentence) -> AnnotatedSentence {
        var trimmed = sentence
        trimmed.mentions = sentence.mentions.map { span in
            guard span.kind == .person else { return span }
            var start = span.range.lowerBound
            while start < span.range.upperBound - 1,
                  isTitle(sentence.tokens[start]) || (start > span.range.lowerBound && sentence.tokens[start] == "of") {
                start += 1
            }
            if start == span.range.upperBound - 1, isTitle(sentence.tokens[start]) { return span }
            return AnnotatedSpan(range: start..<span.range.upperBound, kind: .person)
        }
        return trimmed
    }

    /// Every sentence of the corpus trimmed.
    public func trim(_ corpus: Corpus) -> Corpus {
        var copy = corpus
        copy.sentences = corpus.sentences.map(trim)
        return copy
    }
}
