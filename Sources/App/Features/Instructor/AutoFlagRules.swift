import Foundation
import Storage

/// The upload-time auto-flag rules of platform.md §10.4 (1 and 2; the praise and safety rules need coaching
/// reports, which do not exist yet). Pure: a session and the student's previous best in, flags out.
enum AutoFlagRules {
    /// A session whose lap consistency score is below this gets an `attention` flag.
    static let attentionBelow = 50.0

    static func flags(for record: SessionRecord, previousBest: Double?) -> [NewStudentFlag] {
        var flags: [NewStudentFlag] = []
        if let score = record.consistencyScore, score.isFinite, score < attentionBelow {
            flags.append(NewStudentFlag(
                sessionID: record.sessionID, type: .attention,
                description: "Lap consistency score \(Int(score.rounded())) is below \(Int(attentionBelow)) at \(record.trackName)"))
        }
        if let best = record.bestLapTimeS, best.isFinite, best > 0 {
            if let previous = previousBest {
                if best < previous {
                    flags.append(NewStudentFlag(
                        sessionID: record.sessionID, type: .improvement,
                        description: "New personal best at \(record.trackName): \(seconds(best)) s, "
                            + "\(seconds(previous - best)) s faster than the previous best of \(seconds(previous)) s"))
                }
            } else {
                flags.append(NewStudentFlag(
                    sessionID: record.sessionID, type: .improvement,
                    description: "First personal best at \(record.trackName): \(seconds(best)) s"))
            }
        }
        return flags
    }

    /// Seconds with 3 decimals, e.g. `3.396`.
    static func seconds(_ value: Double) -> String { String(format: "%.3f", value) }
}
