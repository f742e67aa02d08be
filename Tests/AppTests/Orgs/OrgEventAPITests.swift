import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import App
import TestSupport

/// `POST/GET /api/orgs/{slug}/events`, `DELETE /api/orgs/{slug}/events/{event_id}`.
@Suite struct OrgEventAPITests {
    @Test func eventsAreCreatedAndListedByDate() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let lateResponse = try await api.createEvent(in: fixture.slug, name: "Late", date: "2026-05-02T22:00:00-07:00",
                                                         runGroups: ["A", "B", "Instructors"], as: .orgInstructor)
            let earlyResponse = try await api.createEvent(in: fixture.slug, name: "Early", date: "2026-05-02T08:00:00+02:00",
                                                          as: .orgOwner)
            let events = try await api.eventList(of: fixture.slug, as: .orgStudent)
            // then
            #expect(try lateResponse.decode(JSONShape.self).keys == ["id", "org_id", "name", "track_name", "event_date", "run_groups"])
            let late = try lateResponse.decode(EventEntry.self).event
            #expect(late.id.count == 12)
            #expect(late.runGroups == ["A", "B", "Instructors"])
            #expect(try earlyResponse.decode(JSONShape.self).nullKeys == ["run_groups"])
            #expect(late.trackName == "Barber Motorsports Park")
            // The fixture's date-only event is 2026-05-02T00:00Z, Early 06:00Z the same day, Late 2026-05-03T05:00Z.
            #expect(events.map(\.name) == ["Spring HPDE", "Early", "Late"])
            #expect(events.map(\.eventDate) == ["2026-05-02", "2026-05-02T08:00:00+02:00", "2026-05-02T22:00:00-07:00"])
            let orgIDs = Set(events.map(\.orgID))
            #expect(orgIDs.count == 1)
            let summary = try await api.send(.get, "/api/orgs/\(fixture.slug)", as: .anonymous)
            #expect(orgIDs.first == (try summary.decode(OrgSummary.self).organization.id))
        }
    }

    static func create(_ api: TestAPI, in slug: String, _ body: [String: Any?]) async throws -> TestResponse {
        var full: [String: Any?] = ["name": "E", "track_name": "Barber", "event_date": "2026-05-02"]
        for (key, value) in body { full[key] = value }
        return try await api.send(.post, "/api/orgs/\(slug)/events", as: .orgOwner, json: full)
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2026-05-02T25:00:00", "2026-05-02T10:00:00+2", "tomorrow", "", "2026-5-2",
                      "2026-05-02T10:00:00Zjunk", "2026-05-02T10:00:00+24:00"])
    func badEventDatesAre422(_ date: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", as: .orgOwner)
            let response = try await Self.create(api, in: "se-hpde", ["event_date": date])
            #expect(response.status == .unprocessableContent)
            #expect(response.detail == "Invalid input data")
        }
    }

    @Test(arguments: ["2028-02-29", "2026-05-02T10:00", "2026-05-02T10:00:00Z", "2026-05-02T10:00:00.123456+05:30",
                      "2026-05-02 10:00:00-0400"])
    func goodEventDatesAreKeptAsSent(_ date: String) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", as: .orgOwner)
            let response = try await Self.create(api, in: "se-hpde", ["event_date": date])
            #expect(response.status == .ok, "\(response.text)")
            #expect(try response.decode(EventEntry.self).event.eventDate == date)
        }
    }

    @Test(arguments: [
        (#"{"name":"E","track_name":"Barber","event_date":20260502}"#, "string_type", nil),
        (#"{"name":"E","track_name":null,"event_date":"2026-05-02"}"#, "string_type", nil),
        (#"{"name":"E","track_name":"Barber","event_date":"2026-05-02","run_groups":"A"}"#, "list_type", nil),
        (#"{"name":"E","track_name":"Barber","event_date":"2026-05-02","run_groups":["A",2]}"#, nil, ["body", "run_groups", "1"]),
    ] as [(String, String?, [String]?)])
    func mistypedEventFieldsAre422(_ body: String, _ type: String?, _ loc: [String]?) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", as: .orgOwner)
            let response = try await api.sendRaw(.post, "/api/orgs/se-hpde/events", as: .orgOwner, body: body)
            #expect(response.status == .unprocessableContent)
            if let type { #expect(response.issues?.first?.type == type) }
            if let loc { #expect(response.issues?.first?.loc == loc) }
        }
    }

    @Test func anEventNeedsATrack() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", as: .orgOwner)
            let missing = try await api.send(.post, "/api/orgs/se-hpde/events", as: .orgOwner, json: ["name": "E", "event_date": "2026-05-02"])
            #expect(missing.issues?.first?.loc == ["body", "track_name"])
        }
    }

    @Test func emptyRunGroupsAreAccepted() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            try await api.createOrg("se-hpde", as: .orgOwner)
            #expect(try await Self.create(api, in: "se-hpde", ["run_groups": [String]()]).status == .ok)
        }
    }

    @Test func staffDeleteEvents() async throws {
        try await withTestApp { client, world in
            // given
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)/events/\(fixture.eventID)"
            // when
            let byInstructor = try await api.send(.delete, uri, as: .orgInstructor)
            let again = try await api.send(.delete, uri, as: .orgOwner)
            // then
            #expect(byInstructor.status == .ok)
            #expect(try byInstructor.decode(StatusResponse.self).status == "deleted")
            #expect(again.status == .notFound)
            #expect(again.detail == "Event not found")
            #expect(try await api.eventList(of: fixture.slug, as: .orgOwner).isEmpty)
        }
    }

    @Test(arguments: [(TestWorld.Persona.orgStudent, "Insufficient permissions"), (.driverA, nil)] as [(TestWorld.Persona, String?)])
    func studentsAndStrangersCannotDeleteEvents(_ persona: TestWorld.Persona, _ detail: String?) async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let response = try await api.send(.delete, "/api/orgs/\(fixture.slug)/events/\(fixture.eventID)", as: persona)
            #expect(response.status == .forbidden)
            if let detail { #expect(response.detail == detail) }
            #expect(try await api.eventList(of: fixture.slug, as: .orgOwner).map(\.id) == [fixture.eventID])
        }
    }

    @Test func studentsCannotCreateEvents() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let response = try await api.send(.post, "/api/orgs/\(fixture.slug)/events", as: .orgStudent,
                                              json: ["name": "E", "track_name": "Barber", "event_date": "2026-05-02"])
            #expect(response.status == .forbidden)
        }
    }
}
