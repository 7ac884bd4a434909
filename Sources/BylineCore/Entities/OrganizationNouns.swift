import Foundation

/// The common nouns that refer back to a named organization (“the company”, “the ministry”) and the name
/// words that say which nouns fit a name (`Resources/Lexicons/organization-nouns.txt`): “the bank” may
/// mean “Norvik Bank” or a bare “Norvik”, “the ministry” only a name with “Ministry” or “Department”.
struct OrganizationNouns: Sendable {
    /// One class of organization: its nouns, its name words and whether a bare name may be meant.
    struct Class: Sendable {
        var name: String
        var allowsBareNames: Bool
    }

    /// The class of each noun, lowercased.
    let nounClasses: [String: Int]
    /// The class of each name word, as written.
    let nameWordClasses: [String: Int]
    let classes: [Class]

    /// The bundled lexicon; empty when the resource is missing (no nominal mention is then found).
    static let bundled = OrganizationNouns(text: {
        guard let url = Bundle.module.url(forResource: "organization-nouns", withExtension: "txt", subdirectory: "Lexicons") else { return "" }
        return (try? String(contentsOf: url, encoding: .utf8)) ?? ""
    }())

    /// Reads the lexicon's lines: class, "bare" or "-", nouns, name words.
    init(text: String) {
        var nouns: [String: Int] = [:]
        var nameWords: [String: Int] = [:]
        var classes: [Class] = []
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4 else { continue }
            for noun in fields[2].split(separator: " ") { nouns[noun.lowercased()] = classes.count }
            for word in fields[3].split(separator: " ") { nameWords[String(word)] = classes.count }
            classes.append(Class(name: String(fields[0]), allowsBareNames: fields[1] == "bare"))
        }
        nounClasses = nouns
        nameWordClasses = nameWords
        self.classes = classes
    }

    /// The classes an organization's name puts it in: those of its name words (none for a bare name).
    func classes(ofName name: String) -> Set<Int> {
        Set(name.split(separator: " ").compactMap { nameWordClasses[String($0)] })
    }
}
