/// The `track_condition` enumeration of platform.md §4.1, ordered from driest to wettest.
public enum TrackCondition: String, Sendable, Codable, CaseIterable, Comparable {
    case dry, damp, wet

    /// Driest first.
    public static func < (lhs: TrackCondition, rhs: TrackCondition) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
