import BylineCore
import Foundation

/// Reads the PolNeAR corpus file (`polnear-train.jsonl`): one JSON article a line, with content, source
/// and cue spans as Python string offsets, which count Unicode code points, the same unit as
/// `TextRange`'s scalar offsets. Every span is checked against its text; a line that does not read is an
/// error naming the line, not a crash.
public enum PolNeARReader {
    /// Why a line could not be read.
    public struct Failure: Error, CustomStringConvertible, Equatable {
        /// The 1-based line number in the file.
        public var line: Int
        public var reason: String

        public var description: String { "line \(line): \(reason)" }
    }

    /// The corpus file inside the shared corpora folder.
    public static let relativePath = "polnear-train/polnear-train.jsonl"

    /// Reads every article of the file at `url`.
    public static func read(contentsOf url: URL) throws -> [PolNeARArticle] {
        try read(Data(contentsOf: url))
    }

    /// Reads every article of JSON Lines data; blank lines are skipped.
    public static func read(_ data: Data) throws -> [PolNeARArticle] {
        let decoder = JSONDecoder()
        var articles: [PolNeARArticle] = []
        var lineNumber = 0
        for line in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            guard line.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0D) }) else { continue }
            let raw: RawArticle
            do {
                raw = try decoder.decode(RawArticle.self, from: Data(line))
            } catch {
                throw Failure(line: lineNumber, reason: "not a PolNeAR article (\(describe(error)))")
            }
            do {
                articles.append(try raw.article())
            } catch {
                throw Failure(line: lineNumber, reason: "article \(raw.id): \(error.text)")
            }
        }
        return articles
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case DecodingError.keyNotFound(let key, _): "missing \"\(key.stringValue)\""
        case DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            "wrong type at \(context.codingPath.map(\.stringValue).joined(separator: "."))"
        case DecodingError.dataCorrupted(let context): context.debugDescription
        default: "\(error)"
        }
    }

    private struct Reason: Error {
        var text: String
    }

    /// An article as the JSON holds it.
    private struct RawArticle: Decodable {
        var id: String
        var publisher: String
        var date: String
        var title: String
        var text: String
        var attributions: [RawAttribution]

        func article() throws(Reason) -> PolNeARArticle {
            let length = text.unicodeScalars.count
            var attributions: [PolNeARAttribution] = []
            for (index, raw) in self.attributions.enumerated() {
                do {
                    attributions.append(try raw.attribution(length: length))
                } catch {
                    throw Reason(text: "attribution \(index + 1): \(error.text)")
                }
            }
            return PolNeARArticle(id: id, publisher: publisher, date: date, title: title, text: text, attributions: attributions)
        }
    }

    /// An attribution as the JSON holds it.
    private struct RawAttribution: Decodable {
        var start: Int
        var end: Int
        var fragments: [[Int]]?
        var speakerStart: Int?
        var speakerEnd: Int?
        var speakerFragments: [[Int]]?
        var cueStart: Int?
        var cueEnd: Int?
        var kind: String

        enum CodingKeys: String, CodingKey {
            case start, end, fragments, kind
            case speakerStart = "speaker_start", speakerEnd = "speaker_end", speakerFragments = "speaker_fragments"
            case cueStart = "cue_start", cueEnd = "cue_end"
        }

        func attribution(length: Int) throws(Reason) -> PolNeARAttribution {
            guard let kind = PolNeARAttribution.Kind(rawValue: kind) else {
                throw Reason(text: "unknown kind \"\(kind)\"")
            }
            return PolNeARAttribution(
                content: try Self.span(start, end, "content", length: length),
                contentFragments: try Self.fragments(fragments, "content fragment", length: length),
                speaker: try Self.optionalSpan(speakerStart, speakerEnd, "source", length: length),
                speakerFragments: try Self.fragments(speakerFragments, "source fragment", length: length),
                cue: try Self.optionalSpan(cueStart, cueEnd, "cue", length: length),
                kind: kind)
        }

        static func span(_ start: Int, _ end: Int, _ name: String, length: Int) throws(Reason) -> TextRange {
            guard 0 <= start, start <= end, end <= length else {
                throw Reason(text: "\(name) span \(start)..<\(end) is not inside the text (\(length) characters)")
            }
            return TextRange(start: start, end: end)
        }

        static func optionalSpan(_ start: Int?, _ end: Int?, _ name: String, length: Int) throws(Reason) -> TextRange? {
            switch (start, end) {
            case (nil, nil): return nil
            case let (start?, end?): return try span(start, end, name, length: length)
            default: throw Reason(text: "\(name) span has a start or an end but not both")
            }
        }

        static func fragments(_ pairs: [[Int]]?, _ name: String, length: Int) throws(Reason) -> [TextRange]? {
            guard let pairs else { return nil }
            var spans: [TextRange] = []
            for pair in pairs {
                guard pair.count == 2 else { throw Reason(text: "\(name) \(pair) is not a [start, end] pair") }
                spans.append(try span(pair[0], pair[1], name, length: length))
            }
            return spans
        }
    }
}
