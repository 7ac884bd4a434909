import BylineCore
import Testing

@Suite struct LabelSetTests {
    @Test func bilouRoundTripsSpans() {
        let labels = LabelSet(scheme: .bilou, kinds: [.person, .place])
        let spans: [(range: Range<Int>, kind: EntityKind)] = [(0..<2, .person), (3..<4, .place), (5..<8, .person)]
        let encoded = labels.encode(spans, length: 9)
        #expect(encoded.map(labels.name) == ["B-person", "L-person", "O", "U-place", "O", "B-person", "I-person", "L-person", "O"])
        let decoded = labels.decode(encoded)
        #expect(decoded.map(\.range) == spans.map(\.range))
        #expect(decoded.map(\.kind) == spans.map(\.kind))
    }

    @Test func bioRoundTripsAdjacentSpans() {
        let labels = LabelSet(scheme: .bio, kinds: [.person, .organization])
        let spans: [(range: Range<Int>, kind: EntityKind)] = [(0..<1, .person), (1..<3, .person), (3..<4, .organization)]
        let encoded = labels.encode(spans, length: 4)
        #expect(encoded.map(labels.name) == ["B-person", "B-person", "I-person", "B-organization"])
        #expect(labels.decode(encoded).map(\.range) == [0..<1, 1..<3, 3..<4])
    }

    @Test func transitionsKeepSpansWellFormed() {
        let bilou = LabelSet(scheme: .bilou, kinds: [.person, .place])
        let beginPerson = bilou.label(.begin, .person)
        #expect(!bilou.allows(LabelSet.outside, after: beginPerson, isLast: false))
        #expect(!bilou.allows(bilou.label(.last, .place), after: beginPerson, isLast: false))
        #expect(bilou.allows(bilou.label(.last, .person), after: beginPerson, isLast: true))
        #expect(!bilou.allows(bilou.label(.begin, .place), after: LabelSet.outside, isLast: true))
        let bio = LabelSet(scheme: .bio, kinds: [.person, .place])
        #expect(!bio.allows(bio.label(.inside, .person), after: LabelSet.outside, isLast: false))
        #expect(bio.allows(bio.label(.inside, .person), after: bio.label(.begin, .person), isLast: false))
    }
}
