/// The version `byline --version` prints.
enum BylineVersion {
    static let current = "0.4.0"
}
