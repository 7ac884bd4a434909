/// Where characters (grapheme clusters) end, so that tokens end only there.
extension TokenScanner {
    /// The first character boundary at or after `index`, for a token that starts at `start` (itself a
    /// boundary). Whitespace counts as a boundary on both sides (the text model breaks there even where
    /// the cluster rules would not, as after a prepended concatenation mark). Scalars below U+0300 never
    /// join (but for CR LF, which is whitespace), so most text takes the first test; otherwise the
    /// standard library's grapheme rules decide, from `start` over a window that doubles while the
    /// character goes on past it.
    func characterEnd(from start: Int, _ index: Int) -> Int {
        guard index > start, index < end else { return index }
        if scalars[index].value < 0x300, scalars[index - 1].value < 0x300 { return index }
        var stop = index
        var window = 16
        while true {
            let limit = min(end, index + window)
            while stop < limit, ScalarClass(scalars[stop]) != .whitespace { stop += 1 }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<stop])
            var offset = start
            for character in String(view) {
                offset += character.unicodeScalars.count
                if offset >= index, offset < stop { return offset }
            }
            if stop == end || ScalarClass(scalars[stop]) == .whitespace { return stop }
            window *= 2
        }
    }
}
