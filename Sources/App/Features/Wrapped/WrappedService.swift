import Coaching
import Foundation
import Storage

/// The recap's inputs from the database: the caller's own sessions of the year (rows and snapshots, no telemetry)
/// and the latest ready report of each (platform.md §9 "New": never another user's sessions).
struct WrappedService: Sendable {
    let sessions: any SessionStore
    let reports: any CoachingReportStore

    static let years = 2000...2100

    func recap(year: Int, userID: String) async throws -> WrappedResponse {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let records = try await sessions.list(OwnerScope(userID: userID))
            .filter { calendar.component(.year, from: $0.sessionStartedAt ?? $0.createdAt) == year }
        let wanted = Set(records.map(\.sessionID))
        var grades: [String: [CornerGrade]] = [:]
        for stored in try await reports.latestReady(ownerID: userID) where wanted.contains(stored.sessionID) {
            guard let report = stored.report else { continue }
            grades[stored.sessionID] = report.corner_grades
        }
        let inputs = records.map { record in
            WrappedSession(trackName: record.trackName, date: record.sessionStartedAt ?? record.createdAt, nLaps: record.nLaps ?? 0,
                           bestLapTimeS: record.bestLapTimeS,
                           bestLapDistanceM: SnapshotDocument.decode(record.snapshotJSON)?.best_lap_distance_m,
                           avgLapTimeS: record.avgLapTimeS, consistencyScore: record.consistencyScore,
                           grades: grades[record.sessionID] ?? [])
        }
        return WrappedRecap.make(year: year, sessions: inputs)
    }
}
