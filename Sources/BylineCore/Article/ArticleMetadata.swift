/// What an article says about itself beside its text: from an HTML page's `<meta>` tags, links and
/// schema.org JSON-LD, a Markdown file's front matter, or a plain text's title and byline lines.
public struct ArticleMetadata: Hashable, Sendable {
    /// The headline, without the site's name.
    public var title: String?
    /// The authors' names, in the order given.
    public var authors: [String]
    /// The publication date or time as the source writes it (ISO 8601 in JSON-LD and `<meta>`).
    public var published: String?
    /// The name of the site or publication.
    public var site: String?
    /// The article's canonical URL.
    public var url: String?

    public init(title: String? = nil, authors: [String] = [], published: String? = nil, site: String? = nil,
                url: String? = nil) {
        self.title = title
        self.authors = authors
        self.published = published
        self.site = site
        self.url = url
    }
}
