import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// `GET /api/trends/{track_name}` and `/milestones`: across the caller's own sessions of one track only.
enum TrendRoutes {
    static func routes(sessions: SessionService) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/trends/{track_name}", on: .account, tag: "Trends",
                      summary: "Lap-time, consistency and corner trends over the caller's sessions (?include_low_quality=)", docs: TrendDocs.trends) { request, context, account in
                let track = context.parameters.get("track_name") ?? ""
                let includeLow = try context.boolQuery(request, "include_low_quality") ?? false
                let inputs = try await inputs(track: track, of: account, sessions: sessions)
                return try JSONCoding.response(try Trends.compute(trackName: track, sessions: inputs, includeLowQuality: includeLow))
            },
            RouteSpec(.get, "/api/trends/{track_name}/milestones", on: .account, tag: "Trends",
                      summary: "Personal bests and consistency milestones over the caller's sessions", docs: TrendDocs.milestones) { _, context, account in
                let track = context.parameters.get("track_name") ?? ""
                let inputs = try await inputs(track: track, of: account, sessions: sessions)
                return try JSONCoding.response(try Milestones.compute(trackName: track, sessions: inputs))
            },
        ]
    }

    /// The caller's sessions whose track matches (case-insensitive, `_` as space), oldest first.
    static func inputs(track: String, of account: UserAccount, sessions: SessionService) async throws -> [TrendSessionInput] {
        let wanted = track.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces).lowercased()
        let records = try await sessions.list(OwnerScope(userID: account.id))
            .filter { $0.trackName.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
        var inputs: [TrendSessionInput] = []
        for record in records.reversed() {
            let facade = try await sessions.analysis(record)
            inputs.append(facade.trendInput(dateDisplay: record.sessionDate, date: record.sessionStartedAt ?? record.createdAt))
        }
        return inputs
    }
}
