/// The HTML elements extraction tells apart; every other element is `other` (read as inline).
enum HTMLTag: Hashable, Sendable {
    case html, head, body, title, meta, link, script, style
    case p, div, section, article, main, heading(Int), blockquote, ul, ol, li, dl, dt, dd, pre
    case figure, figcaption, caption, table, tr, td, th, address, br, hr
    case a, em, strong, code
    case nav, header, footer, aside, form, menu, dialog
    /// Elements whose content is never article text (scripts, media, controls).
    case hidden
    case other

    /// The tag for an element name as libxml2 reports it (lower case).
    init(_ name: String) {
        self = Self.byName[name] ?? .other
    }

    /// The tags by element name (a table: a switch over strings compares them one by one).
    private static let byName: [String: HTMLTag] = {
        var table: [String: HTMLTag] = [
            "html": .html, "head": .head, "body": .body, "title": .title, "meta": .meta, "link": .link,
            "script": .script, "style": .style, "p": .p, "div": .div, "center": .div, "section": .section,
            "article": .article, "main": .main, "blockquote": .blockquote, "ul": .ul, "ol": .ol, "li": .li,
            "dl": .dl, "dt": .dt, "dd": .dd, "pre": .pre, "figure": .figure, "figcaption": .figcaption,
            "caption": .caption, "table": .table, "tr": .tr, "td": .td, "th": .th, "address": .address,
            "br": .br, "hr": .hr, "a": .a, "em": .em, "i": .em, "cite": .em, "dfn": .em, "strong": .strong,
            "b": .strong, "code": .code, "kbd": .code, "samp": .code, "tt": .code, "nav": .nav,
            "header": .header, "footer": .footer, "aside": .aside, "form": .form, "menu": .menu, "dialog": .dialog,
        ]
        for level in 1...6 { table["h\(level)"] = .heading(level) }
        for hidden in ["noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
                       "picture", "img", "button", "input", "select", "textarea", "option", "label", "map", "source", "track"] {
            table[hidden] = .hidden
        }
        return table
    }()

    /// Whether the element starts and ends a block of text (inline elements continue it).
    var isBlock: Bool {
        switch self {
        case .p, .div, .section, .article, .main, .heading, .blockquote, .ul, .ol, .li, .dl, .dt, .dd, .pre,
             .figure, .figcaption, .caption, .table, .tr, .td, .th, .address, .br, .hr, .nav, .header, .footer,
             .aside, .form, .menu, .dialog, .body, .html:
            true
        case .head, .title, .meta, .link, .script, .style, .a, .em, .strong, .code, .hidden, .other:
            false
        }
    }

    /// Whether nothing inside the element is article text: page furniture (navigation, headers and
    /// footers, asides, forms, menus, dialogs), scripts and styles, media and controls.
    var isFurniture: Bool {
        switch self {
        case .nav, .header, .footer, .aside, .form, .menu, .dialog, .script, .style, .hidden, .head: true
        default: false
        }
    }
}
