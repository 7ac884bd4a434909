import BylineCore

/// The growing weight table of an averaged perceptron. A feature gets a row the first time an update
/// touches it. Averages use the usual trick: alongside each weight `w` the table keeps `u`, the sum of
/// every update times the clock at which it happened, so that the average at clock `c` is `w - u / c`.
struct AveragedWeights: FeatureWeights {
    let labelCount: Int
    private var rows: [UInt64: Int] = [:]
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    private var stamped: [Double] = []

    init(labelCount: Int) {
        self.labelCount = labelCount
    }

    func accumulate(_ feature: UInt64, into scores: UnsafeMutablePointer<Float>) {
        guard let row = rows[feature] else { return }
        let base = row * labelCount
        weights.withUnsafeBufferPointer { buffer in
            for label in 0..<labelCount {
                scores[label] += buffer[base + label]
            }
        }
    }

    /// Adds `delta` to the weight of `feature` for `label` at time `clock`.
    mutating func update(_ feature: UInt64, label: Int, delta: Float, clock: Int) {
        let row: Int
        if let existing = rows[feature] {
            row = existing
        } else {
            row = keys.count
            rows[feature] = row
            keys.append(feature)
            weights.append(contentsOf: repeatElement(0, count: labelCount))
            stamped.append(contentsOf: repeatElement(0, count: labelCount))
        }
        weights[row * labelCount + label] += delta
        stamped[row * labelCount + label] += Double(clock) * Double(delta)
    }

    /// The number of features with a row.
    var featureCount: Int { keys.count }

    /// The averaged weights at `clock`, quantized to one signed byte per label with a scale per feature,
    /// dropping features whose largest absolute average is below `threshold`.
    func compacted(clock: Int, threshold: Float) -> (keys: [UInt64], scales: [Float], weights: [Int8]) {
        var keptKeys: [UInt64] = []
        var scales: [Float] = []
        var quantized: [Int8] = []
        var average = [Float](repeating: 0, count: labelCount)
        let divisor = Double(max(clock, 1))
        for key in keys.sorted() {
            guard let row = rows[key] else { continue }
            var largest: Float = 0
            for label in 0..<labelCount {
                let index = row * labelCount + label
                average[label] = Float(Double(weights[index]) - stamped[index] / divisor)
                largest = max(largest, abs(average[label]))
            }
            guard largest >= threshold, largest > 0 else { continue }
            let scale = largest / 127
            keptKeys.append(key)
            scales.append(scale)
            for label in 0..<labelCount {
                quantized.append(Int8((average[label] / scale).rounded().clamped(to: -127...127)))
            }
        }
        return (keptKeys, scales, quantized)
    }
}

private extension Float {
    func clamped(to range: ClosedRange<Float>) -> Float {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}
