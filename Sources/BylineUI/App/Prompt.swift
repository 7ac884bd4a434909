/// The line the user types a search or a filter into, on the status line.
public struct Prompt: Hashable, Sendable {
    /// What the typed text is for.
    public enum Purpose: Hashable, Sendable {
        /// A search down (`/`) or up (`?`) the article.
        case search(forward: Bool)
        /// The text the entity and quote lists are filtered by (`&`).
        case filter
    }

    public var purpose: Purpose
    /// The text typed so far.
    public var text: String
    /// The entry of the history shown, counted back from the latest; nil while editing new text.
    var historyIndex: Int?

    public init(purpose: Purpose, text: String = "") {
        self.purpose = purpose
        self.text = text
    }

    /// The character the prompt starts with, as less shows it: `/`, `?` or `&`.
    public var symbol: String {
        switch purpose {
        case .search(forward: true): "/"
        case .search(forward: false): "?"
        case .filter: "&"
        }
    }

    /// The text without its last word (and the spaces after it), as Ctrl-W leaves it.
    static func deletingWord(_ text: String) -> String {
        var characters = Array(text)
        while characters.last?.isWhitespace == true { characters.removeLast() }
        while let last = characters.last, !last.isWhitespace { characters.removeLast() }
        return String(characters)
    }
}
