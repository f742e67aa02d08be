/// A pad of the curated brake pad table (platform.md Appendix B).
public struct BrakePad: Sendable, Codable, Equatable {
    public var model: String
    public var brand: String
    /// `street`, `street-track`, `track` or `race`.
    public var category: String
    public var temp_range: String
    /// `medium` or `high`.
    public var initial_bite: String
    public var notes: String
}
