import Coaching
import Foundation
import TelemetryCore

/// The yearly recap (platform.md §9) as a pure function of the user's own sessions of that year.
enum WrappedRecap {
    /// Dimensions the personality reads, with the personality each one names.
    static let personalities: [(dimension: @Sendable (CornerGrade) -> String, name: String, description: String)] = [
        ({ $0.braking }, "The Late Braker", "Your braking grades lead the way: you trust the brakes and use them hard and late."),
        ({ $0.trail_braking }, "The Smooth Operator", "Your trail braking stands out: you carry the brakes into the turn and keep the car settled."),
        ({ $0.throttle }, "The Throttle Master", "Your throttle grades lead: you get back to power early and cleanly out of the corners."),
    ]

    static func make(year: Int, sessions all: [WrappedSession]) -> WrappedResponse {
        let sessions = all.sorted { $0.date < $1.date }
        guard !sessions.isEmpty else {
            return WrappedResponse(
                year: year, total_sessions: 0, total_laps: 0, total_distance_km: 0, tracks_visited: [], total_track_time_hours: 0,
                biggest_improvement_track: nil, biggest_improvement_s: nil, best_consistency_score: 0,
                personality: "The Track Day Warrior",
                personality_description: "No sessions in \(year) yet: upload a track day to start your recap.",
                top_corner_grade: nil, highlights: highlights(laps: 0, km: 0, hours: 0, tracks: 0, improvement: nil))
        }
        let laps = sessions.reduce(0) { $0 + $1.nLaps }
        let km = Numerics.round(sessions.reduce(0.0) { $0 + (Numerics.finite($1.bestLapDistanceM) ?? 0) * Double($1.nLaps) } / 1000, 1)
        let hours = Numerics.round(sessions.reduce(0.0) { $0 + (Numerics.finite($1.avgLapTimeS) ?? 0) * Double($1.nLaps) } / 3600, 1)
        var tracks: [String] = []
        for s in sessions where !tracks.contains(s.trackName) { tracks.append(s.trackName) }
        let improvement = biggestImprovement(sessions)
        let consistency = Numerics.round(sessions.compactMap(\.consistencyScore).filter(\.isFinite).max() ?? 0, 1)
        let (personality, description) = personality(sessions.flatMap(\.grades), bestConsistency: consistency)
        return WrappedResponse(
            year: year, total_sessions: sessions.count, total_laps: laps, total_distance_km: km, tracks_visited: tracks,
            total_track_time_hours: hours, biggest_improvement_track: improvement?.track, biggest_improvement_s: improvement?.seconds,
            best_consistency_score: consistency, personality: personality, personality_description: description,
            top_corner_grade: topGrade(sessions.flatMap(\.grades)),
            highlights: highlights(laps: laps, km: km, hours: hours, tracks: tracks.count, improvement: improvement))
    }

    /// Per track with at least two timed sessions: the first session's best lap minus the last's; the largest gain.
    static func biggestImprovement(_ chronological: [WrappedSession]) -> (track: String, seconds: Double)? {
        var best: (track: String, seconds: Double)?
        for track in Set(chronological.map(\.trackName)) {
            let times = chronological.filter { $0.trackName == track }.compactMap(\.bestLapTimeS).filter(\.isFinite)
            guard times.count >= 2, let first = times.first, let last = times.last else { continue }
            let gain = Numerics.round(first - last, 3)
            if gain > 0, gain > best?.seconds ?? 0 || (gain == best?.seconds && track < best!.track) { best = (track, gain) }
        }
        return best
    }

    static func personality(_ grades: [CornerGrade], bestConsistency: Double) -> (String, String) {
        var leader: (ratio: Double, name: String, description: String)?
        for p in personalities {
            let letters = grades.map { p.dimension($0).trimmingCharacters(in: .whitespaces) }
                .filter { !GradeText.notApplicable.contains($0) }
            guard !letters.isEmpty else { continue }
            let ratio = Double(letters.filter { $0 == "A" || $0 == "B" }.count) / Double(letters.count)
            if ratio > leader?.ratio ?? -1 { leader = (ratio, p.name, p.description) }
        }
        if let leader, leader.ratio >= 0.6 { return (leader.name, leader.description) }
        if bestConsistency >= 85 {
            return ("The Machine", "Lap after lap within a whisker: consistency is your signature.")
        }
        return ("The Track Day Warrior", "You kept coming back to the track: every session built your speed and your craft.")
    }

    /// `A` when any braking, trail braking or throttle grade is exactly `A`; else `B` when any is exactly `B`.
    static func topGrade(_ grades: [CornerGrade]) -> String? {
        let letters = Set(grades.flatMap { [$0.braking, $0.trail_braking, $0.throttle] })
        return letters.contains("A") ? "A" : letters.contains("B") ? "B" : nil
    }

    static func highlights(laps: Int, km: Double, hours: Double, tracks: Int,
                           improvement: (track: String, seconds: Double)?) -> [WrappedResponse.Highlight] {
        var out: [WrappedResponse.Highlight] = [
            .init(label: "Total Laps", value: "\(laps)", category: "stat"),
            .init(label: "Distance Covered", value: String(format: "%.0f km", km), category: "stat"),
            .init(label: "Track Time", value: String(format: "%.1f hours", hours), category: "stat"),
            .init(label: "Tracks Visited", value: "\(tracks)", category: "stat"),
        ]
        if let improvement {
            out.append(.init(label: "Biggest Improvement", value: String(format: "-%.2fs", improvement.seconds) + " at \(improvement.track)",
                             category: "achievement"))
        }
        return out
    }
}
