/// The `track_condition` enumeration of platform.md §4.1, ordered from driest to wettest.
public enum TrackCondition: String, Sendable, Codable, CaseIterable, Comparable {
    case dry, damp, wet

    /// Share of the dry friction coefficient a tyre keeps on this surface: a damp film costs about a tenth, a wet
    /// track about a quarter (performance tyres on asphalt keep roughly 0.7–0.8 of their dry grip in the wet, before
    /// aquaplaning, which a water film under the wet threshold does not reach).
    public var gripShare: Double {
        switch self {
        case .dry: 1.0
        case .damp: 0.9
        case .wet: 0.75
        }
    }

    /// Driest first.
    public static func < (lhs: TrackCondition, rhs: TrackCondition) -> Bool {
        allCases.firstIndex(of: lhs) ?? 0 < allCases.firstIndex(of: rhs) ?? 0
    }
}
