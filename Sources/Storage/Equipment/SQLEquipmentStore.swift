import Foundation

/// `EquipmentStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLEquipmentStore: EquipmentStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let columns = "id, owner_id, name, document_json, is_default, created_at, updated_at"

    static func profile(_ row: SQLRow) throws -> EquipmentProfileRecord {
        EquipmentProfileRecord(id: try row.string("id"), ownerID: try row.optionalString("owner_id"), name: try row.string("name"),
                               documentJSON: try row.string("document_json"), isDefault: try row.int("is_default") == 1,
                               createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }

    public func locate(profileID: String) async throws -> EquipmentProfileRecord? {
        try await database.first("SELECT \(Self.columns) FROM equipment_profiles WHERE id = $1", [.text(profileID)]).map(Self.profile)
    }

    public func profiles(ownerID: String) async throws -> [EquipmentProfileRecord] {
        try await database.query("SELECT \(Self.columns) FROM equipment_profiles WHERE owner_id = $1 ORDER BY name, id",
                                 [.text(ownerID)]).map(Self.profile)
    }

    public func defaultProfile(ownerID: String) async throws -> EquipmentProfileRecord? {
        try await database.first("SELECT \(Self.columns) FROM equipment_profiles WHERE owner_id = $1 AND is_default = 1",
                                 [.text(ownerID)]).map(Self.profile)
    }

    public func save(_ profile: EquipmentProfileRecord) async throws {
        try await database.transaction { db in
            if profile.isDefault, let owner = profile.ownerID {
                try await db.execute("UPDATE equipment_profiles SET is_default = 0 WHERE owner_id = $1 AND id <> $2 AND is_default = 1",
                                     [.text(owner), .text(profile.id)])
            }
            try await db.execute(
                """
                INSERT INTO equipment_profiles (id, owner_id, name, document_json, is_default, created_at, updated_at)
                VALUES ($1, $2, $3, $4, $5, $6, $7)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, document_json = excluded.document_json,
                    is_default = excluded.is_default, updated_at = excluded.updated_at
                """, [.text(profile.id), SQLValue(profile.ownerID), .text(profile.name), .text(profile.documentJSON),
                      .int(profile.isDefault ? 1 : 0), .date(profile.createdAt), .date(profile.updatedAt)])
        }
    }

    public func delete(profileID: String) async throws -> [String] {
        try await database.transaction { db in
            let sessions = try await db.query("SELECT session_id FROM session_equipment WHERE profile_id = $1", [.text(profileID)])
                .map { try $0.string("session_id") }
            try await db.execute("DELETE FROM equipment_profiles WHERE id = $1", [.text(profileID)])
            return sessions
        }
    }

    public func sessions(usingProfile profileID: String) async throws -> [String] {
        try await database.query("SELECT session_id FROM session_equipment WHERE profile_id = $1", [.text(profileID)])
            .map { try $0.string("session_id") }
    }

    public func assign(_ assignment: SessionEquipmentRecord) async throws {
        try await database.execute(
            """
            INSERT INTO session_equipment (session_id, profile_id, overrides_json, conditions_json, assigned_at)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (session_id) DO UPDATE SET profile_id = excluded.profile_id, overrides_json = excluded.overrides_json,
                conditions_json = excluded.conditions_json, assigned_at = excluded.assigned_at
            """, Self.binds(assignment))
    }

    public func assignIfNone(_ assignment: SessionEquipmentRecord) async throws -> Bool {
        !(try await database.query(
            """
            INSERT INTO session_equipment (session_id, profile_id, overrides_json, conditions_json, assigned_at)
            VALUES ($1, $2, $3, $4, $5)
            ON CONFLICT (session_id) DO NOTHING RETURNING session_id
            """, Self.binds(assignment)).isEmpty)
    }

    public func equipment(sessionID: String) async throws -> (SessionEquipmentRecord, EquipmentProfileRecord)? {
        guard let row = try await database.first(
            """
            SELECT \(SQLColumns.qualified(Self.assignmentColumns, "e")), \(SQLColumns.qualified(Self.columns, "p"))
            FROM session_equipment e JOIN equipment_profiles p ON p.id = e.profile_id WHERE e.session_id = $1
            """, [.text(sessionID)]) else { return nil }
        return (try Self.assignment(row), try Self.profile(row))
    }

    /// The assignment columns `session_id, profile_id, overrides_json, conditions_json, assigned_at`.
    static let assignmentColumns = "session_id, profile_id, overrides_json, conditions_json, assigned_at"

    static func assignment(_ row: SQLRow) throws -> SessionEquipmentRecord {
        SessionEquipmentRecord(
            sessionID: try row.string("session_id"), profileID: try row.string("profile_id"),
            overridesJSON: try row.string("overrides_json"), conditionsJSON: try row.optionalString("conditions_json"),
            assignedAt: try row.date("assigned_at"))
    }

    static func binds(_ a: SessionEquipmentRecord) -> [SQLValue] {
        [.text(a.sessionID), .text(a.profileID), .text(a.overridesJSON), SQLValue(a.conditionsJSON), .date(a.assignedAt)]
    }
}
