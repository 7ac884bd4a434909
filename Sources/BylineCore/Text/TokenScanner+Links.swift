/// URLs and e-mail addresses.
extension TokenScanner {
    /// The end of the URL starting at `start` ("http://", "https://", "ftp://" or "www." and more), with
    /// trailing punctuation and unbalanced closing brackets left out.
    func urlEnd(at start: Int) -> Int? {
        guard let bodyStart = urlBodyStart(at: start) else { return nil }
        var index = bodyStart
        while index < end, !isURLStop(scalars[index]) { index += 1 }
        while index > bodyStart {
            let last = scalars[index - 1]
            switch last {
            case ".", ",", ";", ":", "!", "?", "'", "*":
                index -= 1
                continue
            case ")":
                guard count("(", in: bodyStart..<index) < count(")", in: bodyStart..<index) else { break }
                index -= 1
                continue
            case "]":
                guard count("[", in: bodyStart..<index) < count("]", in: bodyStart..<index) else { break }
                index -= 1
                continue
            default:
                break
            }
            break
        }
        return index > bodyStart ? index : nil
    }

    /// Where the part after a URL's scheme or "www." starts, if one starts at `start`.
    private func urlBodyStart(at start: Int) -> Int? {
        switch scalars[start].asciiLowercased {
        case 0x68:  // h
            if hasASCIIPrefix("https://", at: start) { return start + 8 }
            if hasASCIIPrefix("http://", at: start) { return start + 7 }
        case 0x66:  // f
            if hasASCIIPrefix("ftp://", at: start) { return start + 6 }
        case 0x77:  // w
            if hasASCIIPrefix("www.", at: start), isWordPart(start + 4) { return start + 4 }
        default:
            break
        }
        return nil
    }

    /// Whether the scalar ends a URL: whitespace, quotation marks, angle brackets and the like.
    private func isURLStop(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "'" { return false }
        if scalar.isQuotationMark { return true }
        switch scalar {
        case "<", ">", "{", "}", "|", "\\", "^": return true
        default: return ScalarClass(scalar) == .whitespace
        }
    }

    /// Whether the text at `start` begins with `prefix`, ignoring ASCII case.
    private func hasASCIIPrefix(_ prefix: StaticString, at start: Int) -> Bool {
        guard end - start >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { bytes in
            bytes.enumerated().allSatisfy { offset, byte in scalars[start + offset].asciiLowercased == UInt32(byte) }
        }
    }

    /// How many times `scalar` occurs in `range`.
    private func count(_ scalar: Unicode.Scalar, in range: Range<Int>) -> Int {
        range.reduce(0) { $0 + (scalars[$1] == scalar ? 1 : 0) }
    }

    /// The end of the e-mail address starting at `start`: a local part of ASCII letters, digits and
    /// . _ % + -, an "@", and a domain of at least two dot-separated labels, the last of two or more letters.
    mutating func emailEnd(at start: Int) -> Int? {
        if nextAtSign < start {
            nextAtSign = start
            while nextAtSign < end, scalars[nextAtSign] != "@" { nextAtSign += 1 }
        }
        let atSign = nextAtSign
        guard atSign < end, atSign > start, atSign - start <= 64 else { return nil }
        for index in start..<atSign where !isEmailLocalPart(scalars[index]) { return nil }
        guard scalars[atSign - 1] != "." else { return nil }
        var index = atSign + 1
        var labels = 0
        var lastLabel = index..<index
        while true {
            let labelStart = index
            while index < end, isDomainPart(scalars[index]) { index += 1 }
            guard index > labelStart else { break }
            labels += 1
            lastLabel = labelStart..<index
            guard scalar(index) == ".", let next = scalar(index + 1), isDomainPart(next) else { break }
            index += 1
        }
        let topLevelIsLetters = lastLabel.allSatisfy { ScalarClass(scalars[$0]) == .letter }
        guard labels >= 2, lastLabel.count >= 2, topLevelIsLetters, !isWordPart(index) else { return nil }
        return index
    }

    private func isEmailLocalPart(_ scalar: Unicode.Scalar) -> Bool {
        isDomainPart(scalar) || scalar == "." || scalar == "_" || scalar == "%" || scalar == "+"
    }

    private func isDomainPart(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value < 0x80 else { return false }
        return ScalarClass(scalar) == .letter || ScalarClass(scalar) == .digit || scalar == "-"
    }
}
