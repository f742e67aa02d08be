import Storage

/// API-description entries of the leaderboard routes (the boards are public).
enum LeaderboardDocs {
    static let corners = RouteDocs(.open, .json(.object([
        "track_name": .string, "corner_number": .integer, "category": .oneOf(LeaderboardCategory.allCases.map(\.rawValue)),
        "entries": .array(.object([
            "rank": .integer, "user_name": .string, "sector_time_s": .finite, "min_speed_mps": .finite,
            "session_date": .string, "is_king": .boolean, "brake_point_m": .finite, "consistency_cv": .finite,
        ])),
    ])), query: [
        .init("corner", JSONSchema.integer(minimum: 1).format("int64"), required: true, description: "Corner number"),
        .init("limit", .integer(minimum: 1, maximum: 50), description: "Entries (default 10)"),
        .init("category", .oneOf(LeaderboardCategory.allCases.map(\.rawValue)), description: "Ranking (default sector_time)"),
    ])
    static let kings = RouteDocs(.open, .json(.object([
        "track_name": .string,
        "kings": .array(.object(["corner_number": .integer, "user_name": .string, "best_time_s": .finite])),
    ])))
    static let optIn = RouteDocs(.user, .json(.object(["opt_in": .boolean])), body: .json(.object(["opt_in": .boolean])))
}
