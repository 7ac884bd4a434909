/// Reads GAP's tab-separated files: a header line, then ID, Text, Pronoun, Pronoun-offset, A, A-offset,
/// A-coref, B, B-offset, B-coref, URL. Rows that do not parse are skipped.
public enum GAPReader {
    /// The examples of a GAP file.
    public static func read(_ text: String) -> [GAPExample] {
        text.split(separator: "\n", omittingEmptySubsequences: true).dropFirst().compactMap { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 10, let pronounOffset = Int(fields[3]), let aOffset = Int(fields[5]),
                  let bOffset = Int(fields[8]) else { return nil }
            return GAPExample(
                id: fields[0], text: fields[1], pronoun: fields[2], pronounOffset: pronounOffset,
                a: GAPExample.Candidate(name: fields[4], offset: aOffset, isAntecedent: fields[6].uppercased() == "TRUE"),
                b: GAPExample.Candidate(name: fields[7], offset: bOffset, isAntecedent: fields[9].uppercased() == "TRUE"))
        }
    }
}
