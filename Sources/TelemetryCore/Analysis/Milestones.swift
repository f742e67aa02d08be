import Foundation

/// A personal best, consistency breakthrough or lap-time barrier (analysis.md §10.2).
public struct Milestone: Sendable, Codable, Equatable {
    public var sessionID: String
    public var sessionDate: String
    /// `pb`, `consistency` or `sub_threshold`.
    public var category: String
    public var description: String
    @FiniteNumber public var value: Double
    enum CodingKeys: String, CodingKey {
        case sessionID = "session_id", sessionDate = "session_date", category, description, value
    }
}

/// `GET /api/trends/{track_name}/milestones`.
public struct MilestonesResponse: Sendable, Codable {
    public var trackName: String
    public var milestones: [Milestone]
    enum CodingKeys: String, CodingKey { case trackName = "track_name", milestones }
}

/// Milestones (analysis.md §10.2).
public enum Milestones {
    /// Milestones of `sessions` (no GPS filter); 422 with fewer than 2.
    public static func compute(trackName: String, sessions: [TrendSessionInput]) throws(AnalysisError) -> MilestonesResponse {
        guard sessions.count >= 2 else {
            throw .notEnoughSessions("At least 2 sessions required for milestones. Found \(sessions.count) for track '\(trackName)'.")
        }
        return MilestonesResponse(trackName: trackName, milestones: scan(Trends.chronological(sessions)))
    }

    /// `m:ss.ss`, e.g. `1:32.45`.
    public static func format(_ t: Double) -> String {
        let m = Numerics.clampedInt(t / 60, 0...Int(PhysicalBounds.maxSessionSeconds), rounding: .down)
        return "\(m):" + String(format: "%05.2f", t - Double(m) * 60)
    }

    /// Chronological scan of already ordered sessions.
    static func scan(_ sessions: [TrendSessionInput]) -> [Milestone] {
        var out: [Milestone] = []
        var runningBest = Double.infinity
        var prevConsistency: Double? = nil
        var crossed = Set<Int>()
        let barriers = Array(stride(from: 60, through: 180, by: 5))
        for s in sessions {
            let best = s.snapshot.bestLapTimeS
            if best < runningBest {
                if runningBest.isFinite {
                    out.append(Milestone(sessionID: s.id, sessionDate: s.dateDisplay, category: "pb",
                                         description: "New PB: \(format(best)) (-" + String(format: "%.2f", runningBest - best) + "s)",
                                         value: best))
                }
                runningBest = best
            }
            let score = s.snapshot.consistencyScore
            if let prev = prevConsistency, score - prev >= 10 {
                out.append(Milestone(sessionID: s.id, sessionDate: s.dateDisplay, category: "consistency",
                                     description: "Consistency breakthrough: " + String(format: "%.0f", score) + "/100 (+"
                                        + String(format: "%.0f", score - prev) + ")", value: score))
            }
            prevConsistency = score
            for b in barriers where !crossed.contains(b) && best < Double(b) {
                crossed.insert(b)
                if best >= Double(b) - 5 {
                    out.append(Milestone(sessionID: s.id, sessionDate: s.dateDisplay, category: "sub_threshold",
                                         description: "Sub-\(format(Double(b))) achieved: \(format(best))", value: best))
                }
            }
        }
        return out
    }
}
