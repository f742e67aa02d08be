/// The state of the track surface (platform.md §4.1).
public enum TrackCondition: String, Sendable, Codable, CaseIterable, Equatable {
    case dry, damp, wet
}
