/// Text attributes a cell can carry.
public struct Attributes: OptionSet, Hashable, Sendable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let bold = Attributes(rawValue: 1 << 0)
    public static let underline = Attributes(rawValue: 1 << 1)
    public static let reverse = Attributes(rawValue: 1 << 2)
    public static let dim = Attributes(rawValue: 1 << 3)
    public static let italic = Attributes(rawValue: 1 << 4)
}

/// How a cell looks: optional colours (nil means "leave as it is" when patching) and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: Color?
    public var background: Color?
    public var attributes: Attributes

    public init(foreground: Color? = nil, background: Color? = nil, attributes: Attributes = []) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    /// The plain style: terminal defaults, no attributes.
    public static let plain = Style()

    /// This style with `other` laid on top: its colours where it sets them, attributes added.
    public func patched(with other: Style) -> Style {
        Style(foreground: other.foreground ?? foreground,
              background: other.background ?? background,
              attributes: attributes.union(other.attributes))
    }
}
