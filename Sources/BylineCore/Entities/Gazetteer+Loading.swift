import Foundation

extension Gazetteer {
    /// Reads every list of the folder. Lines starting with # are comments; fields are tab-separated.
    mutating func load(directory: URL) throws {
        categoryBits.reserveCapacity(80_000)
        try rows(directory, "countries.txt").forEach { add(String($0[0]), .country) }
        try rows(directory, "regions.txt").forEach { add(String($0[0]), .region) }
        for row in try rows(directory, "cities.txt") {
            add(String(row[0]), row.count > 2 && row[2] == "capital" ? .capital : .city)
        }
        for row in try rows(directory, "place-aliases.txt") {
            addAliases(row, category: .placeAlias)
        }
        for row in try rows(directory, "demonyms.txt") {
            let word = String(row[0])
            for form in [word] + Gazetteer.plurals(of: word) {
                add(form, .demonym)
                if row.count > 1, !row[1].isEmpty { demonymPlaces[form] = String(row[1]) }
            }
        }
        for row in try rows(directory, "groups.txt") {
            let word = String(row[0])
            for form in [word] + Gazetteer.plurals(of: word) { add(form, .group) }
        }
        try rows(directory, "organizations.txt").forEach { addAliases($0, category: .organization) }
        try rows(directory, "news-organizations.txt").forEach { addAliases($0, category: .newsOrganization) }
        try rows(directory, "organization-suffixes.txt").forEach { add(String($0[0]), .organizationSuffix) }
        for row in try rows(directory, "titles.txt") {
            let title = Gazetteer.normalize(String(row[0]))
            add(title, .title)
            if row.count > 1, let gender = Gazetteer.gender(code: row[1]) { genders[title] = gender }
        }
        for row in try rows(directory, "first-names.txt") {
            let name = String(row[0])
            add(name, .firstName)
            if row.count > 1, let gender = Gazetteer.gender(code: row[1]) { genders[name] = gender }
        }
        try rows(directory, "surnames.txt").forEach { add(String($0[0]), .surname) }
    }

    /// Adds a row of names for one thing: the first is the fullest, the rest map to it.
    private mutating func addAliases(_ row: [Substring], category: GazetteerCategory) {
        let canonical = Gazetteer.normalize(String(row[0]))
        for name in row where !name.isEmpty {
            add(String(name), category)
            canonicalNames[Gazetteer.normalize(String(name))] = canonical
        }
    }

    /// The rows of a list: its non-comment lines split at tabs, with a non-empty first field.
    private func rows(_ directory: URL, _ file: String) throws -> [[Substring]] {
        let url = directory.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else {
            throw GazetteerError(description: "cannot read the gazetteer \(file)")
        }
        return String(decoding: data, as: UTF8.self).split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#") else { return nil }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard let first = fields.first, !first.isEmpty else { return nil }
            return fields
        }
    }

    private static func gender(code: Substring) -> Gender? {
        switch code {
        case "m": return .male
        case "f": return .female
        case "u": return .unknown
        default: return nil
        }
    }

    /// English plurals of a group word: "Russian" → "Russians", "Iraqi" → "Iraqis", "Tory" → "Tories";
    /// none for words that are their own plural ("Swiss", "Chinese", "British", "French", "Dutch").
    static func plurals(of word: String) -> [String] {
        guard let last = word.last, last.isLetter else { return [] }
        let invariable = ["ese", "ss", "ish", "ench", "tch", "s", "x"]
        if invariable.contains(where: { word.hasSuffix($0) }) { return [] }
        if word.hasSuffix("y") { return [String(word.dropLast()) + "ies"] }
        return [word + "s"]
    }
}
