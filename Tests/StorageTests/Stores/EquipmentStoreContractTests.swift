import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: equipment store")
struct EquipmentStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    func profile(_ id: String, owner: String?, name: String = "Setup", isDefault: Bool = false) -> EquipmentProfileRecord {
        EquipmentProfileRecord(id: id, ownerID: owner, name: name, documentJSON: #"{"tires":{}}"#, isDefault: isDefault,
                               createdAt: now, updatedAt: now)
    }

    @Test("one default per owner: saving a new default clears the old one", arguments: TestDatabase.backends)
    func singleDefault(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex"), jordan = try await makeUser(db, "jordan")
            let store = SQLEquipmentStore(database: db)
            try await store.save(profile("eq_a", owner: alex, name: "B setup", isDefault: true))
            try await store.save(profile("eq_b", owner: alex, name: "A setup", isDefault: true))
            try await store.save(profile("eq_j", owner: jordan, isDefault: true))
            #expect(try await store.profiles(ownerID: alex).map(\.id) == ["eq_b", "eq_a"])
            #expect(try await store.defaultProfile(ownerID: alex)?.id == "eq_b")
            #expect(try await store.defaultProfile(ownerID: jordan)?.id == "eq_j")
            // the partial unique index refuses a second default written around the store
            await #expect(throws: (any Error).self) {
                try await db.execute("UPDATE equipment_profiles SET is_default = 1 WHERE id = 'eq_a'")
            }
        }
    }

    @Test("an assignment is replaced, kept once per session and goes with its profile", arguments: TestDatabase.backends)
    func assignments(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            try await storeSession(db, "s1", owner: alex, createdAt: now)
            let store = SQLEquipmentStore(database: db)
            try await store.save(profile("eq_a", owner: alex))
            try await store.save(profile("eq_b", owner: alex))
            let first = SessionEquipmentRecord(sessionID: "s1", profileID: "eq_a", overridesJSON: "{}", conditionsJSON: nil, assignedAt: now)
            #expect(try await store.assignIfNone(first))
            #expect(try await !store.assignIfNone(SessionEquipmentRecord(sessionID: "s1", profileID: "eq_b", overridesJSON: "{}",
                                                                         conditionsJSON: nil, assignedAt: now)))
            try await store.assign(SessionEquipmentRecord(sessionID: "s1", profileID: "eq_b", overridesJSON: #"{"hp":200}"#,
                                                          conditionsJSON: #"{"track_condition":"wet"}"#, assignedAt: now))
            let (assignment, assigned) = try #require(try await store.equipment(sessionID: "s1"))
            #expect(assigned.id == "eq_b" && assignment.overridesJSON == #"{"hp":200}"# && assignment.conditionsJSON == #"{"track_condition":"wet"}"#)
            #expect(try await store.sessions(usingProfile: "eq_b") == ["s1"])
            #expect(try await store.delete(profileID: "eq_b") == ["s1"])
            #expect(try await store.equipment(sessionID: "s1") == nil)
            #expect(try await store.locate(profileID: "eq_b") == nil)
            #expect(try await store.locate(profileID: "eq_a") != nil)
        }
    }
}
