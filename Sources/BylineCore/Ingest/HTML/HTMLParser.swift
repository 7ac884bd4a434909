import CLibXML2

/// Parses HTML with libxml2's HTML parser (error-recovering, implied tags closed as browsers do) driven
/// by SAX callbacks, into an `HTMLPage`. No tree is built by libxml2; the builder keeps only what
/// extraction reads. Character references are decoded by libxml2.
enum HTMLParser {
    /// Attributes kept on elements (all others are dropped as they are read).
    static let keptAttributes: Set<String> = [
        "rel", "name", "property", "content", "href", "itemprop", "role", "type", "datetime", "charset",
        "http-equiv", "itemtype",
    ]

    /// libxml2's one-time set-up, run once per process before the first parse.
    private static let libraryReady: Void = { xmlInitParser() }()

    /// Parses UTF-8 bytes (any encoding declaration in the page is ignored: the bytes were decoded already).
    static func parse(_ utf8: [UInt8]) -> HTMLPage {
        _ = libraryReady
        let builder = HTMLPageBuilder()
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return builder.page }
        let context = utf8.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { bytes in
                htmlCreateMemoryParserCtxt(bytes, Int32(buffer.count))
            }
        }
        guard let context else { return builder.page }
        defer { htmlFreeParserCtxt(context) }
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
            guard let parser = HTMLParser.parserContext(context), let name else { return }
            HTMLParser.builder(of: parser).open(String(cString: name), attributes: attributes,
                                               offset: HTMLParser.offset(of: parser))
        }
        handler.endElement = { context, name in
            guard let parser = HTMLParser.parserContext(context), let name else { return }
            HTMLParser.builder(of: parser).close(String(cString: name))
        }
        handler.characters = { context, characters, length in
            guard let parser = HTMLParser.parserContext(context), let characters, length > 0 else { return }
            HTMLParser.builder(of: parser).characters(UnsafeBufferPointer(start: characters, count: Int(length)),
                                                      offset: HTMLParser.offset(of: parser))
        }
        handler.cdataBlock = { context, characters, length in
            guard let parser = HTMLParser.parserContext(context), let characters, length > 0 else { return }
            HTMLParser.builder(of: parser).rawText(UnsafeBufferPointer(start: characters, count: Int(length)))
        }
        handler.ignorableWhitespace = handler.characters
        handler.initialized = XML_SAX2_MAGIC
        handler.serror = { _, _ in }
        context.pointee.sax.pointee = handler
        context.pointee._private = Unmanaged.passUnretained(builder).toOpaque()
        let options = HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOIMPLIED.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        _ = htmlCtxtUseOptions(context, Int32(options))
        // The bytes are UTF-8 already. A UTF-8 converter keeps a `<meta charset>` from switching the
        // encoding (libxml2 2.9 does not heed HTML_PARSE_IGNORE_ENC there); as it converts UTF-8 to itself,
        // offsets in what it gives the parser are offsets in the bytes (see `offset(of:)`).
        _ = xmlSwitchToEncoding(context, xmlFindCharEncodingHandler("UTF-8"))
        withExtendedLifetime(builder) {
            _ = htmlParseDocument(context)
        }
        builder.finish()
        return builder.page
    }

    /// How many bytes the parser has read: `xmlByteConsumed` without its re-encoding of the rest of the
    /// input, which the identity conversion makes needless (and which would make a parse quadratic).
    private static func offset(of context: htmlParserCtxtPtr) -> Int {
        guard let input = context.pointee.input, let current = input.pointee.cur, let base = input.pointee.base else { return 0 }
        return Int(input.pointee.consumed) + (current - base)
    }

    private static func parserContext(_ context: UnsafeMutableRawPointer?) -> htmlParserCtxtPtr? {
        context?.assumingMemoryBound(to: htmlParserCtxt.self)
    }

    private static func builder(of context: htmlParserCtxtPtr) -> HTMLPageBuilder {
        Unmanaged<HTMLPageBuilder>.fromOpaque(context.pointee._private).takeUnretainedValue()
    }
}
