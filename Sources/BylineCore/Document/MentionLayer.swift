/// The entity mention covering each token, made once from the entities: what quotes and relations read
/// instead of searching mentions.
///
/// Mentions do not overlap in the analysis; should two ever cover one token, a name wins over other forms
/// and otherwise the earlier mention stays. A mention inside a token ("Oslo" in "Oslo-based") covers no
/// whole token and is not in the layer.
struct MentionLayer: Sendable {
    /// One mention: where it is, which entity (a position in `Document.entities`) and how it names it.
    /// Token bounds and entity are kept as 32-bit integers (24 bytes a mention).
    struct Ref: Hashable, Sendable {
        let range: TextRange
        private let first: Int32, end: Int32
        private let entityIndex: Int32
        let form: MentionForm

        init(range: TextRange, tokens: Range<Int>, entity: Int, form: MentionForm) {
            self.range = range
            first = Int32(tokens.lowerBound)
            end = Int32(tokens.upperBound)
            entityIndex = Int32(entity)
            self.form = form
        }

        /// The tokens the mention covers; never empty.
        var tokens: Range<Int> { Int(first)..<Int(end) }
        var entity: Int { Int(entityIndex) }
    }

    /// Every mention covering at least one token, in text order.
    private(set) var all: [Ref] = []
    /// For each token, the position in `all` of its mention, or -1.
    private var ofToken: [Int32] = []

    init() {}

    init(entities: [Entity], document: Document) {
        var refs: [Ref] = []
        refs.reserveCapacity(entities.reduce(0) { $0 + $1.mentions.count })
        for (position, entity) in entities.enumerated() {
            for mention in entity.mentions {
                let tokens = document.tokens(in: mention.range)
                guard !tokens.isEmpty else { continue }
                refs.append(Ref(range: mention.range, tokens: tokens, entity: position, form: mention.form))
            }
        }
        refs.sort { $0.range != $1.range ? $0.range < $1.range : $0.entity < $1.entity }
        var ofToken = [Int32](repeating: -1, count: document.count)
        for (position, ref) in refs.enumerated() {
            for token in ref.tokens {
                let current = ofToken[token]
                if current < 0 || (refs[Int(current)].form != .name && ref.form == .name) { ofToken[token] = Int32(position) }
            }
        }
        all = refs
        self.ofToken = ofToken
    }

    /// The mention covering a token; nil for none or outside the document.
    func mention(at token: Int) -> Ref? {
        guard token >= 0, token < ofToken.count, ofToken[token] >= 0 else { return nil }
        return all[Int(ofToken[token])]
    }
}

extension Document {
    /// The entity mention covering a token (see `MentionLayer`); nil for none or outside the document.
    func mention(at token: Int) -> MentionLayer.Ref? {
        mentions.mention(at: token)
    }

    /// Every entity mention covering a whole token, in text order.
    var allMentions: [MentionLayer.Ref] { mentions.all }
}
