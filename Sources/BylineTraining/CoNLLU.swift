/// One word line of a CoNLL-U file, its ten columns as written (HEAD parsed; "_" kept as nil).
public struct CoNLLUWord: Sendable, Equatable {
    public var id: Int
    public var form: String
    public var lemma: String
    public var upos: String
    public var xpos: String
    public var feats: String
    /// The head's id (0 for the root), nil when the column is "_".
    public var head: Int?
    public var deprel: String
    public var deps: String
    public var misc: String

    /// Whether no space follows the word in the text (MISC `SpaceAfter=No`).
    public var noSpaceAfter: Bool { CoNLLU.hasNoSpaceAfter(misc) }
}

/// A multiword token line ("3-4  don't  _ ..."): the surface form of words `first...last`.
public struct CoNLLUMultiwordToken: Sendable, Equatable {
    public var first: Int
    public var last: Int
    public var form: String
    public var misc: String
    /// The whole line as read, written back unchanged.
    public var line: String
}

/// One sentence of a CoNLL-U file: its comment lines, its words and its multiword tokens. Empty nodes
/// ("5.1" lines, enhanced-graph only) are skipped when reading and so are not written back.
public struct CoNLLUSentence: Sendable, Equatable {
    /// The comment lines, "#" included, in order.
    public var comments: [String]
    public var words: [CoNLLUWord]
    public var multiwordTokens: [CoNLLUMultiwordToken]

    public init(comments: [String] = [], words: [CoNLLUWord], multiwordTokens: [CoNLLUMultiwordToken] = []) {
        self.comments = comments
        self.words = words
        self.multiwordTokens = multiwordTokens
    }
}

/// Why a CoNLL-U text could not be read.
public struct CoNLLUError: Error, CustomStringConvertible, Equatable {
    public var line: Int
    public var reason: String
    public var description: String { "line \(line): \(reason)" }
}

/// Reads and writes CoNLL-U (https://universaldependencies.org/format.html).
public enum CoNLLU {
    /// The sentences of a CoNLL-U text; throws on a line that is not a comment, a blank line or ten
    /// tab-separated columns with a valid ID and HEAD.
    public static func read(_ text: String) throws -> [CoNLLUSentence] {
        var sentences: [CoNLLUSentence] = []
        var current = CoNLLUSentence(words: [])
        func flush() {
            if !current.words.isEmpty || !current.comments.isEmpty { sentences.append(current) }
            current = CoNLLUSentence(words: [])
        }
        var lineNumber = 0
        for rawLine in text.split(separator: "\n", omittingEmptySubsequences: false) {
            lineNumber += 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            if line.allSatisfy({ $0 == " " || $0 == "\t" }) {
                flush()
                continue
            }
            if line.hasPrefix("#") {
                current.comments.append(String(line))
                continue
            }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard columns.count == 10 else {
                throw CoNLLUError(line: lineNumber, reason: "expected 10 tab-separated columns, found \(columns.count)")
            }
            let id = columns[0]
            if id.contains(".") { continue }
            if let dash = id.firstIndex(of: "-") {
                guard let first = Int(id[..<dash]), let last = Int(id[id.index(after: dash)...]), first <= last else {
                    throw CoNLLUError(line: lineNumber, reason: "bad multiword token range \(id)")
                }
                current.multiwordTokens.append(CoNLLUMultiwordToken(first: first, last: last, form: columns[1], misc: columns[9],
                                                                    line: String(line)))
                continue
            }
            guard let number = Int(id), number == current.words.count + 1 else {
                throw CoNLLUError(line: lineNumber, reason: "word id \(id) out of sequence")
            }
            let head: Int?
            if columns[6] == "_" {
                head = nil
            } else {
                guard let value = Int(columns[6]), value >= 0 else {
                    throw CoNLLUError(line: lineNumber, reason: "bad head \(columns[6])")
                }
                head = value
            }
            current.words.append(CoNLLUWord(id: number, form: columns[1], lemma: columns[2], upos: columns[3], xpos: columns[4],
                                            feats: columns[5], head: head, deprel: columns[7], deps: columns[8], misc: columns[9]))
        }
        flush()
        for sentence in sentences {
            for word in sentence.words where (word.head ?? 0) > sentence.words.count {
                throw CoNLLUError(line: 0, reason: "head \(word.head ?? 0) of word \(word.id) is past the sentence's end")
            }
        }
        return sentences
    }

    /// The sentences as CoNLL-U text: comments, multiword token lines before their first word, word
    /// lines, and a blank line after each sentence.
    public static func write(_ sentences: [CoNLLUSentence]) -> String {
        var output = ""
        for sentence in sentences {
            for comment in sentence.comments { output += comment + "\n" }
            var tokens = sentence.multiwordTokens[...]
            for word in sentence.words {
                while let token = tokens.first, token.first <= word.id {
                    output += token.line + "\n"
                    tokens = tokens.dropFirst()
                }
                let columns = [String(word.id), word.form, word.lemma, word.upos, word.xpos, word.feats,
                               word.head.map(String.init) ?? "_", word.deprel, word.deps, word.misc]
                output += columns.joined(separator: "\t") + "\n"
            }
            output += "\n"
        }
        return output
    }

    /// Whether a MISC column says `SpaceAfter=No`.
    static func hasNoSpaceAfter(_ misc: String) -> Bool {
        misc.split(separator: "|").contains("SpaceAfter=No")
    }
}
