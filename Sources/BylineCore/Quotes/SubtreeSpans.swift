/// The first and last token of every token's subtree in one sentence's dependency tree, computed once
/// for the sentence (children before their heads) so that reading many cues' complements stays linear in
/// the sentence's length. Dependents outside the sentence are not followed.
struct SubtreeSpans {
    let sentence: Range<Int>
    private var first: [Int]
    private var last: [Int]

    init(_ document: Document, sentence: Range<Int>) {
        self.sentence = sentence
        first = Array(sentence)
        last = Array(sentence)
        // Heads first (breadth first from the tokens whose head is outside the sentence), then folded
        // bottom-up; tokens on a cycle, which no root reaches, keep their own bounds.
        var order: [Int] = []
        var reached = [Bool](repeating: false, count: sentence.count)
        for token in sentence where !(document.head(token).map(sentence.contains) ?? false) {
            reached[token - sentence.lowerBound] = true
            order.append(token)
        }
        var next = 0
        while next < order.count {
            for child in document.dependents(of: order[next]) where sentence.contains(child) && !reached[child - sentence.lowerBound] {
                reached[child - sentence.lowerBound] = true
                order.append(child)
            }
            next += 1
        }
        for token in order.reversed() {
            guard let head = document.head(token), sentence.contains(head), head != token else { continue }
            let (h, t) = (head - sentence.lowerBound, token - sentence.lowerBound)
            first[h] = min(first[h], first[t])
            last[h] = max(last[h], last[t])
        }
    }

    /// The first and last token of a token's subtree (the token itself outside the sentence).
    func bounds(_ token: Int) -> (first: Int, last: Int) {
        guard sentence.contains(token) else { return (token, token) }
        return (first[token - sentence.lowerBound], last[token - sentence.lowerBound])
    }
}
