/// The dependents of every token of a document, made once from the heads so that walking a tree down is a
/// slice lookup rather than a scan of the article.
struct DependentIndex: Sendable {
    /// Where each token's dependents start in `dependents`; one more entry than there are tokens.
    private let starts: [Int32]
    /// Every token's dependents, token by token, each list in text order.
    private let dependents: [Int32]

    init(heads: [Int32]) {
        var counts = [Int32](repeating: 0, count: heads.count + 1)
        for head in heads where head >= 0 && head < heads.count { counts[Int(head) + 1] += 1 }
        for index in counts.indices.dropFirst() { counts[index] += counts[index - 1] }
        var next = counts
        var dependents = [Int32](repeating: 0, count: Int(counts.last ?? 0))
        for (token, head) in heads.enumerated() where head >= 0 && head < heads.count {
            dependents[Int(next[Int(head)])] = Int32(token)
            next[Int(head)] += 1
        }
        starts = counts
        self.dependents = dependents
    }

    /// The dependents of a token, in text order; none outside the document.
    func of(_ token: Int) -> [Int] {
        guard token >= 0, token + 1 < starts.count else { return [] }
        return dependents[Int(starts[token])..<Int(starts[token + 1])].map(Int.init)
    }
}

extension Document {
    /// The token's universal part of speech; nil outside the document or before the syntax layer.
    public func upos(_ index: Int) -> UPOS? {
        let upos = syntax.upos
        return index >= 0 && index < upos.count ? upos[index] : nil
    }

    /// The token's head in the dependency tree; nil for a sentence root, outside the document or before
    /// the syntax layer.
    public func head(_ index: Int) -> Int? {
        let syntax = syntax
        guard index >= 0, index < syntax.count, syntax.heads[index] >= 0 else { return nil }
        return syntax.head(at: index)
    }

    /// The token's dependency relation with its subtype ("nsubj:pass"); "" outside the document or before
    /// the syntax layer.
    public func deprel(_ index: Int) -> String {
        let syntax = syntax
        return index >= 0 && index < syntax.count ? syntax.deprel(at: index) : ""
    }

    /// The token's dependency relation without its subtype ("nsubj"); "" when there is none.
    public func universalRelation(_ index: Int) -> Substring {
        deprel(index).prefix { $0 != ":" }
    }

    /// The token's dependents in text order.
    public func dependents(of index: Int) -> [Int] {
        dependents.of(index)
    }
}
