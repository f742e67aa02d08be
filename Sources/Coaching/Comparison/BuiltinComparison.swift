/// `BuiltinComparisonWriter` as a `ComparisonWriter` value.
public struct BuiltinComparison: ComparisonWriter {
    public init() {}

    /// The built-in narrative; never fails.
    public func write(_ facts: ComparisonFacts) async throws -> String { BuiltinComparisonWriter.write(facts) }
}
