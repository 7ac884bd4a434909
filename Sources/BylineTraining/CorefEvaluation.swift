import BylineCore

/// Pronoun resolution scored on gold coreference chains (GUM): for each third-person pronoun the gold
/// puts in a chain, whether the linker sends it to the entity of a named mention of that chain before
/// it. Pronouns whose chain has no earlier name count against precision when the linker links them.
/// "it"/"its" and two-word "the" + noun mentions ("the company": the linker's nominal mentions) are
/// counted the same way.
public struct CorefEvaluation: Sendable {
    /// Counts for one group of pronouns.
    public struct Counts: Sendable, Equatable {
        /// Pronouns whose gold chain has a name before them.
        public var eligible = 0
        /// Eligible pronouns the linker resolved, and those it resolved to the right entity.
        public var resolved = 0
        public var correct = 0
        /// Pronouns with no earlier name in their chain that the linker linked anyway.
        public var spurious = 0

        public init() {}

        /// Right links among all links, in percent.
        public var precision: Double { ratio(correct, resolved + spurious) }
        /// Right links among eligible pronouns, in percent.
        public var recall: Double { ratio(correct, eligible) }
        public var f1: Double { precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall) }

        private func ratio(_ part: Int, _ whole: Int) -> Double { whole == 0 ? 0 : 100 * Double(part) / Double(whole) }
    }

    /// he/him/his/himself and the feminine forms.
    public var singular = Counts()
    /// they/them/their/theirs/themselves.
    public var plural = Counts()
    /// it/its.
    public var neuter = Counts()
    /// Two-word "the" + common noun mentions ("the company"); Byline's nominal mentions that match no
    /// gold two-word mention count as spurious.
    public var nominal = Counts()

    public init() {}

    static let singularForms: Set<String> = ["he", "him", "his", "himself", "she", "her", "hers", "herself"]
    static let pluralForms: Set<String> = ["they", "them", "their", "theirs", "themselves"]
    static let neuterForms: Set<String> = ["it", "its"]

    /// Scores the linker on documents, with mentions from `findMentions`.
    public static func run(_ documents: [CorefDocument], gazetteer: Gazetteer,
                           findMentions: (Document) -> [NamedMention]) -> CorefEvaluation {
        var evaluation = CorefEvaluation()
        for document in documents {
            evaluation.add(document, gazetteer: gazetteer, findMentions: findMentions)
        }
        return evaluation
    }

    /// Counts one document.
    public mutating func add(_ document: CorefDocument, gazetteer: Gazetteer, findMentions: (Document) -> [NamedMention]) {
        let (text, offsets) = document.text
        let article = Document(Article.parse(text))
        let entities = EntityLinker.link(findMentions(article), in: article, gazetteer: gazetteer)
        var entityOfPronoun: [Int: Entity] = [:]
        var nominals: [(range: TextRange, entity: Entity)] = []
        for entity in entities {
            for mention in entity.mentions {
                switch mention.form {
                case .pronoun: entityOfPronoun[mention.range.start] = entity
                case .nominal: nominals.append((mention.range, entity))
                case .name, .title: break
                }
            }
        }
        func span(_ tokens: Range<Int>) -> TextRange {
            let last = tokens.upperBound - 1
            return TextRange(start: offsets[tokens.lowerBound], end: offsets[last] + document.tokens[last].unicodeScalars.count)
        }
        func earlierNames(_ gold: CorefDocument.Mention) -> [TextRange] {
            document.mentions.filter {
                $0.chain == gold.chain && $0.tokens.upperBound <= gold.tokens.lowerBound && document.isNamed($0)
            }.map { span($0.tokens) }
        }
        func count(_ counts: inout Counts, names: [TextRange], linked: Entity?) {
            if names.isEmpty {
                if linked != nil { counts.spurious += 1 }
                return
            }
            counts.eligible += 1
            guard let linked else { return }
            counts.resolved += 1
            if linked.mentions.contains(where: { mention in names.contains { $0.overlaps(mention.range) } }) { counts.correct += 1 }
        }
        for gold in document.mentions where gold.tokens.count == 1 {
            let word = document.tokens[gold.tokens.lowerBound].lowercased()
            let linked = entityOfPronoun[offsets[gold.tokens.lowerBound]]
            if CorefEvaluation.singularForms.contains(word) {
                count(&singular, names: earlierNames(gold), linked: linked)
            } else if CorefEvaluation.pluralForms.contains(word) {
                count(&plural, names: earlierNames(gold), linked: linked)
            } else if CorefEvaluation.neuterForms.contains(word) {
                count(&neuter, names: earlierNames(gold), linked: linked)
            }
        }
        var linkedNominals: [TextRange: Entity] = [:]
        for (range, entity) in nominals { linkedNominals[range] = entity }
        for gold in document.mentions where gold.tokens.count == 2 && document.tokens[gold.tokens.lowerBound].lowercased() == "the" {
            let noun = document.tokens[gold.tokens.lowerBound + 1]
            guard noun.first?.isLowercase == true else { continue }
            let names = earlierNames(gold)
            let linked = linkedNominals.removeValue(forKey: span(gold.tokens))
            guard !names.isEmpty || linked != nil else { continue }
            count(&nominal, names: names, linked: linked)
        }
        nominal.spurious += linkedNominals.count
    }

    /// A small table of the scores.
    public var table: String {
        func row(_ name: String, _ counts: Counts) -> String {
            "\(name): eligible \(counts.eligible)  resolved \(counts.resolved)  correct \(counts.correct)  spurious \(counts.spurious)"
                + "  precision \(format(counts.precision))  recall \(format(counts.recall))  F1 \(format(counts.f1))"
        }
        return [row("he/she", singular), row("they", plural), row("it/its", neuter), row("the + noun", nominal)].joined(separator: "\n")
    }

    private func format(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
