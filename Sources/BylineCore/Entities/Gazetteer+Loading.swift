import Foundation

extension Gazetteer {
    /// Reads every list of the folder. Lines starting with # are comments; fields are tab-separated.
    mutating func load(directory: URL) throws {
        names.reserve(90_000, bytes: 1_200_000)
        try Gazetteer.forEachRow(directory, "countries.txt") { add(field: $0.bytes(0), .country) }
        try Gazetteer.forEachRow(directory, "regions.txt") { add(field: $0.bytes(0), .region) }
        try Gazetteer.forEachRow(directory, "cities.txt") { row in
            add(field: row.bytes(0), row.count > 2 && row.bytes(2).elementsEqual("capital".utf8) ? .capital : .city)
        }
        try Gazetteer.forEachRow(directory, "place-aliases.txt") { addAliases($0, category: .placeAlias) }
        try Gazetteer.forEachRow(directory, "demonyms.txt") { row in
            let word = row.string(0)
            for form in [word] + Gazetteer.plurals(of: word) {
                add(form, .demonym)
                if row.count > 1, !row.bytes(1).isEmpty { demonymPlaces[form] = row.string(1) }
            }
        }
        try Gazetteer.forEachRow(directory, "groups.txt") { row in
            let word = row.string(0)
            for form in [word] + Gazetteer.plurals(of: word) { add(form, .group) }
        }
        try Gazetteer.forEachRow(directory, "organizations.txt") { addAliases($0, category: .organization) }
        try Gazetteer.forEachRow(directory, "news-organizations.txt") { addAliases($0, category: .newsOrganization) }
        try Gazetteer.forEachRow(directory, "organization-suffixes.txt") { row in
            add(field: row.bytes(0), .organizationSuffix)
            if row.count > 1, row.bytes(1).elementsEqual("legal".utf8) || row.bytes(1).elementsEqual("ends".utf8) {
                add(field: row.bytes(0), .legalSuffix)
            }
        }
        try Gazetteer.forEachRow(directory, "event-words.txt") { row in
            add(field: row.bytes(0), .eventWord)
            if row.count > 1, row.bytes(1).elementsEqual("alone".utf8) { eventsAlone.insert(Gazetteer.normalize(row.string(0))) }
        }
        try Gazetteer.forEachRow(directory, "titles.txt") { row in
            addGendered(row, .title)
            noteTitle(row.string(0))
        }
        try Gazetteer.forEachRow(directory, "first-names.txt") { addGendered($0, .firstName) }
        try Gazetteer.forEachRow(directory, "surnames.txt") { add(field: $0.bytes(0), .surname) }
    }

    /// Adds a row's first field, with the gender its second field gives (m, f or u), if any.
    private mutating func addGendered(_ row: GazetteerRow, _ category: GazetteerCategory) {
        guard let entry = add(field: row.bytes(0), category), row.count > 1,
              let gender = Gazetteer.gender(code: row.bytes(1)) else { return }
        names.setGender(GazetteerGenders.code(gender), of: entry)
    }

    /// Adds a field as an entry: straight from its bytes when they are plain normalized ASCII, else through
    /// `Gazetteer.normalize` (the lists are in Unicode normal form C already, as a test checks). Returns the
    /// entry, nil when the field normalizes to nothing.
    @discardableResult
    private mutating func add(field: UnsafeBufferPointer<UInt8>, _ category: GazetteerCategory) -> Int? {
        if Gazetteer.isPlainKey(field) { return add(normalized: field, category.bit) }
        var key = Gazetteer.normalize(String(decoding: field, as: UTF8.self))
        guard !key.isEmpty else { return nil }
        return key.withUTF8 { add(normalized: $0, category.bit) }
    }

    /// Whether bytes are non-empty ASCII with no whitespace but single spaces between words.
    private static func isPlainKey(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last, first != 0x20, last != 0x20 else { return false }
        var previousWasSpace = false
        for byte in bytes {
            switch byte {
            case 0x20:
                if previousWasSpace { return false }
                previousWasSpace = true
            case 0x09...0x0D, 0x80...0xFF:
                return false
            default:
                previousWasSpace = false
            }
        }
        return true
    }

    /// Adds a row of names for one thing: the first is the fullest, the rest map to it.
    private mutating func addAliases(_ row: GazetteerRow, category: GazetteerCategory) {
        let canonical = Gazetteer.normalize(row.string(0))
        for field in 0..<row.count where !row.bytes(field).isEmpty {
            let name = row.string(field)
            add(name, category)
            canonicalNames[Gazetteer.normalize(name)] = canonical
        }
    }

    /// Calls `body` with each row of a list: its non-comment lines split at tabs, with a non-empty first field.
    private static func forEachRow(_ directory: URL, _ file: String, _ body: (GazetteerRow) -> Void) throws {
        let url = directory.appendingPathComponent(file)
        guard let data = try? Data(contentsOf: url) else {
            throw GazetteerError(description: "cannot read the gazetteer \(file)")
        }
        data.withUnsafeBytes { raw in
            let bytes = raw.bindMemory(to: UInt8.self)
            var row = GazetteerRow(text: bytes)
            var lineStart = 0
            while lineStart < bytes.count {
                let lineEnd = bytes[lineStart...].firstIndex(of: 0x0A) ?? bytes.count
                if lineEnd > lineStart, bytes[lineStart] != 0x23, row.split(lineStart..<lineEnd) { body(row) }
                lineStart = lineEnd + 1
            }
        }
    }

    private static func gender(code: UnsafeBufferPointer<UInt8>) -> Gender? {
        guard code.count == 1, let byte = code.first else { return nil }
        switch byte {
        case UInt8(ascii: "m"): return .male
        case UInt8(ascii: "f"): return .female
        case UInt8(ascii: "u"): return .unknown
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
