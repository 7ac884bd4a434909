/// The features of the parser's move and label classifiers, after Zhang and Nivre (2011) adapted to the
/// arc-hybrid system: words (lower case) and tags of the three stack tops and three buffer words, their
/// pairs and triples, the distance between the stack top and the buffer and between the two stack tops,
/// valencies, the outermost two children on each side with their labels, and the label sets of the
/// children. The label classifier reads a smaller set about the candidate head and dependent.
/// Changing what a template computes requires a new `version`.
package enum ParserFeatures {
    /// The version of the feature definitions; a model records the version it was trained with.
    package static let version: UInt32 = 1

    private static let noWord = StableHash.string("<none>")
    private static let rootWord = StableHash.string("<root>")
    private static let noTag: UInt64 = 200
    private static let rootTag: UInt64 = 201
    private static let noLabel: UInt64 = 255

    /// What the features read about one sentence: its words and their tags.
    package struct Sentence {
        package var words: SyntaxWords
        package var tags: [Int]

        package init(words: SyntaxWords, tags: [Int]) {
            self.words = words
            self.tags = tags
        }

        @inline(__always)
        func word(_ index: Int) -> UInt64 {
            index < 0 ? noWord : index >= words.count ? rootWord : words.lower[index]
        }

        /// The three-letter suffix of a word, or the none/root word.
        @inline(__always)
        func suffix(_ index: Int) -> UInt64 {
            index < 0 ? noWord : index >= words.count ? rootWord : words.suffix(index, 3)
        }

        @inline(__always)
        func tag(_ index: Int) -> UInt64 {
            index < 0 ? noTag : index >= words.count ? rootTag : UInt64(tags[index])
        }
    }

    @inline(__always)
    private static func label(_ state: ParserState, _ index: Int) -> UInt64 {
        index < 0 || index >= state.count ? noLabel : UInt64(state.labels[index])
    }

    @inline(__always)
    private static func child(_ children: [Int], _ index: Int) -> Int {
        index < 0 ? -1 : children[index]
    }

    @inline(__always)
    private static func bucket(_ distance: Int) -> UInt64 {
        distance <= 5 ? UInt64(max(distance, 0)) : distance <= 10 ? 6 : 7
    }

    @inline(__always)
    private static func mix(_ template: UInt64, _ a: UInt64) -> UInt64 {
        StableHash.combine(StableHash.mix(template), a)
    }

    @inline(__always)
    private static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64) -> UInt64 {
        StableHash.combine(StableHash.mix(template), a, b)
    }

    @inline(__always)
    private static func mix(_ template: UInt64, _ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        StableHash.combine(StableHash.combine(StableHash.mix(template), a), b, c)
    }

    /// The move classifier's features of a configuration, written to `out` (which is emptied first).
    package static func moveFeatures(_ state: ParserState, _ sentence: Sentence, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let s0 = state.stackWord(0), s1 = state.stackWord(1), s2 = state.stackWord(2)
        let b0 = state.bufferWord(0), b1 = state.bufferWord(1), b2 = state.bufferWord(2)
        let s0w = sentence.word(s0), s0p = sentence.tag(s0)
        let s1w = sentence.word(s1), s1p = sentence.tag(s1)
        let s2w = sentence.word(s2), s2p = sentence.tag(s2)
        let b0w = sentence.word(b0), b0p = sentence.tag(b0)
        let b1w = sentence.word(b1), b1p = sentence.tag(b1)
        let b2w = sentence.word(b2), b2p = sentence.tag(b2)
        let s0l = child(state.leftmost, s0), s0r = child(state.rightmost, s0)
        let s0l2 = child(state.secondLeftmost, s0), s0r2 = child(state.secondRightmost, s0)
        let b0l = child(state.leftmost, b0), b0l2 = child(state.secondLeftmost, b0)
        let s1l = child(state.leftmost, s1), s1r = child(state.rightmost, s1)
        let s0lp = sentence.tag(s0l), s0rp = sentence.tag(s0r), b0lp = sentence.tag(b0l)
        let s1lp = sentence.tag(s1l), s1rp = sentence.tag(s1r)
        let s0wp = StableHash.combine(s0w, s0p), s1wp = StableHash.combine(s1w, s1p)
        let b0wp = StableHash.combine(b0w, b0p), b1wp = StableHash.combine(b1w, b1p)
        let distance = s0 >= 0 && b0 >= 0 ? bucket(b0 - s0) : 0
        let stackDistance = s1 >= 0 ? bucket(s0 - s1) : 0

        // Single words.
        out.append(mix(1, s0w)); out.append(mix(2, s0p)); out.append(mix(3, s0wp))
        out.append(mix(4, s1w)); out.append(mix(5, s1p)); out.append(mix(6, s1wp))
        out.append(mix(7, b0w)); out.append(mix(8, b0p)); out.append(mix(9, b0wp))
        out.append(mix(10, b1w)); out.append(mix(11, b1p)); out.append(mix(12, b1wp))
        out.append(mix(13, b2w)); out.append(mix(14, b2p))
        out.append(mix(15, s2w)); out.append(mix(16, s2p))
        // Pairs.
        out.append(mix(17, s0wp, b0wp)); out.append(mix(18, s0wp, b0w)); out.append(mix(19, s0w, b0wp))
        out.append(mix(20, s0wp, b0p)); out.append(mix(21, s0p, b0wp)); out.append(mix(22, s0w, b0w))
        out.append(mix(23, s0p, b0p)); out.append(mix(24, b0p, b1p))
        out.append(mix(25, s1wp, s0wp)); out.append(mix(26, s1w, s0w)); out.append(mix(27, s1p, s0p))
        out.append(mix(28, s1p, s0wp)); out.append(mix(29, s1wp, s0p)); out.append(mix(30, s1w, b0w))
        // Triples.
        out.append(mix(31, b0p, b1p, b2p)); out.append(mix(32, s0p, b0p, b1p)); out.append(mix(33, s1p, s0p, b0p))
        out.append(mix(34, s2p, s1p, s0p)); out.append(mix(35, s0p, s0lp, b0p)); out.append(mix(36, s0p, s0rp, b0p))
        out.append(mix(37, s0p, b0p, b0lp)); out.append(mix(38, s1p, s1rp, s0p)); out.append(mix(39, s1p, s0p, s0lp))
        out.append(mix(40, s1p, s1lp, s0p)); out.append(mix(41, s1p, s0p, b1p)); out.append(mix(42, s1w, s0p, b0p))
        // Distances.
        out.append(mix(43, s0w, distance)); out.append(mix(44, s0p, distance)); out.append(mix(45, b0w, distance))
        out.append(mix(46, b0p, distance)); out.append(mix(47, s0w, b0w, distance)); out.append(mix(48, s0p, b0p, distance))
        out.append(mix(49, s1p, s0p, stackDistance)); out.append(mix(50, s1w, s0w, stackDistance))
        // Valency.
        let s0vl = UInt64(s0 >= 0 ? min(state.leftCount[s0], 5) : 0), s0vr = UInt64(s0 >= 0 ? min(state.rightCount[s0], 5) : 0)
        let b0vl = UInt64(b0 >= 0 ? min(state.leftCount[b0], 5) : 0), s1vr = UInt64(s1 >= 0 ? min(state.rightCount[s1], 5) : 0)
        out.append(mix(51, s0w, s0vr)); out.append(mix(52, s0p, s0vr)); out.append(mix(53, s0w, s0vl))
        out.append(mix(54, s0p, s0vl)); out.append(mix(55, b0w, b0vl)); out.append(mix(56, b0p, b0vl))
        out.append(mix(57, s1p, s1vr))
        // Children.
        out.append(mix(58, sentence.word(s0l))); out.append(mix(59, s0lp)); out.append(mix(60, label(state, s0l)))
        out.append(mix(61, sentence.word(s0r))); out.append(mix(62, s0rp)); out.append(mix(63, label(state, s0r)))
        out.append(mix(64, sentence.word(b0l))); out.append(mix(65, b0lp)); out.append(mix(66, label(state, b0l)))
        out.append(mix(67, sentence.word(s1r))); out.append(mix(68, s1rp)); out.append(mix(69, label(state, s1r)))
        out.append(mix(70, label(state, s1l)))
        out.append(mix(71, sentence.word(s0l2))); out.append(mix(72, sentence.tag(s0l2))); out.append(mix(73, label(state, s0l2)))
        out.append(mix(74, sentence.word(s0r2))); out.append(mix(75, sentence.tag(s0r2))); out.append(mix(76, label(state, s0r2)))
        out.append(mix(77, sentence.word(b0l2))); out.append(mix(78, sentence.tag(b0l2))); out.append(mix(79, label(state, b0l2)))
        out.append(mix(80, s0p, s0lp, sentence.tag(s0l2))); out.append(mix(81, s0p, s0rp, sentence.tag(s0r2)))
        out.append(mix(82, b0p, b0lp, sentence.tag(b0l2)))
        // Label sets.
        let s0sl = s0 >= 0 ? state.leftLabels[s0] : 0, s0sr = s0 >= 0 ? state.rightLabels[s0] : 0
        let b0sl = b0 >= 0 ? state.leftLabels[b0] : 0, s1sr = s1 >= 0 ? state.rightLabels[s1] : 0
        out.append(mix(83, s0w, s0sr)); out.append(mix(84, s0p, s0sr)); out.append(mix(85, s0w, s0sl))
        out.append(mix(86, s0p, s0sl)); out.append(mix(87, b0w, b0sl)); out.append(mix(88, b0p, b0sl))
        out.append(mix(89, s1p, s1sr))
        // Stack depth, and suffixes standing in for finer tags ("-ed", "-ing", "-ly").
        out.append(mix(90, UInt64(min(state.stack.count, 4)), b0p))
        out.append(mix(91, s0p, sentence.suffix(s0))); out.append(mix(92, b0p, sentence.suffix(b0)))
        out.append(mix(93, s1p, sentence.suffix(s1)))
    }

    /// The label classifier's features for the arc from `head` to `dependent` (`head` is never the root:
    /// a root arc's label is fixed), written to `out` (which is emptied first).
    package static func labelFeatures(_ state: ParserState, _ sentence: Sentence, head: Int, dependent: Int,
                                      direction: ArcDirection, into out: inout [UInt64]) {
        out.removeAll(keepingCapacity: true)
        let side = UInt64(direction.rawValue)
        let hw = sentence.word(head), hp = sentence.tag(head)
        let dw = sentence.word(dependent), dp = sentence.tag(dependent)
        let distance = bucket(abs(head - dependent))
        let dl = child(state.leftmost, dependent), dr = child(state.rightmost, dependent)
        let dlw = sentence.word(dl)
        let headLabels = direction == .leftward ? state.leftLabels[head] : state.rightLabels[head]
        let before = sentence.tag(dependent - 1), after = sentence.tag(dependent + 1 < state.count ? dependent + 1 : state.count)
        out.append(mix(101, side))
        out.append(mix(102, side, hw)); out.append(mix(103, side, hp)); out.append(mix(104, side, dw))
        out.append(mix(105, side, dp)); out.append(mix(106, side, hp, dp)); out.append(mix(107, side, hw, dp))
        out.append(mix(108, side, hp, dw)); out.append(mix(109, side, hw, dw)); out.append(mix(110, side, dp, distance))
        out.append(mix(111, side, StableHash.combine(hp, dp), distance))
        out.append(mix(112, side, dp, label(state, dl))); out.append(mix(113, side, dp, label(state, dr)))
        out.append(mix(114, side, dp, state.leftLabels[dependent])); out.append(mix(115, side, dp, state.rightLabels[dependent]))
        out.append(mix(116, side, hp, headLabels)); out.append(mix(117, side, dp, dlw))
        out.append(mix(118, side, StableHash.combine(hp, dp), dlw)); out.append(mix(119, side, dp, after))
        out.append(mix(120, side, dp, before)); out.append(mix(121, side, sentence.words.form[dependent]))
        out.append(mix(122, side, StableHash.combine(hw, dp), dlw)); out.append(mix(123, side, hp, sentence.tag(dl)))
        out.append(mix(124, side, StableHash.combine(hp, dp), headLabels))
        out.append(mix(125, side, dp, sentence.words.suffix(dependent, 3)))
    }
}
