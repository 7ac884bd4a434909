import Foundation

/// Reads GUM's coref_conll files: `# begin document NAME`, then one token a line (index, form, brackets),
/// `# end document`. Brackets: "(type-chain" opens, "type-chain)" closes, "(type-chain)" is one token;
/// a chain may carry a Wikipedia identity after a third dash. Several brackets may share a line.
public enum CorefReader {
    /// The documents of one file.
    public static func read(_ text: String) -> [CorefDocument] {
        var documents: [CorefDocument] = []
        var current: CorefDocument?
        var open: [Int: [Int]] = [:]
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("# begin document") {
                current = CorefDocument(name: line.dropFirst("# begin document".count).trimmingCharacters(in: .whitespaces), tokens: [], mentions: [])
                open = [:]
                continue
            }
            if line.hasPrefix("#") {
                if let document = current { documents.append(document) }
                current = nil
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3, current != nil else { continue }
            let index = current?.tokens.count ?? 0
            current?.tokens.append(String(columns[1]))
            for bracket in brackets(String(columns[2])) {
                if bracket.opens && bracket.closes {
                    current?.mentions.append(.init(tokens: index..<index + 1, type: bracket.type, chain: bracket.chain))
                } else if bracket.opens {
                    open[bracket.chain, default: []].append(index)
                } else if let start = open[bracket.chain]?.popLast() {
                    current?.mentions.append(.init(tokens: start..<index + 1, type: bracket.type, chain: bracket.chain))
                }
            }
        }
        if let document = current { documents.append(document) }
        return documents
    }

    /// One bracket of the coref column.
    struct Bracket {
        var type: String
        var chain: Int
        var opens: Bool
        var closes: Bool
    }

    /// The brackets of a coref column ("_" has none).
    static func brackets(_ column: String) -> [Bracket] {
        var result: [Bracket] = []
        var scalars = Substring(column).unicodeScalars[...]
        while let first = scalars.first {
            let opens = first == "("
            if opens { scalars = scalars.dropFirst() }
            let label = scalars.prefix { $0 != "(" && $0 != ")" }
            scalars = scalars.dropFirst(label.count)
            let closes = scalars.first == ")"
            if closes { scalars = scalars.dropFirst() }
            let parts = String(String.UnicodeScalarView(label)).split(separator: "-", maxSplits: 2)
            if parts.count >= 2, let chain = Int(parts[1]), opens || closes {
                result.append(Bracket(type: String(parts[0]), chain: chain, opens: opens, closes: closes))
            }
            if !opens && !closes && label.isEmpty { scalars = scalars.dropFirst() }
        }
        return result
    }
}
