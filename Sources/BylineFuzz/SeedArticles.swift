/// Short news-like articles written for the fuzzer (every person, place and organization in them is
/// invented). They hold what the analysis looks for (names, titles, direct and reported speech, cues
/// at paragraph ends, pronouns, abbreviations, dates), so that cutting and mutating them reaches its rules.
public enum SeedArticles {
    /// The articles, one paragraph a line.
    public static let all: [String] = [council, harbor, election, storm]

    static let council = """
        Mayor Elena Ruiz said on Tuesday that the city would close the old Kessler Bridge for repairs, a move \
        the Millbrook Chamber of Commerce called “a blow to every shop on Front Street.”
        Ruiz told reporters after the council meeting, “We cannot ask people to drive over a bridge we would not \
        drive over ourselves.” She added that the work should take eight months.
        The council’s finance chair, Councilman Owen Pratt, backs the plan. Pratt, a former engineer, said the \
        repairs would cost about $14.5 million, most of it from the state.
        But Dr. Hana Oduya of Ridgeway University, who studied the bridge in 2019, warned that “eight months is \
        optimistic.” According to Oduya, the steel was never properly tested.
        “They knew,” said one shop owner, who asked not to be named. “They always knew.”
        The Mayor condemned the
        """

    static let harbor = """
        The Harbor Transit Authority (HTA) will raise fares by 25 cents in March, its director, Samuel Achterberg, \
        announced Friday.
        Achterberg said the increase was needed to pay for new ferries. “Our boats are older than most of our \
        riders,” he said.
        Riders were not impressed. “It’s the third increase in four years,” said Tomas Lindqvist, 42, who takes \
        the 7:15 ferry from Gull Point every morning. Lindqvist said he would start driving.
        The HTA’s board, which includes representatives of three counties, approved the increase 6-1. The lone \
        vote against came from board member Grace Lindqvist, who is not related to Tomas Lindqvist.
        Gov. Martin Esposito, who appoints four of the seven members, declined to comment. A spokeswoman for the \
        governor said he “supports the authority’s independence.”
        Achterberg told
        """

    static let election = """
        WASHINGTON (AP) — Sen. Amelia Hartwell, D-Ore., said Thursday she will not seek a fourth term, ending \
        weeks of speculation in her party.
        “It is time,” Hartwell said in a statement. “Twenty years is long enough for anyone.”
        Hartwell, 71, chairs the Senate Committee on Energy. Her decision opens a seat that Republicans hope to \
        win in November. Rep. Daniel Okafor, R-Ore., who lost to Hartwell in 2020, said he was “seriously \
        considering” a run.
        Party leaders praised her. The Senate Majority Leader called her “a friend and a fighter,” and the \
        President said she had served “with grace.”
        They said the race would be close. They said it was fine. They said it would cost more than $50 million.
        Asked whether she would endorse a successor, the senator said: “Not yet. Ask me in the spring.”
        The President Of
        """

    static let storm = """
        A storm that dropped nearly 30 inches of snow on the Carrow Valley left 12,000 homes without power on \
        Sunday, utility officials said.
        Northline Power said crews from four states were working to restore service but warned that some \
        customers might wait until Wednesday. “This is the worst we have seen since 1996,” said Luis Ferreira, \
        the company’s vice president for operations.
        The National Weather Service said more snow was expected. Schools in Carrow, Elm Falls and St. Agnes \
        will stay closed Monday, the districts said.
        Residents said the outages were frustrating. ‘We’ve been lucky so far,’ said Nadia Brandt, who runs a \
        bakery on Main St. in Elm Falls. ‘But the ovens are cold.’
        Ferreira told the Carrow Courier that the company had “learned from last year” — though he did not say \
        what it had learned. He told
        """
}
