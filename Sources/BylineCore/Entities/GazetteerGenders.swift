/// The genders the gazetteers list for first names and titles, read like a dictionary:
/// `gazetteer.genders["Anna"]` is `.female`, nil for a name listed with no gender or not listed.
///
/// Keys match exactly as listed (normalized text, case-sensitive).
public struct GazetteerGenders: Sendable {
    let names: NameTable

    /// The gender listed for a name or title, if any.
    public subscript(name: String) -> Gender? {
        guard Gazetteer.normalize(name) == name, let entry = names.entry(Gazetteer.key(name)) else { return nil }
        return GazetteerGenders.gender(code: names.genders[entry])
    }

    /// The code a gender is stored as in a `NameTable` (0 is none).
    static func code(_ gender: Gender) -> UInt8 {
        switch gender {
        case .male: 1
        case .female: 2
        case .unknown: 3
        }
    }

    /// The gender a stored code stands for.
    static func gender(code: UInt8) -> Gender? {
        switch code {
        case 1: .male
        case 2: .female
        case 3: .unknown
        default: nil
        }
    }
}
