import BylineCore

/// The one place in the article the reader went to last: a mention of the selected entity (`n`/`N`), a
/// quote (`]`/`[`, Enter in the quote pane), a relation's evidence (Enter in the relation pane) or a
/// search match. It is styled as current in the article and named in the status line; going anywhere
/// else replaces it, so there is never more than one.
public enum Target: Hashable, Sendable {
    /// The index among the selected entity's mentions.
    case mention(Int)
    /// The index in `QuoteList.quotes`.
    case quote(Int)
    /// A relation's evidence.
    case evidence(TextRange)
    /// The index among the search's matches.
    case match(Int)
}
