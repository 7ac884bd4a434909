/// A classifier's labels by name, with optional constraints on which labels may stand in which context
/// (a context is whatever the model says it is: the previous label of a sequence labeller, the
/// direction of a dependency arc).
package struct ClassLabels: Sendable, Equatable {
    /// The label names, in class order.
    package let names: [String]
    /// The number of contexts with constraints; 0 when every label is allowed everywhere.
    package let contextCount: Int
    /// `allowed[context * names.count + label]`; empty when `contextCount` is 0.
    private let allowed: [Bool]

    /// Unconstrained labels.
    package init(_ names: [String]) {
        self.init(names, contextCount: 0, allowed: [])
    }

    /// Labels with a context × label table of what is allowed.
    package init(_ names: [String], contextCount: Int, allowed: [Bool]) {
        precondition(allowed.count == contextCount * names.count, "one entry per context and label")
        self.names = names
        self.contextCount = contextCount
        self.allowed = allowed
    }

    /// The number of labels.
    package var count: Int { names.count }

    /// The class of a label name, if it is one.
    package func index(of name: String) -> Int? {
        names.firstIndex(of: name)
    }

    /// Whether `label` may stand in `context` (always, without constraints).
    @inline(__always)
    package func allows(_ label: Int, in context: Int) -> Bool {
        contextCount == 0 || allowed[context * names.count + label]
    }

    /// The table of allowed labels, context after context, for writing to a model file.
    package var allowedTable: [Bool] { allowed }
}
