import Foundation

/// What a corner board ranks by (platform.md §7.3).
public enum LeaderboardCategory: String, Sendable, CaseIterable {
    /// Lowest sector time first.
    case sectorTime = "sector_time"
    /// Highest minimum speed first.
    case minSpeed = "min_speed"
    /// Latest braking (lowest brake point distance) first.
    case brakePoint = "brake_point"
    /// Lowest coefficient of variation first.
    case consistency

    var column: String {
        switch self {
        case .sectorTime: "sector_time_s"
        case .minSpeed: "min_speed_mps"
        case .brakePoint: "brake_point_m"
        case .consistency: "consistency_cv"
        }
    }

    var descending: Bool { self == .minSpeed }
}

/// One row of a corner board: an opted-in driver's best record at that corner.
public struct LeaderboardEntry: Sendable, Equatable {
    public var rank: Int
    public var userID: String
    public var userName: String
    public var sessionID: String
    public var sessionDate: String
    public var sessionStartedAt: Date?
    public var sectorTimeS: Double
    public var minSpeedMps: Double
    public var brakePointM: Double?
    public var consistencyCV: Double?
    public var isKing: Bool
}

/// The fastest opted-in driver through one corner of a track.
public struct CornerKing: Sendable, Equatable {
    public var cornerNumber: Int
    public var userID: String
    public var userName: String
    public var bestTimeS: Double
}
