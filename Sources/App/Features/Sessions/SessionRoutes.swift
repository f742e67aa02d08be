import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// Session list, detail, laps, lap data, lap tags and deletion. Each handler receives its resource already authorized.
enum SessionRoutes {
    static func routes(sessions: SessionService, located session: ResourceLocator<SessionRecord>) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/sessions", on: .account, tag: "Sessions", summary: "The caller's sessions, newest first",
                      docs: SessionDocs.list) { _, _, account in
                let records = try await sessions.list(OwnerScope(userID: account.id))
                let setups = try await sessions.setups(of: records)
                let items = records.map { record in
                    var summary = SessionSummary(record)
                    summary.apply(setups[record.sessionID])
                    return summary
                }
                return try JSONCoding.response(SessionList(items: items, total: items.count))
            },
            RouteSpec(.get, "/api/sessions/{session_id}", on: session, tag: "Sessions", summary: "One session's summary",
                      docs: SessionDocs.detail) { _, _, record in
                let (analysis, setup) = try await sessions.analysisAndSetup(record)
                var summary = SessionSummary(record)
                summary.apply(SnapshotDocument.Scores(analysis.sessionScore()))
                summary.apply(setup)
                return try JSONCoding.response(summary)
            },
            RouteSpec(.get, "/api/sessions/{session_id}/laps", on: session, tag: "Sessions", summary: "Lap summaries, fastest first",
                      docs: SessionDocs.laps) { _, _, record in
                let processed = try await sessions.processed(record)
                return try JSONCoding.response(processed.lapSummaries(tags: try await sessions.tags(of: record).mapValues(Set.init)))
            },
            RouteSpec(.get, "/api/sessions/{session_id}/laps/{lap_number}/data", on: session, tag: "Sessions",
                      summary: "One lap resampled to the 0.7 m grid", docs: SessionDocs.lapData) { request, context, record in
                let lap = try context.intParameter("lap_number")
                guard let body = try await sessions.encodedLap(record, lap: lap) else { throw lapNotFound(lap, record) }
                return try body.response(for: request)
            },
            RouteSpec(.get, "/api/sessions/{session_id}/laps/{lap_number}/tags", on: session, tag: "Sessions",
                      summary: "A lap's tags", docs: SessionDocs.readTags) { _, context, record in
                let lap = try context.intParameter("lap_number")
                guard try await sessions.processed(record).laps[lap] != nil else { throw lapNotFound(lap, record) }
                return try JSONCoding.response(LapTags(lap_number: lap, tags: try await sessions.tags(of: record)[lap] ?? []))
            },
            RouteSpec(.put, "/api/sessions/{session_id}/laps/{lap_number}/tags", on: session, tag: "Sessions",
                      summary: "Replace a lap's tags (a bare array or {\"tags\": [...]})", docs: SessionDocs.writeTags) { request, context, record in
                let lap = try context.intParameter("lap_number")
                let tags = try LapTagRules.validate(try await TagsBody.read(request, context: context))
                guard try await sessions.processed(record).laps[lap] != nil else { throw lapNotFound(lap, record) }
                try await sessions.setTags(tags, lap: lap, of: record)
                return try JSONCoding.response(LapTags(lap_number: lap, tags: tags))
            },
            RouteSpec(.delete, "/api/sessions/{session_id}", on: session, tag: "Sessions", summary: "Delete one session",
                      docs: SessionDocs.delete) { _, context, record in
                let owner = try context.requireCaller()
                guard try await sessions.delete(record, OwnerScope(userID: owner.id)) else {
                    throw AppError.notFound("Session \(record.sessionID) not found")
                }
                return try JSONCoding.response(StatusResponse.deleted("Session \(record.sessionID) deleted"))
            },
            RouteSpec(.delete, "/api/sessions/all/clear", on: .account, tag: "Sessions", summary: "Delete all of the caller's sessions",
                      docs: SessionDocs.clear) { _, _, account in
                let count = try await sessions.deleteAll(OwnerScope(userID: account.id))
                return try JSONCoding.response(StatusResponse.deleted("Deleted \(count) session(s)"))
            },
        ]
    }

    static func lapNotFound(_ lap: Int, _ record: SessionRecord) -> AppError {
        .notFound("Lap \(lap) not found in session \(record.sessionID)")
    }
}

extension AppRequestContext {
    /// The calling user, on routes whose policy only admits users but act on another resource (a session, a link).
    func requireCaller() throws -> UserAccount {
        guard let user else { throw AppError.unauthenticated() }
        return user
    }
}
