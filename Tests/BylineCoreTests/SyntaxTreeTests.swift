@testable import BylineCore
import Foundation
import Testing

/// The transition system always ends in a tree, and the bundled model gives one tree per sentence for
/// any text.
@Suite struct SyntaxTreeTests {
    /// The problems with one sentence's heads (indices into the sentence, -1 for the root).
    static func treeProblems(_ heads: [Int]) -> [String] {
        var problems: [String] = []
        let roots = heads.filter { $0 == -1 }.count
        if !heads.isEmpty, roots != 1 { problems.append("\(roots) roots") }
        for (index, head) in heads.enumerated() where head < -1 || head >= heads.count || head == index {
            problems.append("word \(index) has head \(head)")
        }
        guard problems.isEmpty else { return problems }
        for start in heads.indices {
            var node = start, steps = 0
            while heads[node] != -1, steps <= heads.count {
                node = heads[node]
                steps += 1
            }
            if steps > heads.count { problems.append("cycle through word \(start)") }
        }
        return problems
    }

    @Test(arguments: [1, 2, 3] as [UInt64])
    func randomValidMovesMakeATree(seed: UInt64) {
        var random = SplitMix64(seed: seed)
        for _ in 0..<300 {
            let count = Int.random(in: 1...30, using: &random)
            var state = ParserState(count: count)
            var moves = 0
            while !state.isTerminal {
                let valid = ParserMove.allCases.filter(state.isValid)
                #expect(!valid.isEmpty)
                let move = valid[Int.random(in: 0..<valid.count, using: &random)]
                state.apply(move, label: Int.random(in: 0..<40, using: &random))
                moves += 1
            }
            #expect(moves == 2 * count)
            let heads = state.heads.map { $0 == count ? -1 : $0 }
            #expect(Self.treeProblems(heads) == [], "heads \(heads)")
        }
    }

    @Test func validity() {
        var state = ParserState(count: 2)
        #expect(state.isValid(.shift) && !state.isValid(.left) && !state.isValid(.right))
        state.apply(.shift, label: -1)
        #expect(state.isValid(.left) && !state.isValid(.right))
        #expect(state.arc(for: .left)! == (head: 1, dependent: 0))
        state.apply(.shift, label: -1)
        #expect(!state.isValid(.shift) && state.isValid(.right) && !state.isValid(.left), "only the last word may take the root")
        #expect(state.arc(for: .right)! == (head: 0, dependent: 1))
        state.apply(.right, label: 3)
        #expect(state.isValid(.left) && state.direction(for: .left) == .root)
        state.apply(.left, label: 0)
        #expect(state.isTerminal && state.heads == [2, 0] && state.labels == [0, 3])
        #expect(state.rightmost[0] == 1 && state.rightCount[0] == 1 && state.rightLabels[0] == 1 << 3)
    }

    @Test(arguments: [21, 22] as [UInt64])
    func bundledModelGivesTreesForRandomText(seed: UInt64) throws {
        let model = try SyntaxModel.bundled()
        var generator = TextGenerator(seed: seed)
        for _ in 0..<150 {
            let text = generator.randomText(maxPieces: 60)
            let article = Article.parse(text)
            let layer = model.annotate(article)
            #expect(layer.upos.count == article.tokens.count && layer.head.count == article.tokens.count
                    && layer.deprel.count == article.tokens.count)
            for sentence in article.sentences {
                let range = sentence.tokens
                let local = range.map { layer.head[$0] == -1 ? -1 : layer.head[$0] - range.lowerBound }
                #expect(Self.treeProblems(local) == [], "\(text.debugDescription)")
                #expect(range.filter { layer.head[$0] == -1 }.allSatisfy { layer.deprel[$0] == "root" })
            }
        }
    }
}
