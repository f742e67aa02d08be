import Foundation

/// `NoteStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLNoteStore: NoteStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let columns = "id, user_id, session_id, anchor_type, anchor_id, anchor_meta_json, content, is_pinned, color, created_at, updated_at"

    static func note(_ row: SQLRow) throws -> NoteRecord {
        NoteRecord(id: try row.string("id"), ownerID: try row.string("user_id"), sessionID: try row.optionalString("session_id"),
                   anchorType: try row.optionalString("anchor_type"), anchorID: try row.optionalString("anchor_id"),
                   anchorMetaJSON: try row.optionalString("anchor_meta_json"), content: try row.string("content"),
                   isPinned: try row.bool("is_pinned"), color: try row.optionalString("color"),
                   createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }

    public func locate(noteID: String) async throws -> NoteRecord? {
        try await database.first("SELECT \(Self.columns) FROM notes WHERE id = $1", [.text(noteID)]).map(Self.note)
    }

    public func create(_ note: NoteRecord, limit: Int) async throws -> Bool {
        try await OwnerCap(table: "notes", limit: limit).insert(for: note.ownerID, in: database) { db in
            try await db.execute(
                "INSERT INTO notes (\(Self.columns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)",
                [.text(note.id), .text(note.ownerID), SQLValue(note.sessionID), SQLValue(note.anchorType), SQLValue(note.anchorID),
                 SQLValue(note.anchorMetaJSON), .text(note.content), .bool(note.isPinned), SQLValue(note.color),
                 .date(note.createdAt), .date(note.updatedAt)])
        }
    }

    public func notes(ownerID: String, _ filter: NoteFilter) async throws -> [NoteRecord] {
        var conditions = ["user_id = $1"]
        var binds: [SQLValue] = [.text(ownerID)]
        if let session = filter.sessionID {
            binds.append(.text(session))
            conditions.append("session_id = $\(binds.count)")
        } else if filter.globalOnly {
            conditions.append("session_id IS NULL")
        }
        if let anchor = filter.anchorType {
            binds.append(.text(anchor))
            conditions.append("anchor_type = $\(binds.count)")
        }
        return try await database.query(
            "SELECT \(Self.columns) FROM notes WHERE \(conditions.joined(separator: " AND ")) ORDER BY is_pinned DESC, updated_at DESC, id",
            binds).map(Self.note)
    }

    public func update(noteID: String, _ changes: NoteChanges, now: Date) async throws -> NoteRecord? {
        var set = SQLAssignments(after: [.text(noteID)])
        set.set("content", changes.content) { .text($0) }
        set.set("anchor_type", changes.anchorType) { SQLValue($0) }
        set.set("anchor_id", changes.anchorID) { SQLValue($0) }
        set.set("anchor_meta_json", changes.anchorMetaJSON) { SQLValue($0) }
        set.set("is_pinned", changes.isPinned) { .bool($0) }
        set.set("color", changes.color) { SQLValue($0) }
        set.set("updated_at", .date(now))
        return try await database.query("UPDATE notes SET \(set.sql) WHERE id = $1 RETURNING \(Self.columns)", set.binds)
            .first.map(Self.note)
    }

    public func delete(noteID: String) async throws -> Bool {
        !(try await database.query("DELETE FROM notes WHERE id = $1 RETURNING id", [.text(noteID)]).isEmpty)
    }
}
