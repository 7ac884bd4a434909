/// Quotation marks, apostrophes, dashes, ellipses, handles, hashtags, and other punctuation and symbols.
extension TokenScanner {
    /// Scans the token starting at `start`, a scalar of class `.other`.
    mutating func scanPunctuation(at start: Int) -> Int {
        let first = scalars[start]
        switch first {
        case "@":
            if let handleEnd = tagEnd(after: start, needsLetter: false) { return emit(.handle, start, handleEnd) }
        case "#":
            if let hashtagEnd = tagEnd(after: start, needsLetter: true) { return emit(.hashtag, start, hashtagEnd) }
        case ".":
            let runEnd = sameScalarRunEnd(from: start)
            if runEnd - start >= 3 { return emit(.ellipsis, start, extend(runEnd)) }
        case "\u{2026}":
            return emit(.ellipsis, start, extend(sameScalarRunEnd(from: start)))
        case "-":
            let runEnd = sameScalarRunEnd(from: start)
            if runEnd - start >= 2 || (isSpaceOrEdge(start - 1) && isSpaceOrEdge(start + 1)) {
                return emit(.dash, start, extend(runEnd))
            }
        case "`":
            return emitQuote(start, scalar(start + 1) == "`" ? start + 2 : start + 1)
        case "'", "\u{2019}":
            return scanApostrophe(at: start)
        default:
            if first.isQuotationMark {
                if first.value == 0x2018 || first.value == 0x201A {
                    singleQuoteOpen = true
                }
                return emitQuote(start, start + 1)
            }
            if first.isDash { return emit(.dash, start, extend(sameScalarRunEnd(from: start))) }
            if first.isRegionalIndicator, scalar(start + 1)?.isRegionalIndicator == true {
                return emit(.symbol, start, extend(start + 2))
            }
        }
        let kind: TokenKind = first.isPunctuation ? .punctuation : .symbol
        return emit(kind, start, extend(start + 1))
    }

    /// Scans an apostrophe ' or ’ that no word took: a clitic after a word, an elided year ("’90s"), or
    /// a quotation mark.
    private mutating func scanApostrophe(at start: Int) -> Int {
        let mark = scalars[start]
        let followsWord = tokens.last.map { token in
            token.range.end == start && [.word, .number, .abbreviation, .initial].contains(token.kind)
        } ?? false
        if mark == "'", scalar(start + 1) == "'" { return emitQuote(start, start + 2) }
        if followsWord {
            if let length = cliticLength(at: start) { return emit(.clitic, start, start + length) }
            let afterS = scalar(start - 1)?.asciiLowercased == 0x73
            if afterS, !isWordPart(start + 1), !singleQuoteOpen { return emit(.clitic, start, start + 1) }
        }
        if !followsWord, isDigit(start + 1), isDigit(start + 2), scalar(start + 3)?.asciiLowercased == 0x73,
           !isWordPart(start + 4) {
            return emit(.word, start, start + 4)
        }
        if mark == "'" {
            let opens = (isSpaceOrEdge(start - 1) || scalar(start - 1).map(isOpener) == true)
                && !isSpaceOrEdge(start + 1)
            singleQuoteOpen = opens
        } else {
            singleQuoteOpen = false
        }
        return emitQuote(start, start + 1)
    }

    /// Whether a quotation mark after `scalar` is in opening position.
    private func isOpener(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isOpeningPunctuation || scalar.isQuotationMark || scalar.isDash
    }

    /// Records a quotation mark token (with any extenders after it).
    private mutating func emitQuote(_ start: Int, _ end: Int) -> Int {
        emit(.quote, start, extend(end))
    }

    /// The end of the run of scalars equal to the one at `start`.
    private func sameScalarRunEnd(from start: Int) -> Int {
        var index = start + 1
        while index < end, scalars[index] == scalars[start] { index += 1 }
        return index
    }

    /// The end of the handle or hashtag whose sign is at `sign`: letters, digits, extenders and
    /// underscores, at least one of them, and at least one letter when `needsLetter`.
    private func tagEnd(after sign: Int, needsLetter: Bool) -> Int? {
        var index = sign + 1
        var hasLetter = false
        while index < end {
            let scalar = scalars[index]
            let kind = ScalarClass(scalar)
            guard kind.isWordPart || scalar == "_" else { break }
            hasLetter = hasLetter || kind == .letter
            index += 1
        }
        guard index > sign + 1, hasLetter || !needsLetter else { return nil }
        return index
    }
}
