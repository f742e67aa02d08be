import Foundation
import Storage
import TelemetryCore

/// The start/finish gates this server has learned, by track location (issue #16 item 4): a session with lap numbers
/// teaches its gate once per place, and a session logged without lap numbers is timed at a gate learned near it.
struct LapGateBook: Sendable {
    let store: any LapGateStore

    /// How far from a session's GPS centroid a gate is looked for (m): a circuit's start/finish line lies well inside
    /// this of its centroid (the Nordschleife spans about 8 km). The core then keeps only a gate the trace passes.
    static let searchRadiusM = 10_000.0
    /// A learned gate closer than this (m) to a stored one is the same start/finish line (a track is ~10–20 m wide).
    static let sameLineM = 100.0

    /// The gates stored near `centroid`.
    func gates(near centroid: GPSCentroid) async throws -> [LapGate] {
        try await stored(near: centroid.lat, centroid.lon, radiusM: Self.searchRadiusM)
            .compactMap { try? JSONDecoder().decode(LapGate.self, from: Data($0.json.utf8)) }
    }

    /// Stores `gate` unless a gate of the same line is stored already.
    func learn(_ gate: LapGate) async throws {
        guard try await stored(near: gate.centerLatitude, gate.centerLongitude, radiusM: Self.sameLineM).isEmpty,
              let json = try? JSONCoding.encoder.encode(gate) else { return }
        try await store.add(StoredLapGate(centerLatitude: gate.centerLatitude, centerLongitude: gate.centerLongitude,
                                          json: String(decoding: json, as: UTF8.self)))
    }

    private func stored(near latitude: Double, _ longitude: Double, radiusM: Double) async throws -> [StoredLapGate] {
        let latitudeDelta = radiusM / Geo.metersPerDegree
        let longitudeDelta = latitudeDelta / max(cos(latitude * .pi / 180), 0.01)
        return try await store.gates(nearLatitude: latitude, longitude: longitude,
                                     latitudeDelta: latitudeDelta, longitudeDelta: min(longitudeDelta, 180))
    }
}
