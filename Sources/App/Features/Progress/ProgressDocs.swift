/// API-description entries of the progress routes (public, like the leaderboards).
enum ProgressDocs {
    static let improvement = RouteDocs(.open, .json(.object([
        "track_name": .string,
        "entries": .array(.object([
            "rank": .integer, "user_name": .string, "improvement_rate_s": .number, "n_sessions": .integer,
            "best_lap_first": .number, "best_lap_latest": .number, "total_improvement_s": .number, "is_you": .boolean,
        ])),
        "your_rank": JSONSchema.integer.nullable, "your_percentile": JSONSchema.number.nullable,
    ])), query: [
        .init("days", .integer(minimum: 7, maximum: 365), description: "Period in days before now (default 90)"),
        .init("min_sessions", .integer(minimum: 2, maximum: 10), description: "Sessions a driver needs in the period (default 3)"),
    ])
}
