import Foundation

/// The promises `byline analyze`'s JSON keeps for any text, checked on the JSON as printed (parsed back with
/// `JSONSerialization`): the schema's shape, every span inside the text and on character boundaries,
/// every span's `"text"` the span's scalars, every id defined once and every reference resolving to one.
///
/// A character boundary is a grapheme cluster boundary, or a place next to whitespace: the text model
/// breaks at whitespace even where the cluster rules join a combining mark to it (or a prepended mark
/// to the space after it).
public struct AnalysisInvariants {
    private let scalars: [Unicode.Scalar]
    /// Whether each offset `0...count` is a character boundary.
    private let boundaries: [Bool]
    private var problems: [String] = []
    private var entityIDs: Set<String> = []
    private var quoteIDs: Set<String> = []

    /// What is wrong with `json`, the analysis of `text` from `source`; empty when nothing is.
    public static func violations(json: [UInt8], text: String, source: String) -> [String] {
        var check = AnalysisInvariants(scalars: Array(text.unicodeScalars))
        check.check(json, source: source)
        return check.problems
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
        var boundaries = [Bool](repeating: false, count: scalars.count + 1)
        boundaries[0] = true
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        var offset = 0
        for character in String(view) {
            offset += character.unicodeScalars.count
            boundaries[offset] = true
        }
        for (index, scalar) in scalars.enumerated() where scalar.properties.isWhitespace {
            boundaries[index] = true
            boundaries[index + 1] = true
        }
        self.boundaries = boundaries
    }

    static let entityTypes: Set<String> = ["person", "organization", "place", "group", "date", "event", "work", "product", "other"]
    static let mentionForms: Set<String> = ["name", "title", "nominal", "pronoun"]
    static let quoteKinds: Set<String> = ["direct", "indirect"]
    static let predicates: Set<String> = [
        "title", "works_for", "member_of", "part_of", "located_in", "met", "told", "supports", "opposes", "accuses",
        "author", "other",
    ]

    private mutating func check(_ json: [UInt8], source: String) {
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: Data(json))
        } catch {
            problems.append("the JSON does not parse: \(error)")
            return
        }
        guard let root = parsed as? [String: Any] else { return fail("the JSON is not an object") }
        if root["schema"] as? String != "byline.analysis/1" { fail("schema is \(String(describing: root["schema"]))") }
        if root["source"] as? String != source { fail("source is not \(source.debugDescription)") }
        if root["text_length"] as? Int != scalars.count { fail("text_length is not \(scalars.count)") }
        checkOrdered(root["paragraphs"], "paragraphs")
        checkSentences(root["sentences"])
        checkEntities(root["entities"])
        checkQuotes(root["quotes"])
        checkRelations(root["relations"])
    }

    private mutating func fail(_ problem: String) {
        if problems.count < 20 { problems.append(problem) }
    }

    /// A `{"start", "end"}` object inside the text; with `"text"`, that text is the span's scalars.
    @discardableResult
    private mutating func checkSpan(_ value: Any?, _ path: String) -> Range<Int>? {
        guard let span = value as? [String: Any], let start = span["start"] as? Int, let end = span["end"] as? Int else {
            fail("\(path) is not a span")
            return nil
        }
        guard 0 <= start, start <= end, end <= scalars.count else {
            fail("\(path) \(start)..<\(end) is outside the text of \(scalars.count) scalars")
            return nil
        }
        if !boundaries[start] || !boundaries[end] { fail("\(path) \(start)..<\(end) splits a character") }
        if let text = span["text"] {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[start..<end])
            if text as? String != String(view) { fail("\(path) text \(String(describing: text)) is not the span's text") }
        }
        return start..<end
    }

    /// A span or null.
    private mutating func checkOptionalSpan(_ value: Any?, _ path: String) {
        if !(value is NSNull) { checkSpan(value, path) }
    }

    /// An array of non-empty spans in order, none overlapping the one before.
    private mutating func checkOrdered(_ value: Any?, _ path: String) {
        guard let spans = value as? [Any] else { return fail("\(path) is not an array") }
        var previousEnd = 0
        for (index, span) in spans.enumerated() {
            guard let range = checkSpan(span, "\(path)[\(index)]") else { continue }
            if range.isEmpty || range.lowerBound < previousEnd { fail("\(path)[\(index)] is empty or out of order") }
            previousEnd = range.upperBound
        }
    }

    private mutating func checkSentences(_ value: Any?) {
        checkOrdered(value, "sentences")
        for (index, sentence) in (value as? [Any] ?? []).enumerated() {
            guard let tokens = (sentence as? [String: Any])?["tokens"] else { continue }
            checkSyntax(tokens, sentence: index)
        }
    }

    /// `--syntax` tokens: spans in order, numbered from 1, heads within the sentence (0 for the root).
    private mutating func checkSyntax(_ value: Any?, sentence: Int) {
        guard let tokens = value as? [[String: Any]] else { return fail("sentences[\(sentence)].tokens is not an array of objects") }
        checkOrdered(tokens, "sentences[\(sentence)].tokens")
        for (index, token) in tokens.enumerated() {
            if token["id"] as? Int != index + 1 { fail("sentences[\(sentence)].tokens[\(index)].id is not \(index + 1)") }
            if let head = token["head"] as? Int, !(0...tokens.count).contains(head) {
                fail("sentences[\(sentence)].tokens[\(index)].head \(head) is outside the sentence")
            }
        }
    }

    /// A string from `allowed`.
    private mutating func checkMember(_ value: Any?, _ allowed: Set<String>, _ path: String) {
        guard let string = value as? String, allowed.contains(string) else {
            return fail("\(path) \(String(describing: value)) is not one of the schema's values")
        }
    }

    /// A new id, non-empty, added to `ids`; what is wrong with it otherwise.
    private static func define(_ value: Any?, in ids: inout Set<String>, _ path: String) -> String? {
        guard let id = value as? String, !id.isEmpty else { return "\(path) has no id" }
        return ids.insert(id).inserted ? nil : "\(path) repeats the id \(id)"
    }

    /// Null or an id in `ids`.
    private mutating func checkReference(_ value: Any?, to ids: Set<String>, _ path: String, optional: Bool = true) {
        if optional, value is NSNull { return }
        guard let id = value as? String, ids.contains(id) else { return fail("\(path) \(String(describing: value)) resolves to nothing") }
    }

    private mutating func checkEntities(_ value: Any?) {
        guard let entities = value as? [[String: Any]] else { return fail("entities is not an array of objects") }
        for (index, entity) in entities.enumerated() {
            let path = "entities[\(index)]"
            if let problem = Self.define(entity["id"], in: &entityIDs, path) { fail(problem) }
            checkMember(entity["type"], Self.entityTypes, "\(path).type")
            if entity["name"] as? String == nil { fail("\(path).name is not a string") }
            guard let mentions = entity["mentions"] as? [[String: Any]], !mentions.isEmpty else {
                fail("\(path) has no mentions")
                continue
            }
            for (number, mention) in mentions.enumerated() {
                checkSpan(mention, "\(path).mentions[\(number)]")
                checkMember(mention["form"], Self.mentionForms, "\(path).mentions[\(number)].form")
            }
        }
    }

    private mutating func checkQuotes(_ value: Any?) {
        guard let quotes = value as? [[String: Any]] else { return fail("quotes is not an array of objects") }
        for (index, quote) in quotes.enumerated() {
            let path = "quotes[\(index)]"
            if let problem = Self.define(quote["id"], in: &quoteIDs, path) { fail(problem) }
            checkMember(quote["kind"], Self.quoteKinds, "\(path).kind")
            checkSpan(quote, path)
            checkReference(quote["speaker"], to: entityIDs, "\(path).speaker")
            checkReference(quote["addressee"], to: entityIDs, "\(path).addressee")
            checkOptionalSpan(quote["speaker_mention"], "\(path).speaker_mention")
            checkOptionalSpan(quote["cue"], "\(path).cue")
            checkOptionalSpan(quote["addressee_mention"], "\(path).addressee_mention")
            guard let confidence = quote["confidence"] as? Double, (0...1).contains(confidence) else {
                fail("\(path).confidence \(String(describing: quote["confidence"])) is not in 0...1")
                continue
            }
        }
    }

    private mutating func checkRelations(_ value: Any?) {
        guard let relations = value as? [[String: Any]] else { return fail("relations is not an array of objects") }
        var relationIDs: Set<String> = []
        for (index, relation) in relations.enumerated() {
            let path = "relations[\(index)]"
            if let problem = Self.define(relation["id"], in: &relationIDs, path) { fail(problem) }
            checkReference(relation["subject"], to: entityIDs, "\(path).subject", optional: false)
            checkMember(relation["predicate"], Self.predicates, "\(path).predicate")
            checkReference(relation["object"], to: entityIDs, "\(path).object")
            checkSpan(relation["evidence"], "\(path).evidence")
            checkReference(relation["claimed_by"], to: entityIDs, "\(path).claimed_by")
            checkReference(relation["quote"], to: quoteIDs, "\(path).quote")
        }
    }
}
