/// Tells page furniture (navigation, share bars, advertisements, comments, …) from content by an
/// element's tag, role, `hidden` state, and the words of its `class` and `id`, in the manner of Mozilla's
/// Readability.
enum HTMLFurniture {
    /// Class and id words of elements that are not the article.
    static let unlikelyWords: Set<Substring> = [
        "ad", "ads", "adv", "advert", "advertisement", "advertising", "banner", "breadcrumb", "breadcrumbs",
        "comment", "comments", "community", "cookie", "cookies", "disqus", "footer", "gdpr", "header", "masthead",
        "menu", "modal", "nav", "navbar", "navigation", "newsletter", "outbrain", "pagination", "pager", "popup",
        "promo", "related", "recommended", "remark", "replies", "share", "sharing", "shoutbox", "sidebar",
        "skyscraper", "social", "sponsor", "sponsored", "subscribe", "subscription", "taboola", "toolbar", "widget",
    ]
    /// Class and id words of elements that hold the article.
    static let likelyWords: Set<Substring> = [
        "article", "body", "content", "entry", "hentry", "main", "page", "post", "text", "blog", "story", "prose",
    ]
    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar",
    ]

    /// Whether an element with this tag, these class and id words and attributes is furniture.
    static func isFurniture(_ tag: HTMLTag, words: [Substring], attributes: [String: String], isHidden: Bool) -> Bool {
        if tag.isFurniture || isHidden { return true }
        if let role = attributes["role"], furnitureRoles.contains(role) { return true }
        switch tag {
        case .html, .body, .article, .main, .p, .heading, .blockquote, .li, .a, .em, .strong, .code: return false
        default:
            return words.contains { unlikelyWords.contains($0) } && !words.contains { likelyWords.contains($0) }
        }
    }

    /// Readability's class weight: +25 for a word of content, -25 for a word of furniture.
    static func classWeight(_ words: [Substring]) -> Double {
        (words.contains { likelyWords.contains($0) } ? 25 : 0) - (words.contains { unlikelyWords.contains($0) } ? 25 : 0)
    }
}
