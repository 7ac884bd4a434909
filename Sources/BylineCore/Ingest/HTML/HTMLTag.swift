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

    /// The tag for a lower- or upper-case element name, as libxml2 reports it (lower case).
    init(_ name: String) {
        switch name {
        case "html": self = .html
        case "head": self = .head
        case "body": self = .body
        case "title": self = .title
        case "meta": self = .meta
        case "link": self = .link
        case "script": self = .script
        case "style": self = .style
        case "p": self = .p
        case "div", "center": self = .div
        case "section": self = .section
        case "article": self = .article
        case "main": self = .main
        case "h1", "h2", "h3", "h4", "h5", "h6": self = .heading(Int(name.utf8.last! - 0x30))
        case "blockquote": self = .blockquote
        case "ul": self = .ul
        case "ol": self = .ol
        case "li": self = .li
        case "dl": self = .dl
        case "dt": self = .dt
        case "dd": self = .dd
        case "pre": self = .pre
        case "figure": self = .figure
        case "figcaption": self = .figcaption
        case "caption": self = .caption
        case "table": self = .table
        case "tr": self = .tr
        case "td": self = .td
        case "th": self = .th
        case "address": self = .address
        case "br": self = .br
        case "hr": self = .hr
        case "a": self = .a
        case "em", "i", "cite", "dfn": self = .em
        case "strong", "b": self = .strong
        case "code", "kbd", "samp", "tt": self = .code
        case "nav": self = .nav
        case "header": self = .header
        case "footer": self = .footer
        case "aside": self = .aside
        case "form": self = .form
        case "menu": self = .menu
        case "dialog": self = .dialog
        case "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas", "video", "audio",
             "picture", "img", "button", "input", "select", "textarea", "option", "label", "map", "source", "track":
            self = .hidden
        default: self = .other
        }
    }

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
