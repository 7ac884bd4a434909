/// Writes an `Analysis` as `byline.analysis/1` JSON (see the analysis-schema design note): keys in the
/// schema's order, offsets in Unicode scalars, span texts read from the article. The JSON is streamed
/// into a byte buffer as it is written.
public enum AnalysisJSON {
    /// The schema name written as `"schema"`.
    public static let schema = "byline.analysis/1"

    /// The analysis as JSON: indented over several lines when `pretty`, otherwise on one line (for JSON Lines).
    public static func encode(_ analysis: Analysis, pretty: Bool) -> String {
        encode(analysis, pretty: pretty, includeText: false)
    }

    /// The analysis as JSON, with the article text as `"text"` after `"text_length"` when `includeText`, and
    /// each sentence's tokens with their part of speech and dependency when `includeSyntax`.
    public static func encode(_ analysis: Analysis, pretty: Bool, includeText: Bool, includeSyntax: Bool = false) -> String {
        String(decoding: utf8(analysis, pretty: pretty, includeText: includeText, includeSyntax: includeSyntax), as: UTF8.self)
    }

    /// The analysis as JSON in UTF-8 bytes, ending in a line break when `pretty`.
    public static func utf8(_ analysis: Analysis, pretty: Bool, includeText: Bool = false, includeSyntax: Bool = false) -> [UInt8] {
        var json = JSONStream(pretty: pretty, capacity: analysis.article.length * 2)
        write(analysis, includeText: includeText, includeSyntax: includeSyntax, to: &json)
        if pretty { json.raw("\n") }
        return json.bytes
    }

    /// The analysis as JSON in UTF-8 bytes handed to `sink` in pieces of about `chunk` bytes, in order,
    /// ending in a line break when `pretty`: what `utf8` gives, without ever holding all of it.
    public static func write(_ analysis: Analysis, pretty: Bool, includeText: Bool = false, includeSyntax: Bool = false,
                             chunk: Int = 1 << 20, to sink: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        var json = JSONStream(pretty: pretty, chunk: chunk, sink: sink)
        write(analysis, includeText: includeText, includeSyntax: includeSyntax, to: &json)
        if pretty { json.raw("\n") }
        json.finish()
    }

    private static func write(_ analysis: Analysis, includeText: Bool, includeSyntax: Bool, to json: inout JSONStream) {
        let article = analysis.article
        json.beginObject(multiline: true)
        json.key("schema")
        json.string(schema)
        json.key("source")
        json.string(analysis.source)
        json.key("text_length")
        json.int(article.length)
        if includeText {
            json.key("text")
            json.string(article.text)
        }
        json.key("title")
        json.string(analysis.title)
        json.key("byline")
        json.beginArray(multiline: false)
        for name in analysis.byline { json.string(name) }
        json.endArray()
        json.key("published")
        json.string(article.metadata.published)
        json.key("site")
        json.string(article.metadata.site)
        json.key("url")
        json.string(article.metadata.url)
        json.key("paragraphs")
        json.beginArray(multiline: !article.paragraphs.isEmpty)
        for paragraph in article.paragraphs { span(paragraph, to: &json) }
        json.endArray()
        json.key("blocks")
        json.beginArray(multiline: !article.blocks.isEmpty)
        for block in article.blocks { write(block, to: &json) }
        json.endArray()
        json.key("sentences")
        json.beginArray(multiline: !article.sentences.isEmpty)
        for sentence in article.sentences {
            if includeSyntax { syntax(of: sentence, analysis, to: &json) } else { span(sentence.range, to: &json) }
        }
        json.endArray()
        json.key("entities")
        json.beginArray(multiline: !analysis.entities.isEmpty)
        for entity in analysis.entities { write(entity, article, to: &json) }
        json.endArray()
        json.key("quotes")
        json.beginArray(multiline: !analysis.quotes.isEmpty)
        for quote in analysis.quotes { write(quote, article, to: &json) }
        json.endArray()
        json.key("relations")
        json.beginArray(multiline: !analysis.relations.isEmpty)
        for relation in analysis.relations { write(relation, to: &json) }
        json.endArray()
        json.endObject()
    }

    /// `{"start": …, "end": …}`, with the span's text when an article is given.
    private static func span(_ range: TextRange, _ article: Article? = nil, to json: inout JSONStream) {
        json.beginObject(multiline: false)
        json.key("start")
        json.int(range.start)
        json.key("end")
        json.int(range.end)
        if let article {
            json.key("text")
            json.string(text(range, article))
        }
        json.endObject()
    }

    /// A sentence's span with its tokens, numbered from 1 within the sentence as in CoNLL-U: each with its
    /// universal part of speech, its head's number (0 for the root) and its relation.
    private static func syntax(of sentence: Sentence, _ analysis: Analysis, to json: inout JSONStream) {
        let article = analysis.article
        let layer = analysis.syntax
        json.beginObject(multiline: true)
        json.key("start")
        json.int(sentence.range.start)
        json.key("end")
        json.int(sentence.range.end)
        json.key("tokens")
        json.beginArray(multiline: !sentence.tokens.isEmpty)
        for token in sentence.tokens {
            let parsed = token < layer.count
            let head = parsed ? layer.head(at: token) : -1
            json.beginObject(multiline: false)
            json.key("id")
            json.int(token - sentence.tokens.lowerBound + 1)
            json.key("start")
            json.int(article.tokens[token].range.start)
            json.key("end")
            json.int(article.tokens[token].range.end)
            json.key("text")
            json.string(text(article.tokens[token].range, article))
            json.key("upos")
            json.string(parsed ? layer.upos[token].rawValue : nil)
            json.key("head")
            if parsed { json.int(head < 0 ? 0 : head - sentence.tokens.lowerBound + 1) } else { json.null() }
            json.key("deprel")
            json.string(parsed ? layer.deprel(at: token) : nil)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    /// `{"start": …, "end": …, "kind": …}`, with `level` for headings, list items and block quotes, and
    /// `source` (the input's bytes, `[from, to)`) when known.
    private static func write(_ block: Block, to json: inout JSONStream) {
        json.beginObject(multiline: false)
        json.key("start")
        json.int(block.range.start)
        json.key("end")
        json.int(block.range.end)
        json.key("kind")
        json.string(block.kind.rawValue)
        if block.level > 0 {
            json.key("level")
            json.int(block.level)
        }
        if let source = block.source {
            json.key("source")
            json.beginArray(multiline: false)
            json.int(source.lowerBound)
            json.int(source.upperBound)
            json.endArray()
        }
        json.endObject()
    }

    private static func optionalSpan(_ range: TextRange?, _ article: Article, to json: inout JSONStream) {
        if let range { span(range, article, to: &json) } else { json.null() }
    }

    private static func write(_ entity: Entity, _ article: Article, to json: inout JSONStream) {
        json.beginObject(multiline: true)
        json.key("id")
        json.string(entity.id)
        json.key("type")
        json.string(entity.kind.rawValue)
        json.key("name")
        json.string(entity.name)
        json.key("mentions")
        json.beginArray(multiline: !entity.mentions.isEmpty)
        for mention in entity.mentions {
            json.beginObject(multiline: false)
            json.key("start")
            json.int(mention.range.start)
            json.key("end")
            json.int(mention.range.end)
            json.key("text")
            json.string(text(mention.range, article))
            json.key("form")
            json.string(mention.form.rawValue)
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private static func write(_ quote: Quote, _ article: Article, to json: inout JSONStream) {
        json.beginObject(multiline: quote.speakerMention != nil || quote.cue != nil || quote.addresseeMention != nil)
        json.key("id")
        json.string(quote.id)
        json.key("kind")
        json.string(quote.kind.rawValue)
        json.key("start")
        json.int(quote.range.start)
        json.key("end")
        json.int(quote.range.end)
        json.key("text")
        json.string(text(quote.range, article))
        json.key("speaker")
        json.string(quote.speaker)
        json.key("speaker_mention")
        optionalSpan(quote.speakerMention, article, to: &json)
        json.key("cue")
        optionalSpan(quote.cue, article, to: &json)
        json.key("addressee")
        json.string(quote.addressee)
        json.key("addressee_mention")
        optionalSpan(quote.addresseeMention, article, to: &json)
        json.key("confidence")
        json.number(quote.confidence)
        json.endObject()
    }

    private static func write(_ relation: Relation, to json: inout JSONStream) {
        json.beginObject(multiline: true)
        json.key("id")
        json.string(relation.id)
        json.key("subject")
        json.string(relation.subject)
        json.key("predicate")
        json.string(relation.predicate.rawValue)
        json.key("object")
        json.string(relation.object)
        json.key("value")
        json.string(relation.value)
        json.key("evidence")
        span(relation.evidence, to: &json)
        json.key("claimed_by")
        json.string(relation.claimedBy)
        json.key("quote")
        json.string(relation.quote)
        json.key("confidence")
        json.number(relation.confidence)
        json.endObject()
    }

    /// The text of a span, clipped to the article so that a stray range cannot trap.
    private static func text(_ range: TextRange, _ article: Article) -> String {
        let start = min(max(range.start, 0), article.length)
        let end = min(max(range.end, start), article.length)
        return article.string(TextRange(start: start, end: end))
    }
}
