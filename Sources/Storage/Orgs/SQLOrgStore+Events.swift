import Foundation

extension SQLOrgStore {
    static let eventColumns = "id, org_id, name, track_name, event_date, event_at, run_groups, created_at"

    public func createEvent(_ event: NewOrgEvent, _ scope: OrgScope) async throws -> OrgEvent {
        let runGroups = try event.runGroups.map(Self.encodeRunGroups)
        for attempt in 1...Self.idAttempts {
            let stored = OrgEvent(id: Self.newPublicID(), orgID: scope.orgID, name: event.name, trackName: event.trackName,
                                  eventDate: event.eventDate, eventAt: event.eventAt, runGroups: event.runGroups, createdAt: Date())
            do {
                try await database.execute(
                    "INSERT INTO org_events (\(Self.eventColumns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
                    [.text(stored.id), .text(scope.orgID), .text(stored.name), .text(stored.trackName), .text(stored.eventDate),
                     .date(stored.eventAt), SQLValue(runGroups), .date(stored.createdAt)])
                return stored
            } catch StorageError.uniqueViolation(constraint: "org_events_pkey"?) where attempt < Self.idAttempts {
                continue
            }
        }
        throw StorageError.uniqueViolation(constraint: "org_events_pkey")
    }

    public func events(_ scope: OrgScope) async throws -> [OrgEvent] {
        try await database.query(
            "SELECT \(Self.eventColumns) FROM org_events WHERE org_id = $1 ORDER BY event_at, created_at, id",
            [.text(scope.orgID)]).map(Self.event)
    }

    public func deleteEvent(id: String, _ scope: OrgScope) async throws -> Bool {
        try await database.transaction { db in
            !(try await db.query("DELETE FROM org_events WHERE id = $1 AND org_id = $2 RETURNING id",
                                 [.text(id), .text(scope.orgID)]).isEmpty)
        }
    }

    static func event(_ row: SQLRow) throws -> OrgEvent {
        OrgEvent(
            id: try row.string("id"), orgID: try row.string("org_id"), name: try row.string("name"),
            trackName: try row.string("track_name"), eventDate: try row.string("event_date"), eventAt: try row.date("event_at"),
            runGroups: try row.optionalString("run_groups").map(decodeRunGroups), createdAt: try row.date("created_at"))
    }

    static func encodeRunGroups(_ groups: [String]) throws -> String {
        String(decoding: try JSONEncoder().encode(groups), as: UTF8.self)
    }

    static func decodeRunGroups(_ text: String) throws -> [String] {
        do { return try JSONDecoder().decode([String].self, from: Data(text.utf8)) } catch {
            throw StorageError.decoding(column: "run_groups", expected: "a JSON array of strings")
        }
    }
}
