@testable import BylineCore
import Foundation
import Testing

/// The gazetteer's byte-keyed table answers as a dictionary of strings would.
@Suite struct GazetteerTableTests {
    static let gazetteer = Result { try Gazetteer.bundled() }

    @Test func addedEntriesAreFoundNormalized() {
        var gazetteer = Gazetteer()
        gazetteer.add("New  York", .city)
        gazetteer.add("York", .city)
        gazetteer.add("O’Hare", .organization)
        #expect(gazetteer.lookup("New York") == [.city])
        #expect(gazetteer.lookup(" New\tYork ") == [.city])
        #expect(gazetteer.contains("O'Hare", .organization))
        #expect(gazetteer.startsEntry("New"))
        #expect(!gazetteer.startsEntry("York"))
        #expect(gazetteer.lookup("New").isEmpty)
        #expect(gazetteer.longestEntry == 2)
    }

    @Test func tableGrowsWithoutLosingEntries() {
        var gazetteer = Gazetteer()
        for number in 0..<5_000 { gazetteer.add("Place \(number)", number.isMultiple(of: 2) ? .city : .region) }
        #expect((0..<5_000).allSatisfy { gazetteer.contains("Place \($0)", $0.isMultiple(of: 2) ? .city : .region) })
        #expect(!gazetteer.contains("Place 5000", .city))
    }

    @Test func canonicallyEquivalentSpellingsMatch() throws {
        let gazetteer = try Self.gazetteer.get()
        #expect(gazetteer.contains("Bogot\u{00E1}", .city))
        #expect(gazetteer.contains("Bogota\u{0301}", .city))
    }

    @Test func gendersReadLikeADictionary() throws {
        let gazetteer = try Self.gazetteer.get()
        #expect(gazetteer.genders["Mary"] == .female)
        #expect(gazetteer.genders["John"] == .male)
        #expect(gazetteer.genders["Zzyzxq"] == nil)
        #expect(gazetteer.genders[" Mary"] == nil)
    }

    /// Loading skips Unicode normalization of the lists, so they must be in normal form C.
    @Test func listsAreInNormalFormC() throws {
        let gazetteer = try Self.gazetteer.get()
        for category in GazetteerCategory.allCases {
            let unnormalized = gazetteer.entries(in: category).map(\.name).filter {
                Array($0.utf8) != Array($0.precomposedStringWithCanonicalMapping.utf8)
            }
            #expect(unnormalized.isEmpty, "\(category): \(unnormalized.prefix(3))")
        }
    }
}

/// Category bits follow `allCases` order, as model features and masks expect.
@Suite struct GazetteerCategoryBitTests {
    @Test func bitsFollowCaseOrder() {
        for (position, category) in GazetteerCategory.allCases.enumerated() {
            #expect(category.bit == UInt16(1) << UInt16(position))
        }
    }
}
