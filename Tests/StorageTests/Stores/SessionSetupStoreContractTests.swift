import Foundation
import Testing
@testable import Storage
import TestSupport

@Suite("Contract: session setup store")
struct SessionSetupStoreContractTests {
    let now = Date(timeIntervalSince1970: 1_780_000_000)

    @Test("each session's assignment, profile and weather in one read; a gone profile is no assignment",
          arguments: TestDatabase.backends)
    func setups(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            for id in ["s1", "s2", "s3"] { try await storeSession(db, id, owner: alex, createdAt: now) }
            let equipment = SQLEquipmentStore(database: db)
            try await equipment.save(EquipmentProfileRecord(id: "eq_a", ownerID: alex, name: "Dry setup", documentJSON: #"{"tires":{}}"#,
                                                            isDefault: false, createdAt: now, updatedAt: now))
            try await equipment.assign(SessionEquipmentRecord(sessionID: "s1", profileID: "eq_a", overridesJSON: #"{"hp":200}"#,
                                                              conditionsJSON: nil, assignedAt: now))
            let weather = SQLWeatherStore(database: db)
            try await weather.save(weatherJSON: #"{"track_condition":"wet"}"#, sessionID: "s1", now: now)
            try await weather.save(weatherJSON: #"{"track_condition":"dry"}"#, sessionID: "s2", now: now)
            try await weather.recordFailure(sessionID: "s3", now: now)
            let store = SQLSessionSetupStore(database: db)

            let setups = try await store.setups(sessionIDs: ["s1", "s2", "s3", "s1", "nobody"])
            #expect(Set(setups.keys) == ["s1", "s2", "s3"])
            let s1 = try #require(setups["s1"])
            #expect(s1.profile?.name == "Dry setup" && s1.assignment?.overridesJSON == #"{"hp":200}"#)
            #expect(s1.weatherJSON == #"{"track_condition":"wet"}"#)
            #expect(setups["s2"] == SessionSetupRecord(sessionID: "s2", weatherJSON: #"{"track_condition":"dry"}"#))
            #expect(setups["s3"] == SessionSetupRecord(sessionID: "s3"), "a failed lookup stores no weather")

            _ = try await equipment.delete(profileID: "eq_a")
            #expect(try await store.setups(sessionIDs: ["s1"])["s1"]?.assignment == nil)
            #expect(try await store.setups(sessionIDs: []).isEmpty)
        }
    }

    @Test("one session's setup and lap tags in one read, the tags sorted per lap", arguments: TestDatabase.backends)
    func inputs(_ backend: TestDatabase.Backend) async throws {
        try await TestDatabase.with(backend) { db, _ in
            let alex = try await makeUser(db, "alex")
            for id in ["s1", "s2"] { try await storeSession(db, id, owner: alex, createdAt: now) }
            try await SQLWeatherStore(database: db).save(weatherJSON: #"{"track_condition":"wet"}"#, sessionID: "s1", now: now)
            for (session, lap, tag) in [("s1", 3, "traffic"), ("s1", 12, "clean"), ("s1", 3, "cold-tires"), ("s2", 1, "rain")] {
                try await db.execute("INSERT INTO lap_tags (session_id, lap_number, tag, created_at) VALUES ($1, $2, $3, $4)",
                                     [.text(session), .int(Int64(lap)), .text(tag), .date(now)])
            }
            let store = SQLSessionSetupStore(database: db)

            let s1 = try #require(try await store.inputs(sessionID: "s1"))
            #expect(s1.lapTags == [3: ["cold-tires", "traffic"], 12: ["clean"]])
            #expect(s1.setup == (try await store.setups(sessionIDs: ["s1"]))["s1"])
            #expect(s1.setup.weatherJSON == #"{"track_condition":"wet"}"#)
            #expect(try await store.inputs(sessionID: "s2")?.lapTags == [1: ["rain"]])
            try await storeSession(db, "s3", owner: alex, createdAt: now)
            #expect(try await store.inputs(sessionID: "s3") == SessionInputsRecord(setup: SessionSetupRecord(sessionID: "s3"), lapTags: [:]))
            #expect(try await store.inputs(sessionID: "nobody") == nil)
        }
    }
}
