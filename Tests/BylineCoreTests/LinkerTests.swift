import BylineCore
import Testing

/// Links marked text ("⟦Angela Merkel|person⟧ met ...") with the bundled gazetteer, taking the marked
/// spans as the recognizer's mentions, so the expectations do not depend on the statistical model.
enum LinkerFixture {
    /// An entity as the tests write it: name, kind and "text/form" for each mention.
    struct Linked: Equatable, CustomStringConvertible {
        var name: String
        var kind: EntityKind
        var mentions: [String]
        var description: String { "\(name) (\(kind.rawValue)): \(mentions.joined(separator: ", "))" }
    }

    /// The text without marks and the marked mentions.
    static func parse(_ marked: String) -> (text: String, mentions: [NamedMention]) {
        var text = String.UnicodeScalarView()
        var mentions: [NamedMention] = []
        var start: Int?
        var kindText: String.UnicodeScalarView?
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "⟦": start = text.count
            case "|" where start != nil: kindText = String.UnicodeScalarView()
            case "⟧":
                if let begin = start, let kind = EntityKind(rawValue: String(kindText ?? String.UnicodeScalarView())) {
                    mentions.append(NamedMention(range: TextRange(start: begin, end: text.count), kind: kind))
                }
                start = nil
                kindText = nil
            default:
                if kindText != nil { kindText?.append(scalar) } else { text.append(scalar) }
            }
        }
        return (String(text), mentions)
    }

    /// The entities linking finds in the marked text.
    static func link(_ marked: String) throws -> [Linked] {
        let (text, mentions) = parse(marked)
        let article = Article.parse(text)
        let entities = EntityLinker.link(mentions, in: Document(article), gazetteer: try Gazetteer.bundled())
        return entities.map { entity in
            Linked(name: entity.name, kind: entity.kind,
                   mentions: entity.mentions.map { "\(article.string($0.range))/\($0.form.rawValue)" })
        }
    }

    /// The one entity with this name, if there is exactly one.
    static func entity(_ name: String, in entities: [Linked]) -> Linked? {
        let matching = entities.filter { $0.name == name }
        return matching.count == 1 ? matching.first : nil
    }
}

@Suite struct LinkerTests {
    @Test func entitiesAreNumberedInOrderOfFirstMention() throws {
        let (text, mentions) = LinkerFixture.parse("⟦Ana Ruiz|person⟧ visited ⟦Lisbon|place⟧. ⟦Ruiz|person⟧ left ⟦Lisbon|place⟧ on ⟦Monday|date⟧.")
        let entities = EntityLinker.link(mentions, in: Document(Article.parse(text)), gazetteer: try Gazetteer.bundled())
        #expect(entities.map(\.id) == ["E1", "E2", "E3"])
        #expect(entities.map(\.name) == ["Ana Ruiz", "Lisbon", "Monday"])
        #expect(entities.map { $0.mentions.count } == [2, 2, 1])
    }

    @Test func mentionsAreInTextOrderAndNeverOverlap() throws {
        let entities = try LinkerFixture.link("""
            ⟦Maria Lopez|person⟧ met ⟦Tom Berg|person⟧ in ⟦Oslo|place⟧. She told him that the talks went well. \
            ⟦Berg|person⟧ said he agreed with ⟦Lopez|person⟧.
            """)
        let (text, mentions) = LinkerFixture.parse("⟦Maria Lopez|person⟧ met ⟦Tom Berg|person⟧")
        let linked = EntityLinker.link(mentions, in: Document(Article.parse(text)), gazetteer: try Gazetteer.bundled())
        for entity in linked {
            #expect(entity.mentions.map(\.range) == entity.mentions.map(\.range).sorted())
        }
        #expect(LinkerFixture.entity("Maria Lopez", in: entities)?.mentions == ["Maria Lopez/name", "She/pronoun", "Lopez/name"])
        #expect(LinkerFixture.entity("Tom Berg", in: entities)?.mentions == ["Tom Berg/name", "him/pronoun", "Berg/name", "he/pronoun"])
    }

    @Test func anEmptyArticleHasNoEntities() throws {
        #expect(try LinkerFixture.link("").isEmpty)
        #expect(try LinkerFixture.link("He said they would come.").isEmpty)
    }
}
