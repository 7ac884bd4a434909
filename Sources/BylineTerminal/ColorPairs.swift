import BylineUI
import CNcursesw

/// Allocates ncurses colour pairs on demand, one per (foreground, background) the screen uses, after
/// fitting theme colours to what the terminal can show.
struct ColorPairs {
    private var pairs: [PairKey: Int32] = [:]
    private let depth: ColorDepth
    private let capacity: Int32

    private struct PairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    init(depth: ColorDepth, capacity: Int32) {
        self.depth = depth
        self.capacity = capacity
    }

    /// The pair number for a style's colours; 0 (the terminal's defaults) when colour is off or the pairs
    /// have run out.
    mutating func pair(for style: Style) -> Int32 {
        guard depth != .none else { return 0 }
        let key = PairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return 0 }
        if let existing = pairs[key] { return existing }
        let next = Int32(pairs.count + 1)
        guard next < capacity, init_extended_pair(next, key.foreground, key.background) != ERR else { return 0 }
        pairs[key] = next
        return next
    }

    /// The ncurses colour number: -1 for the terminal default, a packed RGB value on direct-colour terminals.
    private func colorNumber(_ color: Color?) -> Int32 {
        guard let color, let fitted = color.fitted(to: depth) else { return -1 }
        switch fitted {
        case .default: return -1
        case .indexed(let index): return Int32(index)
        case .rgb(let r, let g, let b): return Int32(r) << 16 | Int32(g) << 8 | Int32(b)
        }
    }
}
