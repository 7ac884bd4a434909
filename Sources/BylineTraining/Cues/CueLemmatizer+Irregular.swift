extension CueLemmatizer {
    /// English verbs with forms no suffix rule undoes: the lemma, then those forms. Verbs whose forms are
    /// all alike ("put", "read") need no entry. A form that belongs to two verbs ("found", "lay") is listed
    /// under the one news uses it for.
    static let irregularVerbs: [[String]] = [
        ["arise", "arose", "arisen"], ["be", "am", "is", "are", "was", "were", "been"], ["bear", "bore", "borne"],
        ["become", "became"], ["begin", "began", "begun"], ["bend", "bent"], ["bind", "bound"],
        ["bite", "bit", "bitten"], ["bleed", "bled"], ["blow", "blew", "blown"], ["break", "broke", "broken"],
        ["breed", "bred"], ["bring", "brought"], ["build", "built"], ["buy", "bought"],
        ["catch", "caught"], ["choose", "chose", "chosen"], ["come", "came"], ["creep", "crept"],
        ["deal", "dealt"], ["dig", "dug"], ["do", "does", "did", "done"], ["draw", "drew", "drawn"],
        ["drink", "drank", "drunk"], ["drive", "drove", "driven"], ["eat", "ate", "eaten"], ["fall", "fell", "fallen"],
        ["feed", "fed"], ["feel", "felt"], ["fight", "fought"], ["find", "found"], ["flee", "fled"],
        ["fly", "flew", "flown"], ["forbid", "forbade", "forbidden"], ["foresee", "foresaw", "foreseen"],
        ["foretell", "foretold"], ["forget", "forgot", "forgotten"], ["forgive", "forgave", "forgiven"],
        ["freeze", "froze", "frozen"], ["get", "got", "gotten"], ["give", "gave", "given"], ["go", "went", "gone"],
        ["grind", "ground"], ["grow", "grew", "grown"], ["hang", "hung"], ["have", "has", "had"], ["hear", "heard"],
        ["hide", "hid", "hidden"], ["hold", "held"], ["keep", "kept"], ["kneel", "knelt"],
        ["know", "knew", "known"], ["lay", "laid"], ["lead", "led"], ["lend", "lent"], ["leave", "left"], 
        ["light", "lit"], ["lose", "lost"], ["make", "made"], ["mean", "meant"], ["meet", "met"],
        ["mislead", "misled"], ["mistake", "mistook", "mistaken"], ["overhear", "overheard"],
        ["overcome", "overcame"], ["overtake", "overtook", "overtaken"], ["pay", "paid"], 
        ["rethink", "rethought"], ["retell", "retold"], ["rewrite", "rewrote", "rewritten"],
        ["ride", "rode", "ridden"], ["ring", "rang", "rung"], ["rise", "rose", "risen"], ["run", "ran"],
        ["say", "said"], ["see", "saw", "seen"], ["seek", "sought"], ["sell", "sold"], ["send", "sent"], 
        ["shake", "shook", "shaken"], ["shine", "shone"], ["shoot", "shot"], ["show", "shown"], 
        ["sing", "sang", "sung"], ["sit", "sat"], ["sleep", "slept"], ["slide", "slid"], ["speak", "spoke", "spoken"],
        ["speed", "sped"], ["spend", "spent"], ["spin", "spun"], ["stand", "stood"],
        ["steal", "stole", "stolen"], ["stick", "stuck"], ["sting", "stung"], ["strike", "struck"],
        ["swear", "swore", "sworn"], ["sweep", "swept"], ["swing", "swung"], ["take", "took", "taken"],
        ["teach", "taught"], ["tear", "tore", "torn"], ["tell", "told"], ["think", "thought"], ["throw", "threw", "thrown"],
        ["undertake", "undertook", "undertaken"], ["understand", "understood"], ["uphold", "upheld"],
        ["wake", "woke", "woken"], ["wear", "wore", "worn"], ["weep", "wept"], ["win", "won"],
        ["withdraw", "withdrew", "withdrawn"], ["withhold", "withheld"], ["write", "wrote", "written"],
    ]

    /// Each irregular form (and lemma) to its lemma.
    static let irregular: [String: String] = {
        var table: [String: String] = [:]
        for forms in irregularVerbs {
            for form in forms { table[form] = forms[0] }
        }
        return table
    }()
}
