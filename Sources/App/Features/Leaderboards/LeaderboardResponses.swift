import TelemetryCore

/// `GET /api/leaderboards/{track}/corners`.
struct CornerBoard: Codable {
    struct Entry: Codable {
        var rank: Int
        var user_name: String
        @FiniteNumber var sector_time_s: Double
        @FiniteNumber var min_speed_mps: Double
        var session_date: String
        var is_king: Bool
        @OptionalNumber var brake_point_m: Double?
        @OptionalNumber var consistency_cv: Double?
    }

    var track_name: String
    var corner_number: Int
    var category: String
    var entries: [Entry]
}

/// `GET /api/leaderboards/{track}/kings`.
struct CornerKings: Codable {
    struct King: Codable {
        var corner_number: Int
        var user_name: String
        @FiniteNumber var best_time_s: Double
    }

    var track_name: String
    var kings: [King]
}

/// `POST /api/leaderboards/opt-in`.
struct OptInState: Codable {
    var opt_in: Bool
}
