/// The reader's panes, in the order Tab cycles through them and the number keys 1–4 name them.
public enum Pane: Int, Hashable, Sendable, CaseIterable {
    case article, entities, quotes, relations

    /// The pane's name in its frame title and tab.
    public var title: String {
        switch self {
        case .article: "Article"
        case .entities: "Entities"
        case .quotes: "Quotes"
        case .relations: "Relations"
        }
    }

    /// The pane's name in the config file's `panes` list: "article", "entities", "quotes", "relations".
    public var configName: String { title.lowercased() }

    /// The number key that shows or focuses it: 1 for the article.
    public var number: Int { rawValue + 1 }

    /// The next pane in Tab order (`step` 1) or the previous one (`step` -1), wrapping around.
    func cycled(by step: Int) -> Pane {
        let count = Pane.allCases.count
        return Pane(rawValue: ((rawValue + step) % count + count) % count) ?? .article
    }
}
