/// One news story written three ways, for the format readers' tests: as plain text, as a news site's
/// HTML page (navigation, a header, advertisements, a share bar, a related-stories aside, JSON-LD,
/// character references, `<br>`, nested inline markup, scripts and comments) and as Markdown.
enum FormatArticles {
    /// The story as plain text: what the HTML and Markdown versions must extract to.
    static let plainText = """
        Council backs new tram line after a long dispute

        By Elena Varga and Tomas Reyes

        PORTSMOUTH (Coastal Wire) — The city council voted on Tuesday to build a tram line from the harbour to the university, ending a dispute that has lasted three years.

        “This is the day the city chose to move,” Mayor Ingrid Hallberg told reporters after the vote.

        Councillor David Osei, who opposed the plan, said the cost would fall on small businesses & shops. “We are spending money we do not have,” he said.

        The Harbour Transit Authority will open bids in March, according to its director, Samuel Achterberg.

        Tomas Reyes contributed reporting.
        """

    /// The story as a news site publishes it.
    static let html = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>Council backs new tram line after a long dispute | Coastal Wire</title>
        <meta property="og:title" content="Council backs new tram line after a long dispute">
        <meta property="og:site_name" content="Coastal Wire">
        <meta name="author" content="Newsroom Staff">
        <link rel="canonical" href="https://coastalwire.example/city/tram-vote">
        <style>.ad { float: right; } p { margin: 0 }</style>
        <script>window.dataLayer = [{"quote": "not \\"article\\" text"}];</script>
        <script type="application/ld+json">
        {"@context": "https://schema.org", "@graph": [
          {"@type": "WebSite", "name": "Coastal Wire"},
          {"@type": "NewsArticle", "headline": "Council backs new tram line",
           "datePublished": "2026-03-03T09:30:00Z",
           "author": [{"@type": "Person", "name": "Elena Varga"}, {"@type": "Person", "name": "Tomas Reyes"}],
           "publisher": {"@type": "Organization", "name": "Coastal Wire"}}]}
        </script>
        </head>
        <body>
        <header class="site-header"><a href="/">Coastal Wire</a>
          <nav><ul><li><a href="/city">City</a></li><li><a href="/sport">Sport</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
        </header>
        <div class="ad ad-leaderboard">Advertisement: “Buy two, get one free,” says the shop.</div>
        <main>
        <article class="story">
          <h1 class="headline">Council backs new tram line after a long dispute</h1>
          <div class="share-bar"><a href="#">Share on social media</a> <a href="#">Email</a></div>
          <div class="story-body" itemprop="articleBody">
            <p>PORTSMOUTH (Coastal Wire) &mdash; The city council voted on <em>Tuesday</em> to build a tram line
               from the harbour to the university, ending a dispute that has lasted three years.</p>
            <!-- an editor's note: "do not publish" -->
            <p>&ldquo;This is the day the city chose to move,&rdquo; Mayor <strong>Ingrid <em>Hallberg</em></strong>
               told reporters after the vote.</p>
            <div class="ad-slot ad">Advertisement</div>
            <p>Councillor David Osei, who opposed the plan, said the cost would fall on small businesses &amp; shops.
               &#8220;We are spending money we do not have,&#x201D; he said.</p>
            <p>The <a href="https://hta.example/">Harbour Transit Authority</a> will open bids in March, according to its
               director, Samuel Achterberg.<br>Tomas Reyes contributed reporting.</p>
          </div>
          <aside class="related"><h2>Related stories</h2><ul><li><a href="/a">Bus fares rise again</a></li><li><a href="/b">Harbour works delayed</a></li></ul></aside>
        </article>
        </main>
        <footer><p>&copy; 2026 Coastal Wire. All rights reserved. <a href="/privacy">Privacy</a></p></footer>
        <script>trackPageView("tram-vote");</script>
        </body>
        </html>
        """

    /// The story as Markdown, with front matter, emphasis, a link and a trailing note in a code block.
    static let markdown = """
        ---
        title: Council backs new tram line after a long dispute
        author: [Elena Varga, Tomas Reyes]
        date: 2026-03-03
        site: Coastal Wire
        ---

        # Council backs new tram line after a long dispute

        By Elena Varga and Tomas Reyes

        PORTSMOUTH (Coastal Wire) — The city council voted on *Tuesday* to build a tram line from the
        harbour to the university, ending a dispute that has lasted three years.

        “This is the day the city chose to move,” Mayor **Ingrid *Hallberg*** told reporters after the vote.

        Councillor David Osei, who opposed the plan, said the cost would fall on small businesses & shops.
        “We are spending money we do not have,” he said.

        The [Harbour Transit Authority](https://hta.example/) will open bids in March, according to its
        director, Samuel Achterberg.

        Tomas Reyes contributed reporting.
        """
}
