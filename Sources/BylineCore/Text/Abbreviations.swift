/// The abbreviations written with a final period that the tokenizer keeps whole and the sentence splitter
/// knows not to end a sentence after.
///
/// Entries are lower case and without the period. Dotted runs of single letters ("U.S.", "e.g.", "D.C.")
/// need no entry: the tokenizer recognizes their pattern.
enum Abbreviations {
    /// Titles written before a name. A sentence never ends after one of them.
    static let titles: Set<String> = [
        "mr", "mrs", "ms", "messrs", "mmes", "mme", "mlle", "dr", "drs", "prof", "gen", "gens", "sen", "sens",
        "rep", "reps", "gov", "govs", "lt", "col", "capt", "cpt", "sgt", "maj", "adm", "cmdr", "cdr", "brig",
        "rev", "hon", "pres", "supt", "msgr", "amb", "atty", "insp", "det", "cpl", "pvt", "ens",
    ]

    /// Other abbreviations, in any letter case.
    static let common: Set<String> = [
        "etc", "vs", "approx", "cf", "inc", "corp", "ltd", "co", "cos", "llc", "plc", "bros", "assn", "dept",
        "govt", "intl", "natl", "univ", "jr", "sr", "st", "mt", "ft", "ave", "blvd", "rd", "hwy", "est",
        "vol", "vols", "pp", "fig", "figs", "eds", "nos",
        "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "ala", "ariz", "ark", "calif", "colo", "conn", "fla", "ga", "kan", "kans", "ky", "md", "mich",
        "minn", "mont", "neb", "nev", "okla", "ore", "pa", "tenn", "tex", "vt", "va", "wis", "wyo",
    ]

    /// Abbreviations that are also common words, recognized only when capitalized ("Mass." but not "mass.").
    static let capitalizedOnly: Set<String> = [
        "mar", "ill", "ind", "del", "la", "mass", "miss", "mo", "wash", "mon", "tue", "tues", "wed", "thu",
        "thur", "thurs", "fri", "sat", "sun",
    ]

    /// Abbreviations that are names when capitalized, recognized only in lower case ("et al.").
    static let lowercaseOnly: Set<String> = ["al"]

    /// Whether `word` (as written, without the period) is a known abbreviation in its letter case.
    static func isKnown(_ word: String) -> Bool {
        let lowered = word.lowercased()
        if titles.contains(lowered) || common.contains(lowered) { return true }
        let capitalized = word.unicodeScalars.first?.isUppercaseLetter ?? false
        if capitalized { return capitalizedOnly.contains(lowered) }
        return lowercaseOnly.contains(lowered)
    }

    /// Whether the abbreviation token's text ("Mr.", "Gen.") is a title.
    static func isTitle(_ token: String) -> Bool {
        var word = token
        if word.hasSuffix(".") { word.removeLast() }
        return titles.contains(word.lowercased())
    }
}
