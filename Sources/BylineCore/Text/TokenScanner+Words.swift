/// Words, numbers, clitics, abbreviations and initials.
extension TokenScanner {
    /// How the body of a word ended.
    private enum WordBodyEnd {
        /// At this offset, before a non-word scalar.
        case end(Int)
        /// Before a negative clitic "n't" that starts at this offset and ends the word.
        case negation(Int)
    }

    /// Scans a word or number starting at `start` (a letter or digit), with the "n't" or the abbreviation
    /// period that ends it. Other clitics are left for the next token.
    mutating func scanWord(at start: Int) -> Int {
        var index = start
        var hasLetter = false
        while true {
            switch wordBody(from: index, start: start, hasLetter: &hasLetter) {
            case .negation(let negation):
                emit(.word, start, negation)
                return emit(.clitic, negation, negation + 3)
            case .end(let bodyEnd):
                index = bodyEnd
            }
            guard hasLetter, scalar(index) == ".", let (kind, abbreviationEnd) = abbreviation(start, period: index) else {
                return emit(hasLetter ? .word : .number, start, index)
            }
            // "U.S.-backed": an abbreviation joined by a hyphen goes on as a word.
            guard scalar(abbreviationEnd)?.isWordHyphen == true, isWordPart(abbreviationEnd + 1) else {
                return emit(kind, start, abbreviationEnd)
            }
            index = abbreviationEnd + 1
        }
    }

    /// Scans the letters, digits and joiners of a word from `index`.
    private func wordBody(from index: Int, start: Int, hasLetter: inout Bool) -> WordBodyEnd {
        var index = index
        while index < end {
            let scalar = scalars[index]
            switch ScalarClass(scalar) {
            case .letter:
                hasLetter = true
                index += 1
                continue
            case .digit, .extender:
                index += 1
                continue
            case .whitespace, .other:
                break
            }
            if scalar.isWordHyphen, isWordPart(index + 1) {
                index += 1
            } else if scalar.isApostrophe, hasLetter, isLetter(index + 1), isWordPart(index - 1) {
                if cliticLength(at: index) != nil { return .end(index) }
                if isNegation(at: index - 1), index - 1 > start { return .negation(index - 1) }
                index += 1
            } else if !hasLetter, isDigit(index - 1), isDigit(index + 1),
                      scalar == "." || scalar == "," || scalar == ":" || scalar == "/" {
                index += 1
            } else if !hasLetter, scalar == "%" {
                return .end(index + 1)
            } else {
                break
            }
        }
        return .end(index)
    }

    /// Whether "n't" (either apostrophe, any case) starts at `index` and ends a word.
    private func isNegation(at index: Int) -> Bool {
        guard let n = scalar(index), let apostrophe = scalar(index + 1), let t = scalar(index + 2) else { return false }
        return n.asciiLowercased == 0x6E && apostrophe.isApostrophe && t.asciiLowercased == 0x74 && !isWordPart(index + 3)
    }

    /// The length of the clitic ('s 'd 'm 're 've 'll, either apostrophe, any case) starting with the
    /// apostrophe at `index`, when one is there and ends the word.
    func cliticLength(at index: Int) -> Int? {
        guard let first = scalar(index + 1)?.asciiLowercased else { return nil }
        switch first {
        case 0x73, 0x64, 0x6D:  // s d m
            return isWordPart(index + 2) ? nil : 2
        case 0x72, 0x76:  // r v, then e
            guard scalar(index + 2)?.asciiLowercased == 0x65 else { return nil }
            return isWordPart(index + 3) ? nil : 3
        case 0x6C:  // l, then l
            guard scalar(index + 2)?.asciiLowercased == 0x6C else { return nil }
            return isWordPart(index + 3) ? nil : 3
        default:
            return nil
        }
    }

    /// The kind and end of the abbreviation or initial made by the word `start..<period` and the period
    /// after it, if they make one.
    private func abbreviation(_ start: Int, period: Int) -> (TokenKind, Int)? {
        let length = period - start
        let isLetters = (start..<period).allSatisfy { ScalarClass(scalars[$0]) == .letter }
        guard isLetters else { return nil }
        if length <= 2, let dottedEnd = dottedAbbreviationEnd(firstPartLength: length, period: period) {
            return (.abbreviation, dottedEnd)
        }
        if length == 1, scalars[start].isUppercaseLetter {
            return (.initial, period + 1)
        }
        guard length <= 7 else { return nil }
        var word = String.UnicodeScalarView()
        word.append(contentsOf: scalars[start..<period])
        let text = String(word)
        if Abbreviations.isKnown(text) || (text == "No" && isNumberAhead(period + 1)) {
            return (.abbreviation, period + 1)
        }
        return nil
    }

    /// The end of a dotted abbreviation ("U.S.", "e.g.", "Ph.D.") whose first part, of one or two letters,
    /// ends at `period`: at least two parts of one or two letters, at least one a single letter. The final
    /// period is included when present.
    private func dottedAbbreviationEnd(firstPartLength: Int, period: Int) -> Int? {
        var parts = 1
        var singles = firstPartLength == 1 ? 1 : 0
        var index = period
        while scalar(index) == "." {
            var partEnd = index + 1
            while partEnd - index <= 3, isLetter(partEnd) { partEnd += 1 }
            let partLength = partEnd - index - 1
            guard (1...2).contains(partLength), !isWordPart(partEnd) else { break }
            parts += 1
            singles += partLength == 1 ? 1 : 0
            index = partEnd
        }
        guard parts >= 2, singles >= 1 else { return nil }
        return scalar(index) == "." ? index + 1 : index
    }

    /// Whether a number starts at `index`, possibly after one space ("No. 5").
    private func isNumberAhead(_ index: Int) -> Bool {
        isDigit(index) || (isSpaceOrEdge(index) && index < end && isDigit(index + 1))
    }
}
