import Foundation

/// An HTML page's metadata: the headline (`og:title`, JSON-LD `headline`, the first `<h1>`, `<title>`),
/// each without the site's name; the authors (JSON-LD `author`, `author` meta tags, `rel=author` links,
/// `itemprop=author` and byline elements); the publication date (JSON-LD `datePublished`, meta tags,
/// `itemprop=datePublished`); the site's name; the canonical URL.
enum HTMLMetadata {
    /// The schema.org types read as the article.
    static let articleTypes: Set<String> = [
        "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "Report", "ScholarlyArticle", "TechArticle", "LiveBlogPosting",
    ]
    /// Separators between a headline and the site's name in `<title>`.
    static let titleSeparators = [" | ", " - ", " — ", " – ", " :: ", " » ", " · "]

    static func read(_ page: HTMLPage) -> ArticleMetadata {
        var meta: [String: String] = [:]
        var canonical: String?
        var linkedAuthors: [String] = []
        var itemDate: String?
        var firstHeading: String?
        var contentHeading: String?
        for element in page.elements {
            let attributes = element.attributes
            switch element.tag {
            case .meta:
                if let key = (attributes["property"] ?? attributes["name"] ?? attributes["itemprop"])?.lowercased(),
                   let content = attributes["content"], !content.isEmpty, meta[key] == nil {
                    meta[key] = content
                }
            case .link:
                if attributes["rel"]?.lowercased().split(separator: " ").contains("canonical") ?? false {
                    canonical = canonical ?? attributes["href"]
                }
            case .heading(1):
                let text = page.collapsedText(of: element)
                if !text.isEmpty, !element.isDropped { contentHeading = contentHeading ?? text }
                if !text.isEmpty { firstHeading = firstHeading ?? text }
            default:
                break
            }
            let itemprop = attributes["itemprop"]?.lowercased()
            if itemprop == "datepublished", element.tag != .meta {
                itemDate = itemDate ?? attributes["datetime"] ?? attributes["content"]
            }
            let isAuthorLink = element.tag == .a && (attributes["rel"]?.lowercased().split(separator: " ").contains("author") ?? false)
            let isBylineElement = element.tag != .meta
                && (itemprop == "author" || element.classWords.contains { $0 == "byline" || $0 == "author" })
            if isAuthorLink || isBylineElement {
                let text = page.collapsedText(of: element)
                if !text.isEmpty, text.count <= 100 { linkedAuthors.append(text) }
            }
        }
        let linked = page.jsonLD.compactMap(articleObject)
        let site = meta["og:site_name"] ?? linked.lazy.compactMap { name(of: $0["publisher"]) }.first ?? meta["application-name"]
        let rawTitle = meta["og:title"] ?? meta["twitter:title"] ?? linked.lazy.compactMap { $0["headline"] as? String }.first
            ?? contentHeading ?? firstHeading ?? (page.title.isEmpty ? nil : page.title)
        var authors = linked.lazy.map { authorNames($0["author"]) }.first { !$0.isEmpty } ?? []
        if authors.isEmpty {
            let named = [meta["author"], meta["article:author"], meta["parsely-author"], meta["dc.creator"], meta["byl"]]
                .compactMap { $0 }.filter { !$0.hasPrefix("http") }
            authors = (named.isEmpty ? linkedAuthors : named).flatMap(splitNames)
        }
        let published = linked.lazy.compactMap { $0["datePublished"] as? String }.first
            ?? meta["article:published_time"] ?? meta["datepublished"] ?? itemDate ?? meta["date"] ?? meta["dc.date"]
        let url = canonical ?? meta["og:url"] ?? linked.lazy.compactMap { $0["url"] as? String }.first
        return ArticleMetadata(title: rawTitle.map { headline($0, site: site) }.flatMap { $0.isEmpty ? nil : $0 },
                               authors: unique(authors), published: published, site: site, url: url)
    }

    /// `title` without the site's name: the part naming the site dropped, or else a short last part
    /// (of three words or fewer) after a separator.
    static func headline(_ title: String, site: String?) -> String {
        let collapsed = HTMLPage.collapsed(title.utf8)
        for separator in titleSeparators where collapsed.contains(separator) {
            var parts = collapsed.components(separatedBy: separator)
            if let site, parts.count > 1,
               let index = parts.firstIndex(where: { $0.caseInsensitiveCompare(site) == .orderedSame }) {
                parts.remove(at: index)
                return parts.joined(separator: separator)
            }
            if parts.count > 1, let last = parts.last, last.split(separator: " ").count <= 3 {
                return parts.dropLast().joined(separator: separator)
            }
        }
        return collapsed
    }

    /// Names in a byline: "By A, B and C" gives A, B and C.
    static func splitNames(_ line: String) -> [String] {
        var text = HTMLPage.collapsed(line.utf8)
        if text.lowercased().hasPrefix("by ") { text = String(text.dropFirst(3)) }
        return text.replacingOccurrences(of: " and ", with: ",").replacingOccurrences(of: " & ", with: ",")
            .split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// The first schema.org article in a JSON-LD script (at its top, in an array, or in `@graph`).
    private static func articleObject(_ script: String) -> [String: Any]? {
        guard let data = script.data(using: .utf8),
              let json = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else { return nil }
        return findArticle(json, depth: 0)
    }

    private static func findArticle(_ json: Any, depth: Int) -> [String: Any]? {
        guard depth < 8 else { return nil }
        if let array = json as? [Any] {
            return array.lazy.compactMap { findArticle($0, depth: depth + 1) }.first
        }
        guard let object = json as? [String: Any] else { return nil }
        let types = (object["@type"] as? String).map { [$0] } ?? (object["@type"] as? [String]) ?? []
        if types.contains(where: articleTypes.contains) { return object }
        return object["@graph"].flatMap { findArticle($0, depth: depth + 1) }
    }

    /// The names of a JSON-LD `author`: a string, an object with a `name`, or an array of those.
    private static func authorNames(_ value: Any?) -> [String] {
        if let array = value as? [Any] { return array.flatMap { authorNames($0) } }
        if let text = value as? String { return splitNames(text) }
        return name(of: value).map { [$0] } ?? []
    }

    private static func name(of value: Any?) -> String? {
        if let text = value as? String { return text }
        return (value as? [String: Any])?["name"] as? String
    }

    private static func unique(_ names: [String]) -> [String] {
        var seen: Set<String> = []
        return names.filter { seen.insert($0.lowercased()).inserted }
    }
}
