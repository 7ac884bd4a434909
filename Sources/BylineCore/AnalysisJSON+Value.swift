extension AnalysisJSON {
    /// A JSON value with object members kept in the order given, so that output is deterministic.
    indirect enum Value {
        case null
        case int(Int)
        /// A number; non-finite values are written as null, which JSON has no numbers for.
        case number(Double)
        case string(String)
        case array([Value])
        case object([(String, Value)])
    }
}
