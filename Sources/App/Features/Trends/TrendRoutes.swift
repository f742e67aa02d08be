import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// `GET /api/trends/{track_name}` and `/milestones`: across the caller's own sessions of one track only.
enum TrendRoutes {
    static func routes(store: any SessionStore, analysis: AnalysisService) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/trends/{track_name}", tag: "Trends",
                      summary: "Lap-time, consistency and corner trends over the caller's sessions (?include_low_quality=)", docs: TrendDocs.trends) { request, context in
                let track = context.parameters.get("track_name") ?? ""
                let includeLow = try context.boolQuery(request, "include_low_quality") ?? false
                let inputs = try await inputs(track: track, context: context, store: store, analysis: analysis)
                return try JSONCoding.response(try Trends.compute(trackName: track, sessions: inputs, includeLowQuality: includeLow))
            },
            RouteSpec(.get, "/api/trends/{track_name}/milestones", tag: "Trends",
                      summary: "Personal bests and consistency milestones over the caller's sessions", docs: TrendDocs.milestones) { _, context in
                let track = context.parameters.get("track_name") ?? ""
                let inputs = try await inputs(track: track, context: context, store: store, analysis: analysis)
                return try JSONCoding.response(try Milestones.compute(trackName: track, sessions: inputs))
            },
        ]
    }

    /// The caller's sessions whose track matches (case-insensitive, `_` as space), oldest first.
    static func inputs(track: String, context: AppRequestContext, store: any SessionStore,
                       analysis: AnalysisService) async throws -> [TrendSessionInput] {
        let account = try context.requireAccount()
        let wanted = track.replacingOccurrences(of: "_", with: " ").trimmingCharacters(in: .whitespaces).lowercased()
        let records = try await store.list(OwnerScope(userID: account.id))
            .filter { $0.trackName.trimmingCharacters(in: .whitespaces).lowercased() == wanted }
        var inputs: [TrendSessionInput] = []
        for record in records.reversed() {
            let (facade, _) = try await analysis.analysis(record)
            inputs.append(facade.trendInput(dateDisplay: record.sessionDate, date: record.sessionStartedAt ?? record.createdAt))
        }
        return inputs
    }
}

extension AppRequestContext {
    /// An optional boolean query parameter (`true/false/1/0/yes/no/on/off`), or the FastAPI-style 422.
    func boolQuery(_ request: Request, _ name: String) throws -> Bool? {
        guard let raw = request.uri.queryParameters.get(name) else { return nil }
        switch raw.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default:
            throw AppError.validation([ValidationIssue(type: "bool_parsing", loc: ["query", name],
                                                       msg: "Input should be a valid boolean, unable to interpret input", input: raw)])
        }
    }
}
