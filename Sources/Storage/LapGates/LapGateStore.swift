/// Start/finish gates learned from sessions with lap numbers, found by position (issue #16 item 4). Not owned by
/// anyone: a gate is a line across a public track, learned from any upload there, and never names its session.
public protocol LapGateStore: Sendable {
    /// Gates whose centre lies within `latitudeDelta`/`longitudeDelta` degrees of the point.
    func gates(nearLatitude latitude: Double, longitude: Double, latitudeDelta: Double, longitudeDelta: Double) async throws -> [StoredLapGate]
    /// Stores a gate.
    func add(_ gate: StoredLapGate) async throws
}
