/// Finds the headline, byline and dateline among an article's opening blocks, whatever format they came
/// from: a first short line without final punctuation is the title (plain text only: HTML and Markdown
/// mark their headlines), a short "By A and B" line the byline, and a dateline ("BRUSSELS (Wire) —") at
/// the start of the first paragraph a block of its own.
enum BlockRoles {
    /// How many blocks from the top a byline or dateline is looked for in.
    static let openingBlocks = 4
    /// The longest title, in scalars.
    static let maximumTitleLength = 120
    /// The most words a title or byline line has.
    static let maximumLineWords = 20
    /// The longest dateline before its dash, in scalars.
    static let maximumDatelineLength = 60

    /// `blocks` with the roles of the opening ones set; a dateline is split from its paragraph.
    static func assign(_ blocks: [Block], scalars: [Unicode.Scalar], findsTitle: Bool) -> [Block] {
        var result = blocks
        if findsTitle, result.count >= 2, result[0].kind == .paragraph, isTitle(result[0].range, scalars) {
            result[0].kind = .title
        }
        let opening = 0..<min(openingBlocks, result.count)
        if let index = opening.first(where: { result[$0].kind == .paragraph && isByline(result[$0].range, scalars) }) {
            result[index].kind = .byline
        }
        if let index = opening.first(where: { result[$0].kind == .paragraph }),
           let split = datelineSplit(result[index].range, scalars) {
            let paragraph = result[index]
            result[index].kind = .dateline
            result[index].range = split.dateline
            if let rest = split.rest {
                result.insert(Block(range: rest, kind: .paragraph, source: paragraph.source), at: index + 1)
            }
        }
        return result
    }

    /// One line, short, with a letter, ending without sentence punctuation, and neither a byline nor a dateline.
    static func isTitle(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.length <= maximumTitleLength, isOneLine(range, scalars),
              wordCount(range, scalars) <= maximumLineWords,
              scalars[range.start..<range.end].contains(where: { $0.properties.isAlphabetic }) else { return false }
        var last = range.end - 1
        while last > range.start, "\"”’'".unicodeScalars.contains(scalars[last]) { last -= 1 }
        guard !".!?:;,…".unicodeScalars.contains(scalars[last]) else { return false }
        return !isByline(range, scalars) && datelineSplit(range, scalars) == nil
    }

    /// One short line starting "By" and a capitalized word.
    static func isByline(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard range.length > 4, isOneLine(range, scalars), wordCount(range, scalars) <= maximumLineWords else { return false }
        let first = String(String.UnicodeScalarView(scalars[range.start..<range.start + 2])).lowercased()
        return first == "by" && ScalarClass(scalars[range.start + 2]) == .whitespace
            && scalars[range.start + 3].properties.isUppercase
    }

    /// The dateline at the start of `range` and the rest of the block after it (nil when nothing follows):
    /// a place in capitals, then optionally a date after a comma and an agency in parentheses, then a dash.
    static func datelineSplit(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> (dateline: TextRange, rest: TextRange?)? {
        let limit = min(range.end, range.start + maximumDatelineLength)
        var index = range.start
        var dash: Range<Int>?
        while index < limit {
            let scalar = scalars[index]
            if scalar == "—" || scalar == "–" {
                dash = index..<index + 1
                break
            }
            if scalar == "-", index > range.start, ScalarClass(scalars[index - 1]) == .whitespace {
                let end = index + 1 < range.end && scalars[index + 1] == "-" ? index + 2 : index + 1
                if end == range.end || ScalarClass(scalars[end]) == .whitespace {
                    dash = index..<end
                    break
                }
            }
            index += 1
        }
        guard let dash, endsCharacter(dash.upperBound, range, scalars),
              isDatelinePlace(TextRange(start: range.start, end: dash.lowerBound), scalars) else { return nil }
        var restStart = dash.upperBound
        while restStart < range.end, ScalarClass(scalars[restStart]) == .whitespace { restStart += 1 }
        let rest = restStart < range.end ? TextRange(start: restStart, end: range.end) : nil
        return (TextRange(start: range.start, end: dash.upperBound), rest)
    }

    /// "BRUSSELS", "NEW YORK, March 3 (Reuters)", "ST. LOUIS (Wire)": words in capitals up to a comma or a
    /// parenthesis, the first of at least two letters; after a comma, no sentence punctuation.
    private static func isDatelinePlace(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        let text = scalars[range.start..<range.end]
        guard !text.contains(where: { "!?\"“”:;".unicodeScalars.contains($0) }) else { return false }
        let place = text.prefix { $0 != "," && $0 != "(" }
        let letters = place.filter { $0.properties.isAlphabetic }
        guard let firstWord = place.split(whereSeparator: { ScalarClass($0) == .whitespace }).first,
              firstWord.filter({ $0.properties.isAlphabetic }).count >= 2,
              !letters.isEmpty, letters.allSatisfy({ $0.properties.isUppercase }) else { return false }
        let afterPlace = text.dropFirst(place.count)
        if afterPlace.first == "," {
            let date = afterPlace.dropFirst().prefix { $0 != "(" }
            if date.contains(where: { $0 == "." }) { return false }
        }
        if let open = text.firstIndex(of: "(") {
            guard let close = text[open...].firstIndex(of: ")"),
                  text[(close + 1)...].allSatisfy({ ScalarClass($0) == .whitespace }) else { return false }
        }
        return true
    }

    /// Whether the dash ending at `index` ends its character: a combining mark or a variation selector after
    /// it ("—︯") joins it, and a block must not end inside a character. The dash is a scalar of its own
    /// kind, so whether the next one joins it depends on the two alone.
    private static func endsCharacter(_ index: Int, _ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        guard index < range.end, scalars[index].value >= 0x300 else { return true }
        var pair = String.UnicodeScalarView()
        pair.append(scalars[index - 1])
        pair.append(scalars[index])
        return String(pair).count == 2
    }

    private static func isOneLine(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Bool {
        !scalars[range.start..<range.end].contains { (0x0A...0x0D).contains($0.value) || $0 == "\u{2028}" || $0 == "\u{2029}" || $0 == "\u{85}" }
    }

    private static func wordCount(_ range: TextRange, _ scalars: [Unicode.Scalar]) -> Int {
        scalars[range.start..<range.end].split { ScalarClass($0) == .whitespace }.count
    }
}
