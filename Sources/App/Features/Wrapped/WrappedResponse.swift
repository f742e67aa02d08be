/// `GET /api/wrapped/{year}` (platform.md §9).
struct WrappedResponse: Codable, Sendable, Equatable {
    /// One card of the recap: `{label, value, category}` (`stat` or `achievement`).
    struct Highlight: Codable, Sendable, Equatable {
        var label: String
        var value: String
        var category: String
    }

    var year: Int
    var total_sessions: Int
    var total_laps: Int
    var total_distance_km: Double
    var tracks_visited: [String]
    var total_track_time_hours: Double
    var biggest_improvement_track: String?
    var biggest_improvement_s: Double?
    var best_consistency_score: Double
    var personality: String
    var personality_description: String
    var top_corner_grade: String?
    var highlights: [Highlight]

    enum CodingKeys: String, CodingKey {
        case year, total_sessions, total_laps, total_distance_km, tracks_visited, total_track_time_hours
        case biggest_improvement_track, biggest_improvement_s, best_consistency_score, personality, personality_description
        case top_corner_grade, highlights
    }

    /// Optional fields are written as `null`, never left out.
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(year, forKey: .year)
        try c.encode(total_sessions, forKey: .total_sessions)
        try c.encode(total_laps, forKey: .total_laps)
        try c.encode(total_distance_km, forKey: .total_distance_km)
        try c.encode(tracks_visited, forKey: .tracks_visited)
        try c.encode(total_track_time_hours, forKey: .total_track_time_hours)
        try c.encode(biggest_improvement_track, forKey: .biggest_improvement_track)
        try c.encode(biggest_improvement_s, forKey: .biggest_improvement_s)
        try c.encode(best_consistency_score, forKey: .best_consistency_score)
        try c.encode(personality, forKey: .personality)
        try c.encode(personality_description, forKey: .personality_description)
        try c.encode(top_corner_grade, forKey: .top_corner_grade)
        try c.encode(highlights, forKey: .highlights)
    }
}
