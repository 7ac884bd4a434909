/// Authorship: a "By X and Y" line at the top, or closing lines such as "X is a reporter for Y" and
/// "X contributed reporting".
extension RelationExtractor {
    /// Head words of the roles a closing line gives its authors.
    static let pressRoles: Set<String> = ["editor", "reporter", "correspondent", "writer", "columnist", "contributor",
                                          "producer", "journalist", "photographer", "chief", "editors", "reporters",
                                          "correspondents", "writers"]

    /// Person mentions of the article's byline block ("By …").
    func headingAuthors(in sentences: some Sequence<RelationSentence>) -> [RelationCandidate] {
        guard let byline = document.article.blocks.first(where: { $0.kind == .byline }),
              let line = sentences.prefix(while: { $0.range.start < byline.range.end })
                  .first(where: { byline.range.contains($0.range) && $0.word(0) == "by" }) else { return [] }
        return line.spans.filter { $0.kind == .person }.map { author($0.entity, line, at: 0) }
    }

    /// "X is a reporter for Y", "X (@handle) is managing editor of Y", "X contributed reporting",
    /// "Reporting by X; Editing by Y" (the reporters only).
    func closingAuthors(in sentence: RelationSentence) -> [RelationCandidate] {
        var credited: [RelationCandidate] = []
        for index in 0..<sentence.count where sentence.word(index) == "by"
            && ["reporting", "writing", "written"].contains(sentence.word(index - 1)) {
            let names = (index + 1..<sentence.count).prefix { ![";", "editing"].contains(sentence.word($0)) }
            credited += sentence.spans.filter { $0.kind == .person && names.contains($0.tokens.lowerBound) }
                .map { author($0.entity, sentence, at: index) }
        }
        return credited + sentence.spans.compactMap { span in
            guard span.kind == .person, span.form == .name else { return nil }
            var index = span.tokens.upperBound
            if sentence.word(index) == "(", let close = (index..<sentence.count).first(where: { sentence.word($0) == ")" }) {
                index = close + 1
            }
            if sentence.word(index) == "contributed" { return author(span.entity, sentence, at: index) }
            guard let start = afterCopula(in: sentence, from: span.tokens.upperBound) else { return nil }
            let role = Range(window: start, upTo: min(sentence.count, start + 5)).prefix { sentence.owner($0) == nil && !sentence.isBoundary($0) }
            guard role.contains(where: { RelationExtractor.pressRoles.contains(sentence.word($0)) }),
                  !role.contains(where: { RelationExtractor.hedges.contains(sentence.word($0)) }) else { return nil }
            return author(span.entity, sentence, at: start)
        }
    }

    private func author(_ subject: String, _ sentence: RelationSentence, at index: Int) -> RelationCandidate {
        RelationCandidate(subject: subject, predicate: .author, object: nil, value: nil, evidence: sentence.range,
                          cue: sentence.start(index))
    }
}
