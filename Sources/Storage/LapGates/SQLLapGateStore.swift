import Foundation

/// `LapGateStore` on either backend (`lap_gates`, migration 014).
public struct SQLLapGateStore: LapGateStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func gates(nearLatitude latitude: Double, longitude: Double, latitudeDelta: Double,
                      longitudeDelta: Double) async throws -> [StoredLapGate] {
        try await database.query(
            """
            SELECT center_lat, center_lon, gate_json FROM lap_gates
            WHERE center_lat BETWEEN $1 AND $2 AND center_lon BETWEEN $3 AND $4 ORDER BY created_at, gate_id
            """,
            [.double(latitude - latitudeDelta), .double(latitude + latitudeDelta),
             .double(longitude - longitudeDelta), .double(longitude + longitudeDelta)]
        ).map { row in
            StoredLapGate(centerLatitude: try row.double("center_lat"), centerLongitude: try row.double("center_lon"),
                          json: try row.string("gate_json"))
        }
    }

    public func add(_ gate: StoredLapGate) async throws {
        try await database.execute(
            "INSERT INTO lap_gates (gate_id, center_lat, center_lon, gate_json) VALUES ($1, $2, $3, $4)",
            [.text("gate_" + UUID().uuidString.lowercased()), .double(gate.centerLatitude), .double(gate.centerLongitude),
             .text(gate.json)])
    }
}
