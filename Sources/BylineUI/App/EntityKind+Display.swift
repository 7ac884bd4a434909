import BylineCore

extension EntityKind {
    /// The order the entity pane groups kinds in: people first, the rarer kinds last.
    static let paneOrder: [EntityKind] = [.person, .organization, .place, .group, .date, .event, .work, .product, .other]

    /// The heading of the kind's group in the entity pane.
    public var heading: String {
        switch self {
        case .person: "People"
        case .organization: "Organizations"
        case .place: "Places"
        case .group: "Groups"
        case .date: "Dates"
        case .event: "Events"
        case .work: "Works"
        case .product: "Products"
        case .other: "Other"
        }
    }

    /// The theme scope its name mentions are drawn in: `entity.person`, ….
    public var scope: String { "entity." + rawValue }
}
