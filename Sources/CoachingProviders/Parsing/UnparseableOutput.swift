/// A model answered, but not with what was asked for (no JSON object, or one missing the required fields).
/// Retried like a malformed response (§3.2: wait 5 s × attempt).
public struct UnparseableOutput: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was missing, for logs.
    public var reason: String

    public init(_ reason: String) { self.reason = reason }

    public var description: String { "unparseable model output: \(reason)" }
}
