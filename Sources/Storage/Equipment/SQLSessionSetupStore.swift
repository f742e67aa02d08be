/// `SessionSetupStore` on any `SQLDatabase` (SQLite or PostgreSQL): sessions left-joined to their assignment, its
/// profile and their weather.
public struct SQLSessionSetupStore: SessionSetupStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func setups(sessionIDs: [String]) async throws -> [String: SessionSetupRecord] {
        var found: [String: SessionSetupRecord] = [:]
        for batch in SQLColumns.batches(sessionIDs) {
            for row in try await database.query(select(withTags: false, where: "s.session_id IN (\(SQLColumns.placeholders(batch.count)))"),
                                                batch.map { .text($0) }) {
                let setup = try Self.setup(row)
                found[setup.sessionID] = setup
            }
        }
        return found
    }

    public func inputs(sessionID: String) async throws -> SessionInputsRecord? {
        guard let row = try await database.cachedQuery(select(withTags: true, where: "s.session_id = $1"), [.text(sessionID)]).first else {
            return nil
        }
        return SessionInputsRecord(setup: try Self.setup(row), lapTags: try Self.lapTags(row.optionalString("lap_tags")))
    }

    /// The setup join; `withTags` adds the session's lap tags as one `lap:tag,lap:tag` column (tags are `[a-z0-9-]`).
    private func select(withTags: Bool, where condition: String) -> String {
        let aggregate = database.dialect == .postgres ? "string_agg" : "group_concat"
        let tags = withTags ? """
            , (SELECT \(aggregate)(CAST(t.lap_number AS TEXT) || ':' || t.tag, ',') FROM lap_tags t
               WHERE t.session_id = s.session_id) AS lap_tags
            """ : ""
        return """
            SELECT s.session_id AS setup_session_id, w.weather_json,
                \(SQLColumns.qualified(SQLEquipmentStore.assignmentColumns, "e")), \(SQLColumns.qualified(SQLEquipmentStore.columns, "p"))\(tags)
            FROM sessions s
            LEFT JOIN session_equipment e ON e.session_id = s.session_id
            LEFT JOIN equipment_profiles p ON p.id = e.profile_id
            LEFT JOIN session_weather w ON w.session_id = s.session_id
            WHERE \(condition)
            """
    }

    private static func setup(_ row: SQLRow) throws -> SessionSetupRecord {
        var setup = SessionSetupRecord(sessionID: try row.string("setup_session_id"), weatherJSON: try row.optionalString("weather_json"))
        if try row.optionalString("id") != nil, try row.optionalString("profile_id") != nil {
            setup.assignment = try SQLEquipmentStore.assignment(row)
            setup.profile = try SQLEquipmentStore.profile(row)
        }
        return setup
    }

    /// `"1:clean,3:traffic"` → lap number → tags, sorted (the aggregate's order is not guaranteed).
    static func lapTags(_ text: String?) throws -> [Int: [String]] {
        var tags: [Int: [String]] = [:]
        for pair in (text ?? "").split(separator: ",") {
            guard let colon = pair.firstIndex(of: ":"), let lap = Int(pair[..<colon]) else {
                throw StorageError.other("unreadable lap tag \(pair)")
            }
            tags[lap, default: []].append(String(pair[pair.index(after: colon)...]))
        }
        return tags.mapValues { $0.sorted() }
    }
}
