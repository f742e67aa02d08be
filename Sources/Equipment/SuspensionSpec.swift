import TelemetryCore

/// Suspension setup (platform.md §4.2 `SuspensionSpec`).
public struct SuspensionSpec: Sendable, Codable, Equatable {
    @Nullable public var type: String?
    @Nullable public var front_spring_rate: String?
    @Nullable public var rear_spring_rate: String?
    @OptionalNumber public var front_camber_deg: Double?
    @OptionalNumber public var rear_camber_deg: Double?
    @Nullable public var front_toe: String?
    @Nullable public var rear_toe: String?
    @Nullable public var front_rebound: Int?
    @Nullable public var front_compression: Int?
    @Nullable public var rear_rebound: Int?
    @Nullable public var rear_compression: Int?
    @Nullable public var sway_bar_front: String?
    @Nullable public var sway_bar_rear: String?
}
