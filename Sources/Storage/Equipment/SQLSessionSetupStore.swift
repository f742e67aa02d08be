/// `SessionSetupStore` on any `SQLDatabase` (SQLite or PostgreSQL): sessions left-joined to their assignment, its
/// profile and their weather.
public struct SQLSessionSetupStore: SessionSetupStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func setups(sessionIDs: [String]) async throws -> [String: SessionSetupRecord] {
        var found: [String: SessionSetupRecord] = [:]
        for batch in SQLColumns.batches(sessionIDs) {
            for row in try await database.query(
                """
                SELECT s.session_id AS setup_session_id, w.weather_json,
                    \(SQLColumns.qualified(SQLEquipmentStore.assignmentColumns, "e")), \(SQLColumns.qualified(SQLEquipmentStore.columns, "p"))
                FROM sessions s
                LEFT JOIN session_equipment e ON e.session_id = s.session_id
                LEFT JOIN equipment_profiles p ON p.id = e.profile_id
                LEFT JOIN session_weather w ON w.session_id = s.session_id
                WHERE s.session_id IN (\(SQLColumns.placeholders(batch.count)))
                """, batch.map { .text($0) }) {
                var setup = SessionSetupRecord(sessionID: try row.string("setup_session_id"),
                                               weatherJSON: try row.optionalString("weather_json"))
                if try row.optionalString("id") != nil, try row.optionalString("profile_id") != nil {
                    setup.assignment = try SQLEquipmentStore.assignment(row)
                    setup.profile = try SQLEquipmentStore.profile(row)
                }
                found[setup.sessionID] = setup
            }
        }
        return found
    }
}
