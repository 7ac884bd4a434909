/// The tagger's classes: UPOS, with a few tags split by the treebanks' Penn Treebank XPOS where the
/// parser gains from the finer distinction (verb forms, "to", particles, possessive and wh- pronouns).
/// A class name is its UPOS, then "|" and the refinement; the model reports only the UPOS part. At 28
/// classes a tagger weight row still fills one 32-byte slot (`HashedRowTable`).
enum SyntaxTags {
    static let names = [
        "ADJ", "ADP", "ADP|RP", "ADV", "AUX", "AUX|VB", "AUX|VBG", "AUX|VBN", "CCONJ", "DET", "INTJ", "NOUN", "NUM",
        "PART", "PART|TO", "PRON", "PRON|PRP$", "PRON|WH", "PROPN", "PUNCT", "SCONJ", "SYM",
        "VERB|VB", "VERB|VBD", "VERB|VBG", "VERB|VBN", "VERB|PRES", "X",
    ]

    /// The class of a word with these UPOS and XPOS tags.
    static func tag(upos: String, xpos: String) -> String {
        switch (upos, xpos) {
        case ("ADP", "RP"): "ADP|RP"
        case ("AUX", "VB"), ("AUX", "VBG"), ("AUX", "VBN"): "AUX|\(xpos)"
        case ("PART", "TO"): "PART|TO"
        case ("PRON", "PRP$"): "PRON|PRP$"
        case ("PRON", "WP"), ("PRON", "WDT"), ("PRON", "WP$"): "PRON|WH"
        case ("VERB", "VBD"), ("VERB", "VBG"), ("VERB", "VBN"): "VERB|\(xpos)"
        case ("VERB", "VBP"), ("VERB", "VBZ"): "VERB|PRES"
        case ("VERB", _): "VERB|VB"
        default: names.contains(upos) ? upos : "X"
        }
    }
}
