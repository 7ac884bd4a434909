import ArgumentParser
import BylineCore
import Foundation

/// `byline-bench ingest`: how fast inputs become articles (decoding, parsing, extraction, blocks and
/// metadata; no analysis), for a generated news page in HTML and in Markdown of a given size, or a file.
struct IngestCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Measure reading HTML and Markdown pages into articles (build with -c release).")

    @Option(help: "Runs per measurement; the median is reported.")
    var runs = 7

    @Option(help: "The size of the generated pages, in MB (10^6 bytes).")
    var megabytes = 1.0

    @Option(help: "A file to measure instead of the generated pages (its format detected).")
    var file: String?

    func run() throws {
        if let file {
            let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: file)))
            try measure(name: file, bytes: bytes)
            return
        }
        let target = Int(megabytes * 1_000_000)
        try measure(name: "generated HTML page", bytes: Array(GeneratedPage.html(bytes: target).utf8))
        try measure(name: "generated Markdown page", bytes: Array(GeneratedPage.markdown(bytes: target).utf8))
    }

    private func measure(name: String, bytes: [UInt8]) throws {
        var read: IngestedArticle?
        var cpuTimes: [Double] = []
        let times = try (0..<runs).map { _ in
            let cpuStart = Timing.threadCPUMilliseconds()
            var failure: IngestError?
            let wall = Timing.milliseconds {
                do throws(IngestError) { read = try Ingest.read(bytes) } catch { failure = error }
            }
            cpuTimes.append(Timing.threadCPUMilliseconds() - cpuStart)
            if let failure { throw ValidationError("\(name) \(failure.description)") }
            return wall
        }
        let median = Timing.median(times)
        let megabytes = Double(bytes.count) / 1_000_000
        print("\(name): \(Timing.format(megabytes)) MB read as \(read?.format.rawValue ?? "?") in "
              + "\(Timing.format(median)) ms wall, \(Timing.format(Timing.median(cpuTimes))) ms CPU "
              + "(\(Timing.format(megabytes / median * 1000, digits: 1)) MB/s), median of \(runs); "
              + "\(read?.article.blocks.count ?? 0) blocks, \(read?.article.text.utf8.count ?? 0) bytes of text")
    }
}

/// A news page of any size, made of the same furniture and story paragraphs over and over: navigation,
/// advertisements, scripts, a share bar and a related-stories aside around an article with headings,
/// quotes, character references and inline markup.
enum GeneratedPage {
    static let paragraphs = [
        "The harbour board met on <em>Thursday</em> to weigh a plan for a second ferry terminal, its chair, Mira Castellanos, said in a statement.",
        "&ldquo;We cannot keep turning boats away,&rdquo; said <strong>Jonas Whitfield</strong>, who runs a fishing cooperative on the north quay.",
        "The <a href=\"/council\">city council</a> will vote on the money in April &mdash; after a review by engineers &amp; planners.",
        "Opponents say the terminal would bring more lorries through the old town, where streets are narrow and parking is scarce.",
    ]

    static func html(bytes target: Int) -> String {
        var page = """
            <!DOCTYPE html><html><head><meta charset="utf-8"><title>Harbour board weighs a second terminal | Bay Courier</title>
            <meta property="og:title" content="Harbour board weighs a second terminal"><meta property="og:site_name" content="Bay Courier">
            <script type="application/ld+json">{"@type": "NewsArticle", "author": {"name": "Ada Moreno"}, "datePublished": "2026-04-02"}</script>
            <style>.ad { display: block }</style></head><body>
            <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
            <main><article><h1>Harbour board weighs a second terminal</h1><div class="share"><a href="#">Share</a></div><div class="article-body">

            """
        var section = 0
        while page.utf8.count < target {
            section += 1
            page += "<h2>Part \(section)</h2>\n"
            for paragraph in paragraphs { page += "<p>\(paragraph)</p>\n" }
            page += "<div class=\"ad\">Advertisement <script>loadAd(\(section));</script></div>\n"
            page += "<blockquote><p>&ldquo;It is now or never,&rdquo; the chair said.</p></blockquote>\n"
            page += "<ul><li>First point of the plan, with <b>bold</b> words</li><li>Second point, with a<br>line break</li></ul>\n"
        }
        return page + """
            </div></article><aside class="related"><ul><li><a href="/a">Older story</a></li></ul></aside></main>
            <footer><p>&copy; Bay Courier</p></footer></body></html>
            """
    }

    static func markdown(bytes target: Int) -> String {
        var text = "---\ntitle: Harbour board weighs a second terminal\nauthor: Ada Moreno\n---\n\n# Harbour board weighs a second terminal\n\n"
        var section = 0
        while text.utf8.count < target {
            section += 1
            text += "## Part \(section)\n\n"
            text += "The harbour board met on *Thursday* to weigh a plan for a second ferry terminal, its chair,\nMira Castellanos, said in a statement.\n\n"
            text += "“We cannot keep turning boats away,” said **Jonas Whitfield**, who runs a fishing cooperative.\n\n"
            text += "The [city council](/council) will vote on the money in April — after a review by `engineers`.\n\n"
            text += "> It is now or never, the chair said.\n\n- First point of the plan\n- Second point\n\n"
        }
        return text
    }
}
