import BylineCore

/// A style laid over a span of the article's text. The article pane collects the decorations of a line
/// from every source (entity kinds, quotes, search matches, the selection, the current target) and lays
/// them on in `layer` order, so a new kind of highlight is one more layer, not another special case.
public struct Decoration: Hashable, Sendable {
    /// The layers from bottom to top.
    public enum Layer: Int, Hashable, Sendable, Comparable {
        /// Blocks by kind and inline markup (`ui.heading`, `ui.byline`, italic, bold): see `BlockStyles`.
        case block
        /// Direct quotes (`quote`, the current one also `quote.current`).
        case quote
        /// Name mentions by their entity's kind (`entity.person`, …).
        case kind
        /// Search matches (`search.match`).
        case match
        /// The evidence of the relation opened last (`search.current`).
        case evidence
        /// Every mention of the selected entity (`entity.selected`).
        case selection
        /// The current search match (`search.current`).
        case currentMatch
        /// The current mention (`entity.current`).
        case currentMention

        public static func < (a: Layer, b: Layer) -> Bool { a.rawValue < b.rawValue }
    }

    public var range: TextRange
    public var style: Style
    public var layer: Layer

    public init(range: TextRange, style: Style, layer: Layer) {
        self.range = range
        self.style = style
        self.layer = layer
    }
}
