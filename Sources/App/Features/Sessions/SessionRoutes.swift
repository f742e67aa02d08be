import Foundation
import Hummingbird
import Policy
import Storage
import TelemetryCore

/// Session list, detail, laps, lap data, lap tags and deletion. Every route reaches its handler already authorized.
enum SessionRoutes {
    static func routes(store: any SessionStore, ingest: SessionIngestService, analysis: AnalysisService) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/sessions", tag: "Sessions", summary: "The caller's sessions, newest first", docs: SessionDocs.list) { _, context in
                let account = try context.requireAccount()
                let items = try await store.list(OwnerScope(userID: account.id)).map(SessionSummary.init)
                return try JSONCoding.response(SessionList(items: items, total: items.count))
            },
            RouteSpec(.get, "/api/sessions/{session_id}", tag: "Sessions", summary: "One session's summary", docs: SessionDocs.detail) { _, context in
                let record = try context.requireSession()
                var summary = SessionSummary(record)
                let (facade, _) = try await analysis.analysis(record)
                summary.apply(SnapshotDocument.Scores(facade.sessionScore()))
                return try JSONCoding.response(summary)
            },
            RouteSpec(.get, "/api/sessions/{session_id}/laps", tag: "Sessions", summary: "Lap summaries, fastest first", docs: SessionDocs.laps) { _, context in
                let record = try context.requireSession()
                let processed = try await ingest.processed(record)
                let tags = try await store.tags(of: record).mapValues(Set.init)
                return try JSONCoding.response(processed.lapSummaries(tags: tags))
            },
            RouteSpec(.get, "/api/sessions/{session_id}/laps/{lap_number}/data", tag: "Sessions",
                      summary: "One lap resampled to the 0.7 m grid", docs: SessionDocs.lapData) { _, context in
                let record = try context.requireSession()
                let lap = try context.intParameter("lap_number")
                let processed = try await ingest.processed(record)
                guard let data = processed.laps[lap] else { throw lapNotFound(lap, record) }
                return try JSONCoding.response(data)
            },
            RouteSpec(.get, "/api/sessions/{session_id}/laps/{lap_number}/tags", tag: "Sessions", summary: "A lap's tags", docs: SessionDocs.readTags) { _, context in
                let record = try context.requireSession()
                let lap = try context.intParameter("lap_number")
                let processed = try await ingest.processed(record)
                guard processed.laps[lap] != nil else { throw lapNotFound(lap, record) }
                return try JSONCoding.response(LapTags(lap_number: lap, tags: try await store.tags(of: record)[lap] ?? []))
            },
            RouteSpec(.put, "/api/sessions/{session_id}/laps/{lap_number}/tags", tag: "Sessions",
                      summary: "Replace a lap's tags (a bare array or {\"tags\": [...]})", docs: SessionDocs.writeTags) { request, context in
                let record = try context.requireSession()
                let lap = try context.intParameter("lap_number")
                let tags = try LapTagRules.validate(try await TagsBody.read(request, context: context))
                let processed = try await ingest.processed(record)
                guard processed.laps[lap] != nil else { throw lapNotFound(lap, record) }
                try await store.setTags(tags, lap: lap, of: record)
                return try JSONCoding.response(LapTags(lap_number: lap, tags: tags))
            },
            RouteSpec(.delete, "/api/sessions/{session_id}", tag: "Sessions", summary: "Delete one session", docs: SessionDocs.delete) { _, context in
                let record = try context.requireSession()
                let owner = try context.requireCaller()
                guard try await store.delete(id: record.sessionID, OwnerScope(userID: owner.id)) else {
                    throw AppError.notFound("Session \(record.sessionID) not found")
                }
                await ingest.removed([record])
                return try JSONCoding.response(Message(message: "Session \(record.sessionID) deleted"))
            },
            RouteSpec(.delete, "/api/sessions/all/clear", tag: "Sessions", summary: "Delete all of the caller's sessions", docs: SessionDocs.clear) { _, context in
                let account = try context.requireAccount()
                let scope = OwnerScope(userID: account.id)
                let records = try await store.list(scope)
                let count = try await store.deleteAll(scope)
                await ingest.removed(records)
                return try JSONCoding.response(Message(message: "Deleted \(count) session(s)"))
            },
        ]
    }

    static func lapNotFound(_ lap: Int, _ record: SessionRecord) -> AppError {
        .notFound("Lap \(lap) not found in session \(record.sessionID)")
    }

    static func locators(into registry: inout ResourceLocators, store: any SessionStore) {
        registry.register("session", ResourceLocator(notFoundDetail: { "Session \($0 ?? "") not found" }) { input in
            guard let id = input.id, let record = try await store.locate(id: id) else { return nil }
            return LoadedResource(facts: ResourceFacts(kind: "session", id: record.sessionID, ownerID: record.ownerID),
                                  record: record)
        })
    }
}

extension AppRequestContext {
    /// The authorized session resource (routes bound to kind `session`).
    func requireSession() throws -> SessionRecord {
        guard let record = resource?.record as? SessionRecord else { throw AppError.internalError }
        return record
    }

    /// The calling user (routes whose policy only admits users).
    func requireCaller() throws -> UserAccount {
        guard let user else { throw AppError.unauthenticated() }
        return user
    }
}

struct SessionList: Codable {
    var items: [SessionSummary]
    var total: Int
}

struct LapTags: Codable {
    var lap_number: Int
    var tags: [String]
}

struct Message: Codable {
    var message: String
}

/// The tag PUT body: a bare JSON array or `{"tags": [...]}` (platform.md §2.8 "New").
enum TagsBody {
    static func read(_ request: Request, context: AppRequestContext) async throws -> [String] {
        let body = try await JSONBody.read(request, context: context)
        let list: JSONValue
        switch body.value {
        case .array: list = body.value
        case .object(let fields):
            guard let tags = fields["tags"] else {
                throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "tags"], msg: "Field required")])
            }
            list = tags
        default:
            throw AppError.validation([ValidationIssue(type: "list_type", loc: ["body"], msg: "Input should be a valid list",
                                                       input: body.value.preview)])
        }
        guard case .array(let items) = list else {
            throw AppError.validation([ValidationIssue(type: "list_type", loc: ["body", "tags"], msg: "Input should be a valid list",
                                                       input: list.preview)])
        }
        return try items.enumerated().map { index, item in
            guard case .string(let tag) = item else {
                throw AppError.validation([ValidationIssue(type: "string_type", loc: ["body", "tags", String(index)],
                                                           msg: "Input should be a valid string", input: item.preview)])
            }
            return tag
        }
    }
}
