import BylineCore
@testable import BylineTraining
import Testing

/// Cue learning on invented articles whose cue spans are marked with brackets.
@Suite struct CueLearningTests {
    /// An article from text with its cue spans in [brackets] (the brackets are removed).
    static func article(_ id: String, _ marked: String) -> PolNeARArticle {
        var text = String.UnicodeScalarView()
        var cues: [TextRange] = []
        var start = 0
        for scalar in marked.unicodeScalars {
            switch scalar {
            case "[": start = text.count
            case "]": cues.append(TextRange(start: start, end: text.count))
            default: text.append(scalar)
            }
        }
        let attributions = cues.map { PolNeARAttribution(content: $0, speaker: nil, cue: $0, kind: .indirect) }
        return PolNeARArticle(id: id, publisher: "p", date: "d", title: "t", text: String(text), attributions: attributions)
    }

    static let articles = [
        article("a", "Ana Ruiz [said] the vote was fair. Ben Cole [has said] it was not."),
        article("b", "Ruiz [said] the count was late. Cole [said in a statement] that it was fine."),
        article("c", "Ruiz [says] she won. Cole [tweeted] that she lost. The tweets kept coming. More tweets followed."),
        article("d", "[According to] the agency, turnout rose. Cole [tweeted] again. Ruiz [argued] that tweets matter."),
        article("e", "[according to] aides, she [tweeted] twice. He [has argued] the count was late. She [argued] it was not."),
        article("f", "He [quipped] that the tweets were dull. Her [tweets] show anger. They argue often: tweets are tweets."),
    ]

    static var learning: CueLearning {
        var learning = CueLearning()
        learning.minimumCount = 2
        learning.transparentAfter = 2
        return learning
    }

    @Test func learnsLemmasFormsAndPhrases() {
        let result = Self.learning.learn(from: Self.articles)
        #expect(result.spanCount == 15)
        #expect(result.spansWithoutWords == 0)
        // "has" stands before two different standalone cues ("said", "argued").
        #expect(result.transparentWords == ["has"])
        #expect(result.cues.map(\.lemma) == ["according to", "argue", "say", "tweet"])
        let say = result.cues.first { $0.lemma == "say" }
        // "has said" and "said in a statement" count as "said"; no "said" is anything but a cue.
        #expect(say?.forms == [LearnedCue.Form(text: "said", cueCount: 4, occurrences: 4),
                               LearnedCue.Form(text: "says", cueCount: 1, occurrences: 1)])
        #expect(result.cues.first { $0.lemma == "according to" }?.forms.map(\.text) == ["according to"])
    }

    @Test func theShareOfOccurrencesTellsVerbsFromNouns() {
        let tweet = Self.learning.learn(from: Self.articles).cues.first { $0.lemma == "tweet" }
        // "tweets" was a cue once in seven occurrences: not kept; "tweeted" always was.
        #expect(tweet?.forms == [LearnedCue.Form(text: "tweeted", cueCount: 3, occurrences: 3)])
        #expect(tweet?.cueCount == 3)
        var lenient = Self.learning
        lenient.minimumShare = 0.1
        let forms = lenient.learn(from: Self.articles).cues.first { $0.lemma == "tweet" }?.forms
        #expect(forms == [LearnedCue.Form(text: "tweeted", cueCount: 3, occurrences: 3),
                          LearnedCue.Form(text: "tweets", cueCount: 1, occurrences: 7)])
    }

    @Test func rareCuesAreLeftOut() {
        var learning = Self.learning
        #expect(!learning.learn(from: Self.articles).cues.contains { $0.lemma.hasPrefix("quip") })
        learning.minimumCount = 1
        #expect(learning.learn(from: Self.articles).cues.contains { $0.lemma == "quipped" })
        // At 3, "said" (twice alone) is no standalone cue, so "has said" is not folded into it, nor "has
        // argued" into "argued": "say" keeps 3 cues, "argue" 2.
        learning.minimumCount = 3
        #expect(learning.learn(from: Self.articles).cues.map(\.lemma) == ["say", "tweet"])
    }

    @Test func theFileIsSortedAndTheSameEveryTime() {
        let learning = Self.learning
        let file = learning.file(learning.learn(from: Self.articles).cues, source: "invented articles")
        #expect(file == learning.file(learning.learn(from: Self.articles.reversed()).cues, source: "invented articles"))
        let rows = file.split(separator: "\n").filter { !$0.hasPrefix("#") }
        #expect(rows == ["according to\t2\t1.00\taccording to", "argue\t3\t1.00\targued", "say\t5\t1.00\tsaid\tsays",
                         "tweet\t3\t1.00\ttweeted"])
    }

    @Test func lemmasOfRegularAndIrregularForms() {
        let lemmatizer = CueLemmatizer(vocabulary: ["note", "not", "call", "admit", "push", "bemoans", "say", "decries"])
        #expect(lemmatizer.lemma("noted") == "note")
        #expect(lemmatizer.lemma("noting") == "note")
        #expect(lemmatizer.lemma("calling") == "call")
        #expect(lemmatizer.lemma("admitted") == "admit")
        #expect(lemmatizer.lemma("pushes") == "push")
        #expect(lemmatizer.lemma("says") == "say")
        #expect(lemmatizer.lemma("told") == "tell")
        #expect(lemmatizer.lemma("went") == "go")
        #expect(lemmatizer.lemma("bemoaned") == "bemoan")
        #expect(lemmatizer.lemma("decried") == "decry")
        #expect(lemmatizer.lemma("gushed") == "gushed")
        #expect(lemmatizer.lemma("during") == "during")
    }
}
