import Foundation

/// `StickyStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLStickyStore: StickyStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let columns = "id, user_id, pos_x, pos_y, content, tone, collapsed, view_scope, created_at, updated_at"

    static func sticky(_ row: SQLRow) throws -> StickyRecord {
        StickyRecord(id: try row.string("id"), ownerID: try row.string("user_id"), posX: try row.double("pos_x"),
                     posY: try row.double("pos_y"), content: try row.string("content"), tone: try row.string("tone"),
                     collapsed: try row.bool("collapsed"), viewScope: try row.string("view_scope"),
                     createdAt: try row.date("created_at"), updatedAt: try row.date("updated_at"))
    }

    public func locate(stickyID: String) async throws -> StickyRecord? {
        try await database.first("SELECT \(Self.columns) FROM stickies WHERE id = $1", [.text(stickyID)]).map(Self.sticky)
    }

    public func create(_ sticky: StickyRecord, limit: Int) async throws -> Bool {
        try await OwnerCap(table: "stickies", limit: limit).insert(for: sticky.ownerID, in: database) { db in
            try await db.execute(
                "INSERT INTO stickies (\(Self.columns)) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
                [.text(sticky.id), .text(sticky.ownerID), .double(sticky.posX), .double(sticky.posY), .text(sticky.content),
                 .text(sticky.tone), .bool(sticky.collapsed), .text(sticky.viewScope), .date(sticky.createdAt),
                 .date(sticky.updatedAt)])
        }
    }

    public func stickies(ownerID: String, viewScope: String?) async throws -> [StickyRecord] {
        if let viewScope {
            return try await database.query(
                "SELECT \(Self.columns) FROM stickies WHERE user_id = $1 AND view_scope = $2 ORDER BY updated_at DESC, id",
                [.text(ownerID), .text(viewScope)]).map(Self.sticky)
        }
        return try await database.query("SELECT \(Self.columns) FROM stickies WHERE user_id = $1 ORDER BY updated_at DESC, id",
                                         [.text(ownerID)]).map(Self.sticky)
    }

    public func update(stickyID: String, _ changes: StickyChanges, now: Date) async throws -> StickyRecord? {
        var set = SQLAssignments(after: [.text(stickyID)])
        set.set("pos_x", changes.posX) { .double($0) }
        set.set("pos_y", changes.posY) { .double($0) }
        set.set("content", changes.content) { .text($0) }
        set.set("tone", changes.tone) { .text($0) }
        set.set("collapsed", changes.collapsed) { .bool($0) }
        set.set("view_scope", changes.viewScope) { .text($0) }
        set.set("updated_at", .date(now))
        return try await database.query("UPDATE stickies SET \(set.sql) WHERE id = $1 RETURNING \(Self.columns)", set.binds)
            .first.map(Self.sticky)
    }

    public func delete(stickyID: String) async throws -> Bool {
        !(try await database.query("DELETE FROM stickies WHERE id = $1 RETURNING id", [.text(stickyID)]).isEmpty)
    }
}
