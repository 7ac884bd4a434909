/// Finds typed relations between the article's entities (titles, employers, meetings, support, accusations,
/// authorship, …), each with the sentence that states it. Rules read tokens and entity mentions (names,
/// titles and pronouns, so coreference carries over); negated or hedged statements give nothing, and a
/// relation stated inside a quotation is recorded as its speaker's claim.
public struct RelationExtractor {
    let document: Document
    let gazetteer: Gazetteer
    /// Entity ids by their lower-cased name and name-mention texts, for places a demonym or title points to.
    let entityByName: [String: String]
    /// The article's entities by id.
    let entityByID: [String: Entity]
    /// The gazetteer's titles, lower-cased.
    let titles: TitleLexicon
    /// The organizations an unnamed owner ("its", "the company’s") may stand for.
    let owners: OwnerAntecedents
    /// Entities read as another kind than their type (`RelationKinds`).
    let kindOverrides: [String: EntityKind]

    /// The relations of an article, in text order, with ids "R1", "R2", ….
    public static func relations(in document: Document, gazetteer: Gazetteer) -> [Relation] {
        RelationExtractor(document: document, gazetteer: gazetteer).extract()
    }

    /// The names of the article's authors, from the `author` relations, in the order they appear.
    public static func byline(_ relations: [Relation], entities: [Entity]) -> [String] {
        let names = Dictionary(entities.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        var seen: Set<String> = []
        return relations.filter { $0.predicate == .author && seen.insert($0.subject).inserted }.compactMap { names[$0.subject] }
    }

    init(document: Document, gazetteer: Gazetteer) {
        self.document = document
        self.gazetteer = gazetteer
        var byName: [String: String] = [:]
        for entity in document.entities where RelationSentence.relatable.contains(entity.kind) {
            byName[entity.name.lowercased()] = byName[entity.name.lowercased()] ?? entity.id
            for mention in entity.mentions where mention.form == .name {
                let text = document.article.string(mention.range).lowercased()
                byName[text] = byName[text] ?? entity.id
            }
        }
        self.entityByName = byName
        self.entityByID = Dictionary(document.entities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.titles = gazetteer.titleLexicon
        self.owners = OwnerAntecedents(document.entities) { RelationExtractor.isNamedLikeOrganization($0.name, gazetteer) }
        self.kindOverrides = RelationKinds.overrides(document.entities, gazetteer: gazetteer)
    }

    func extract() -> [Relation] {
        let sentences = sentenceViews()
        let blocks = document.article.blocks
        let closing = blocks.count > 1 ? blocks.last(where: \.isProse)?.range : nil
        var candidates: [RelationCandidate] = []
        for sentence in sentences {
            candidates += prefixTitles(in: sentence)
            // A question states nothing but titles.
            guard sentence.word(sentence.count - 1) != "?" else { continue }
            candidates += appositiveTitles(in: sentence)
            candidates += copulaTitles(in: sentence)
            candidates += meetings(in: sentence)
            candidates += stances(in: sentence)
            candidates += links(in: sentence)
            candidates += affiliations(in: sentence)
            candidates += verbRelations(in: sentence)
            candidates += leadingRoles(in: sentence)
            candidates += partyMemberships(in: sentence)
            candidates += placements(in: sentence)
            if closing?.contains(sentence.range) ?? false {
                candidates += closingAuthors(in: sentence)
            }
        }
        candidates += headingAuthors(in: sentences)
        candidates += titleReferences(in: sentences, known: candidates)
        candidates += toldRelations()
        return numbered(merged(candidates))
    }

    /// Every sentence with the mentions inside it, each made as it is read: all of them at once would
    /// hold more memory than the text itself when the sentences are short.
    func sentenceViews() -> LazyMapSequence<Range<Int>, RelationSentence> {
        document.article.sentences.indices.lazy.map { [kindOverrides] in
            RelationSentence(SentenceView(document, sentence: $0), kinds: kindOverrides)
        }
    }

    /// One candidate per subject, predicate, object and value; a title with an object replaces the same
    /// title without one.
    func merged(_ candidates: [RelationCandidate]) -> [RelationCandidate] {
        let claims = QuoteCover(document.quotes)
        var kept: [(candidate: RelationCandidate, isClaim: Bool)] = []
        // Candidates that can state the same thing share subject and predicate: compare within those only.
        var keptBySubject: [String: [Int]] = [:]
        for candidate in candidates.sorted(by: { ($0.evidence.start, $0.cue) < ($1.evidence.start, $1.cue) }) {
            guard candidate.subject != candidate.object else { continue }
            let isClaim = claims.isClaim(candidate)
            let key = candidate.subject + "\u{1F}" + candidate.predicate.rawValue
            if let same = keptBySubject[key]?.first(where: { sameStatement(kept[$0], (candidate, isClaim)) }) {
                if kept[same].candidate.object == nil, candidate.object != nil { kept[same].candidate.object = candidate.object }
                continue
            }
            keptBySubject[key, default: []].append(kept.count)
            kept.append((candidate, isClaim))
        }
        return kept.map(\.candidate)
    }

    private func sameStatement(_ one: (candidate: RelationCandidate, isClaim: Bool),
                               _ other: (candidate: RelationCandidate, isClaim: Bool)) -> Bool {
        let (first, second) = (one.candidate, other.candidate)
        guard first.subject == second.subject, first.predicate == second.predicate else { return false }
        if first.predicate == .title {
            return first.value?.lowercased() == second.value?.lowercased()
                && (first.object == second.object || first.object == nil || second.object == nil)
        }
        return first.object == second.object && one.isClaim == other.isClaim
    }

    private func numbered(_ candidates: [RelationCandidate]) -> [Relation] {
        let cover = QuoteCover(document.quotes)
        return candidates.enumerated().map { index, candidate in
            // `covering` lists the quotes latest first: take the one that starts first.
            let quote = cover.covering(candidate.cue).last { quote in
                candidate.predicate != .told && QuoteCover.makesClaim(quote, candidate.predicate)
            }
            return Relation(id: "R\(index + 1)", subject: candidate.subject, predicate: candidate.predicate,
                            object: candidate.object, value: candidate.value, evidence: candidate.evidence,
                            claimedBy: quote?.speaker, quote: quote?.id,
                            confidence: RelationConfidence.of(candidate.predicate, hasObject: candidate.object != nil))
        }
    }

    /// The quotations' speakers and the article entities they spoke to.
    func toldRelations() -> [RelationCandidate] {
        document.quotes.compactMap { quote in
            guard let speaker = quote.speaker, let addressee = quote.addressee, speaker != addressee,
                  entityByID[addressee].map({ [.person, .organization].contains($0.kind) }) ?? false
            else { return nil }
            let cue = quote.cue?.start ?? quote.range.start
            let sentences = document.article.sentences
            let holding = document.sentenceIndex(at: cue)
            let evidence = sentences.indices.contains(holding) && sentences[holding].range.contains(cue) ? sentences[holding].range : quote.range
            return RelationCandidate(subject: speaker, predicate: .told, object: addressee, value: nil,
                                     evidence: evidence, cue: cue)
        }
    }
}
