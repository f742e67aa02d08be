/// A corner that costs the most time, with what goes wrong there and what to try (platform.md §3.1).
public struct PriorityCorner: Sendable, Codable, Equatable {
    public var corner: Int
    /// Seconds per lap, finite and non-negative.
    public var time_cost_s: Double
    public var issue: String
    public var tip: String

    public init(corner: Int, time_cost_s: Double, issue: String, tip: String) {
        self.corner = corner
        self.time_cost_s = time_cost_s
        self.issue = issue
        self.tip = tip
    }
}
