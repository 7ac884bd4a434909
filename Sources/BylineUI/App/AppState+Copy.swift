extension AppState {
    /// `y` in the quote pane: the selected quote with its speaker and cue (`“…” — Name, told reporters`)
    /// for the terminal's clipboard, and a note saying so.
    func copySelectedQuote() -> (AppState, [Effect]) {
        var next = self
        guard let index = article.quotes.selected, quoteList.quotes.indices.contains(index) else {
            next.note = "no quote selected to copy"
            return (next, [])
        }
        let text = Self.citation(quote: quoteList.text(of: index), speaker: quoteList.speakerName(of: index),
                                 cue: quoteList.cueText(of: index))
        next.note = "copied quote \(index + 1) to the clipboard (OSC 52)"
        return (next, [.copy(text)])
    }

    /// `“words” — Speaker, cue`: the quote in curly quotation marks unless it has its own, the speaker
    /// ("unknown speaker" for none) and the cue when there is one.
    static func citation(quote: String, speaker: String?, cue: String) -> String {
        let marks: Set<Character> = ["\"", "“", "”", "„", "«", "»", "'", "‘", "’"]
        let quoted = quote.first.map(marks.contains) == true ? quote : "“" + quote + "”"
        return quoted + " — " + (speaker ?? "unknown speaker") + (cue.isEmpty ? "" : ", " + cue)
    }
}
