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

    @Test func recordsWhetherTheModelUsesGazetteerFeatures() throws {
        let plain = Self.model()
        #expect(try !EntityModel(data: plain.encoded()).usesGazetteerFeatures)
        let withGazetteer = EntityModel(labels: plain.labels, weights: plain.weights, usesGazetteerFeatures: true)
        #expect(try EntityModel(data: withGazetteer.encoded()).usesGazetteerFeatures)
    }

    @Test func readsTheFirstFormatWithoutOptions() throws {
        let model = Self.model()
        let current = model.encoded()
        let namesEnd = 28 + model.labels.kinds.reduce(0) { $0 + 1 + $1.rawValue.utf8.count }
        func padded(_ count: Int) -> Int { (count + 7) / 8 * 8 }
        var first = Data(current[0..<8])
        first.append(contentsOf: [1, 0, 0, 0])
        first.append(current[12..<16])
        first.append(current[20..<namesEnd])
        first.append(Data(repeating: 0, count: padded(namesEnd - 4) - (namesEnd - 4)))
        first.append(current[padded(namesEnd)...])
        let decoded = try EntityModel(data: first)
        #expect(!decoded.usesGazetteerFeatures)
        #expect(decoded.labels == model.labels)
        #expect(decoded.weights.weights == model.weights.weights)
    }

    @Test func addsEveryKeptFeaturesWeightsAndNothingForOthers() {
        let labels = LabelSet(scheme: .bilou, kinds: [.person, .place, .date])
        var generator = SplitMix64(seed: 11)
        var keys = Set((0..<500).map { _ in generator.next() })
        keys.insert(0)
        let sortedKeys = keys.sorted()
        let scales = sortedKeys.indices.map { Float($0 % 7 + 1) / 8 }
        let weights = (0..<(sortedKeys.count * labels.count)).map { Int8(truncatingIfNeeded: $0 * 31 + 5) }
        let table = PerceptronWeights(labelCount: labels.count, keys: sortedKeys, scales: scales, weights: weights)
        #expect(table.keys == sortedKeys)
        #expect(table.scales == scales)
        #expect(table.weights == weights)
        let scores = UnsafeMutablePointer<Float>.allocate(capacity: labels.count)
        defer { scores.deallocate() }
        for (row, key) in sortedKeys.enumerated() {
            scores.update(repeating: 0, count: labels.count)
            table.accumulate(key, into: scores)
            for label in 0..<labels.count {
                #expect(scores[label] == scales[row] * Float(weights[row * labels.count + label]))
            }
        }
        let unknown = (0..<200).map { _ in generator.next() }.filter { !keys.contains($0) }
        scores.update(repeating: 0, count: labels.count)
        unknown.withUnsafeBufferPointer { table.accumulate($0, into: scores) }
        #expect((0..<labels.count).allSatisfy { scores[$0] == 0 })
        scores.update(repeating: 0, count: labels.count)
        (unknown + sortedKeys).withUnsafeBufferPointer { table.accumulate($0, into: scores) }
        for label in 0..<labels.count {
            let expected = sortedKeys.indices.reduce(Float(0)) { $0 + scales[$1] * Float(weights[$1 * labels.count + label]) }
            #expect(scores[label] == expected)
        }
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
