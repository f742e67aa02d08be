import Testing
@testable import Storage
import TestSupport

@Suite("Contract: lap gate store")
struct LapGateStoreContractTests {
    @Test("gates are found by position and only near it", arguments: TestDatabase.backends)
    func foundByPosition(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let store = SQLLapGateStore(database: db)
            let barber = StoredLapGate(centerLatitude: 33.5326, centerLongitude: -86.6193, json: #"{"center_lat":33.5326}"#)
            let elsewhere = StoredLapGate(centerLatitude: 52.0786, centerLongitude: -1.0169, json: #"{"center_lat":52.0786}"#)
            try await store.add(barber)
            try await store.add(elsewhere)
            #expect(try await store.gates(nearLatitude: 33.5330, longitude: -86.6190, latitudeDelta: 0.01, longitudeDelta: 0.01) == [barber])
            #expect(try await store.gates(nearLatitude: 52.0, longitude: -1.0, latitudeDelta: 0.01, longitudeDelta: 0.01).isEmpty)
            #expect(try await store.gates(nearLatitude: 40, longitude: -40, latitudeDelta: 20, longitudeDelta: 50).count == 2)
        }
    }
}
