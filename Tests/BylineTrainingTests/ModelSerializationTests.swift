import BylineCore
import Foundation
import Testing

@Suite struct ModelSerializationTests {
    static func model() -> EntityModel {
        let labels = LabelSet(scheme: .bilou, kinds: [.person, .place, .date])
        let keys: [UInt64] = [3, 17, 1 << 40, .max - 1]
        let weights: [Int8] = (0..<(keys.count * labels.count)).map { Int8(truncatingIfNeeded: $0 * 37 - 100) }
        return EntityModel(labels: labels, weights: PerceptronWeights(labelCount: labels.count, keys: keys, scales: [0.5, 1, 0.25, 2], weights: weights))
    }

    @Test func roundTripsThroughBytes() throws {
        let original = Self.model()
        let data = original.encoded()
        let decoded = try EntityModel(data: data)
        #expect(decoded.labels == original.labels)
        #expect(decoded.weights.keys == original.weights.keys)
        #expect(decoded.weights.scales == original.weights.scales)
        #expect(decoded.weights.weights == original.weights.weights)
        #expect(decoded.encoded() == data)
    }

    @Test func findsEveryKeptFeature() {
        let weights = Self.model().weights
        for (row, key) in weights.keys.enumerated() {
            #expect(weights.row(of: key) == row)
        }
        #expect(weights.row(of: 4) == nil)
    }

    @Test func rejectsDamagedFiles() {
        let data = Self.model().encoded()
        #expect(throws: EntityModelError.notAModel) { try EntityModel(data: Data("not a model".utf8)) }
        #expect(throws: EntityModelError.truncated) { try EntityModel(data: data.prefix(data.count - 1)) }
        var future = data
        future[8] = 9
        #expect(throws: EntityModelError.unsupportedFormat(9)) { try EntityModel(data: future) }
    }
}
