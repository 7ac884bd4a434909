import BylineCore

/// Learns the cue inventory (the words and short phrases that introduce attributed speech, writing or
/// thought) from the cue spans of annotated articles, with no hand list:
///
/// 1. Each cue span becomes its lowercased words (punctuation dropped; a span of a colon alone has none).
/// 2. Words annotated as a whole cue on their own at least `minimumCount` times are *standalone* cues
///    ("said"). A word that is none itself and, in cue spans, stands right before at least
///    `transparentAfter` different standalone cues is *transparent* ("has", "also", "repeatedly"): it is
///    taken off the start of a span ("has also said" → "said"). (Some are content words of long spans,
///    "statement" from "statement said"; taking them off a span's start does no harm.) A span that starts with a standalone cue is that cue
///    ("said in a statement" → "said"); what remains is a phrase ("according to", "went on to say").
/// 3. Every form (word or phrase of at most `maximumWords` words) is counted where a cue span gave it
///    and everywhere it occurs in the texts; the share of occurrences that are cues tells verbs from nouns
///    ("tweeted" from "tweets").
/// 4. A form is kept when it was a cue in at least `minimumShare` of its occurrences; kept forms are
///    grouped by lemma (`CueLemmatizer`; a phrase by its first word's lemma when that is a single-word
///    cue's lemma too), and a lemma is kept when its kept forms were cues at least `minimumCount` times.
///    Shares are taken form by form so that a noun does not sink its verb ("state" and "stated").
///
/// The result depends only on the articles and the options: the same input gives the same inventory.
public struct CueLearning: Sendable {
    public var minimumCount = 5
    public var minimumShare = 0.3
    public var maximumWords = 4
    public var transparentAfter = 3

    public init() {}

    /// What learning found, for the report beside the inventory.
    public struct Result: Sendable {
        public var cues: [LearnedCue]
        /// Cue spans read, and those with no word (a colon, a dash).
        public var spanCount: Int
        public var spansWithoutWords: Int
        /// The transparent words, sorted.
        public var transparentWords: [String]
    }

    /// One cue span as its words: the document, the index of its first word, the words.
    private typealias Span = (document: Int, start: Int, words: [String])

    /// Learns the inventory from the articles' cue spans.
    public func learn(from articles: [PolNeARArticle]) -> Result {
        let documents = articles.map(CueDocument.init)
        var spans: [Span] = []
        var spansWithoutWords = 0
        for (index, document) in documents.enumerated() {
            for span in document.cueSpans {
                let words = document.wordRange(inside: span)
                if words.isEmpty {
                    spansWithoutWords += 1
                } else {
                    spans.append((index, words.lowerBound, Array(document.words[words])))
                }
            }
        }
        var singles: [String: Int] = [:]
        for span in spans where span.words.count == 1 { singles[span.words[0], default: 0] += 1 }
        let standalone = Set(singles.filter { $0.value >= minimumCount }.keys)
        let transparent = transparentWords(spans, standalone: standalone)
        let sites = cueSites(spans, standalone: standalone, transparent: transparent)
        var vocabulary = Set<String>()
        for document in documents { vocabulary.formUnion(document.lowercaseWords) }
        let cues = grouped(sites, occurrences: countOccurrences(of: Set(sites.keys), in: documents),
                           lemmatizer: CueLemmatizer(vocabulary: vocabulary))
        return Result(cues: cues, spanCount: spans.count + spansWithoutWords, spansWithoutWords: spansWithoutWords,
                      transparentWords: transparent.sorted())
    }

    /// The words that stand right before at least `transparentAfter` different standalone cues in spans
    /// and are none themselves.
    private func transparentWords(_ spans: [Span], standalone: Set<String>) -> Set<String> {
        var followers: [String: Set<String>] = [:]
        for span in spans {
            for (word, next) in zip(span.words, span.words.dropFirst()) where standalone.contains(next) {
                followers[word, default: []].insert(next)
            }
        }
        return Set(followers.filter { $0.value.count >= transparentAfter && !standalone.contains($0.key) }.keys)
    }

    /// Each form the spans give (transparent words off the start, a standalone cue alone), with the places
    /// it was a cue: document and first word.
    private func cueSites(_ spans: [Span], standalone: Set<String>, transparent: Set<String>) -> [[String]: Set<[Int]>] {
        var sites: [[String]: Set<[Int]>] = [:]
        for span in spans {
            var start = 0
            while start < span.words.count - 1, transparent.contains(span.words[start]) { start += 1 }
            var words = Array(span.words[start...])
            if standalone.contains(words[0]) { words = [words[0]] }
            guard words.count <= maximumWords else { continue }
            sites[words, default: []].insert([span.document, span.start + start])
        }
        return sites
    }

    /// The forms grouped by lemma, filtered by share and count, sorted by lemma.
    private func grouped(_ sites: [[String]: Set<[Int]>], occurrences: [[String]: Int], lemmatizer: CueLemmatizer) -> [LearnedCue] {
        let singleLemmas = Set(sites.keys.filter { $0.count == 1 }.map { lemmatizer.lemma($0[0]) })
        var groups: [String: [LearnedCue.Form]] = [:]
        for (words, places) in sites {
            var lemma = lemmatizer.lemma(words[0])
            if words.count > 1 && !singleLemmas.contains(lemma) { lemma = words[0] }
            lemma = ([lemma] + words.dropFirst()).joined(separator: " ")
            let form = LearnedCue.Form(text: words.joined(separator: " "), cueCount: places.count,
                                       occurrences: max(occurrences[words] ?? 0, places.count))
            groups[lemma, default: []].append(form)
        }
        var cues: [LearnedCue] = []
        for (lemma, forms) in groups {
            let kept = forms.filter { $0.share >= minimumShare }.sorted { $0.text.utf8.lexicographicallyPrecedes($1.text.utf8) }
            let cue = LearnedCue(lemma: lemma, forms: kept, cueCount: kept.reduce(0) { $0 + $1.cueCount },
                                 occurrences: kept.reduce(0) { $0 + $1.occurrences })
            if cue.cueCount >= minimumCount { cues.append(cue) }
        }
        return cues.sorted { $0.lemma.utf8.lexicographicallyPrecedes($1.lemma.utf8) }
    }

    /// How often each form occurs as consecutive words anywhere in the documents.
    private func countOccurrences(of forms: Set<[String]>, in documents: [CueDocument]) -> [[String]: Int] {
        var prefixes = Set<[String]>()
        for form in forms {
            for length in 1...form.count { prefixes.insert(Array(form.prefix(length))) }
        }
        var counts: [[String]: Int] = [:]
        for document in documents {
            let words = document.words
            for start in words.indices {
                var candidate: [String] = []
                for word in words[start..<min(start + maximumWords, words.count)] {
                    candidate.append(word)
                    guard prefixes.contains(candidate) else { break }
                    if forms.contains(candidate) { counts[candidate, default: 0] += 1 }
                }
            }
        }
        return counts
    }
}
