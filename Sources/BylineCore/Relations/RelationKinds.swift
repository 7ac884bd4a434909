/// The kind relation extraction reads each entity as, where its name says more than the recognizer's type:
/// "Kenji Sato" typed as a place or "Yves Rochat" as an organization is a person (a known first name, a
/// known surname, no word that ends organizations' names, no organization the gazetteer knows), and "Kessler
/// Bank" typed as a person or "Geneva University Hospital" as a place is an organization (a name of two words
/// or more ending in such a word). Only the relations change: the entities keep their types.
enum RelationKinds {
    /// The entities whose kind is read differently, with the kind they are read as.
    static func overrides(_ entities: [Entity], gazetteer: Gazetteer) -> [String: EntityKind] {
        var kinds: [String: EntityKind] = [:]
        for entity in entities where [.person, .organization, .place].contains(entity.kind) {
            let words = entity.name.split(separator: " ").map(String.init)
            guard words.count > 1, let first = words.first, let last = words.last,
                  words.allSatisfy({ $0.first?.isUppercase ?? false }) else { continue }
            let endsOrganization = gazetteer.contains(last, .organizationSuffix) || gazetteer.contains(last, .legalSuffix)
            if entity.kind != .organization, endsOrganization, !gazetteer.contains(first, .firstName) {
                kinds[entity.id] = .organization
            } else if entity.kind != .person, !endsOrganization, gazetteer.contains(first, .firstName),
                      gazetteer.contains(last, .surname), !gazetteer.contains(entity.name, .organization),
                      !gazetteer.contains(entity.name, .newsOrganization), !isPlaceName(entity.name, gazetteer) {
                kinds[entity.id] = .person
            }
        }
        return kinds
    }

    private static func isPlaceName(_ name: String, _ gazetteer: Gazetteer) -> Bool {
        [.country, .city, .capital, .region, .placeAlias].contains { gazetteer.contains(name, $0) }
    }
}
