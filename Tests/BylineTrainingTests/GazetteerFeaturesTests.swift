import BylineCore
@testable import BylineTraining
import Testing

/// Gazetteer-membership features per token, and training with them.
@Suite struct GazetteerFeaturesTests {
    static let gazetteer: Gazetteer = {
        var gazetteer = Gazetteer()
        gazetteer.add("President", .title)
        gazetteer.add("Ann", .firstName)
        gazetteer.add("Lee", .surname)
        gazetteer.add("New York", .city)
        gazetteer.add("York", .city)
        gazetteer.add("Paris", .city)
        return gazetteer
    }()

    @Test func marksListedWordsEntriesAndNeighbours() {
        let tokens = ["President", "Ann", "Lee", "visited", "New", "York", "."]
        let features = GazetteerFeatures(gazetteer: Self.gazetteer).features(for: tokens)
        #expect(features.count == tokens.count)
        #expect(features[0] == ["gaz:title"])
        #expect(features[1] == ["gaz:firstName", "gaz:after-title"])
        #expect(features[2] == ["gaz:surname", "gaz:after-first-name"])
        #expect(features[3].isEmpty)
        #expect(features[4] == ["gaz:B-city"])
        #expect(features[5] == ["gaz:city", "gaz:I-city"])
        #expect(features[6].isEmpty)
    }

    @Test func readsLowerCaseTitles() {
        let features = GazetteerFeatures(gazetteer: Self.gazetteer).features(for: ["the", "president", "said"])
        #expect(features[1] == ["gaz:title"])
        #expect(features[2] == ["gaz:after-title"])
    }

    @Test func handlesShortSentencesAtTheEnd() {
        let features = GazetteerFeatures(gazetteer: Self.gazetteer).features(for: ["New"])
        #expect(features == [[]])
    }

    @Test func trainingWithGazetteerFeaturesIsDeterministic() {
        let corpus = Corpus(name: "synthetic", annotatedKinds: [.person, .place, .organization], isSilver: false,
                            sentences: PerceptronTests.training)
        let extractor = FeatureExtractor(gazetteer: GazetteerFeatures(gazetteer: Self.gazetteer))
        let first = Trainer.train([corpus], options: PerceptronTests.options(), extractor: extractor).encoded()
        let second = Trainer.train([corpus], options: PerceptronTests.options(), extractor: extractor).encoded()
        #expect(first == second)
        let tokens = ["we", "met", "Alice", "in", "Paris", "."]
        #expect(extractor.extract(tokens).hashes.count == FeatureExtractor().extract(tokens).hashes.count + 1)
    }
}
