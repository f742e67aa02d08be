import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// `POST/GET /api/orgs/{slug}/events`, `DELETE /api/orgs/{slug}/events/{event_id}`.
@Suite struct OrgEventAPITests {
    @Test func eventsAreCreatedAndListedByDate() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            // when
            let late = try await api.createEvent(in: fixture.slug, name: "Late", date: "2026-05-02T22:00:00-07:00",
                                                 runGroups: ["A", "B", "Instructors"], as: .orgInstructor)
            let early = try await api.createEvent(in: fixture.slug, name: "Early", date: "2026-05-02T08:00:00+02:00", as: .orgOwner)
            let listed = try await api.send(.get, "/api/orgs/\(fixture.slug)/events", as: .orgStudent)
            // then
            #expect(Set(late.keys) == ["id", "org_id", "name", "track_name", "event_date", "run_groups"])
            #expect((late["id"] as? String)?.count == 12)
            #expect(late["run_groups"] as? [String] == ["A", "B", "Instructors"])
            #expect(early["run_groups"] is NSNull)
            #expect(late["track_name"] as? String == "Barber Motorsports Park")
            #expect(listed.status == .ok)
            let events = try #require((listed.json as? [String: Any])?["events"] as? [[String: Any]])
            // The fixture's date-only event is 2026-05-02T00:00Z, Early 06:00Z the same day, Late 2026-05-03T05:00Z.
            #expect(events.map { $0["name"] as? String } == ["Spring HPDE", "Early", "Late"])
            #expect(events.map { $0["event_date"] as? String } == ["2026-05-02", "2026-05-02T08:00:00+02:00", "2026-05-02T22:00:00-07:00"])
            let orgIDs = Set(events.compactMap { $0["org_id"] as? String })
            #expect(orgIDs.count == 1)
            let summary = try await api.send(.get, "/api/orgs/\(fixture.slug)", as: .anonymous)
            #expect(orgIDs.first == (summary.json as? [String: Any])?["id"] as? String)
        }
    }

    @Test func eventBodiesAreValidated() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)/events"
            func create(_ body: [String: Any?]) async throws -> TestResponse {
                var full: [String: Any?] = ["name": "E", "track_name": "Barber", "event_date": "2026-05-02"]
                for (key, value) in body { full[key] = value }
                return try await api.send(.post, uri, as: .orgOwner, json: full)
            }
            // when / then
            for bad in ["2026-13-01", "2026-02-30", "2026-05-02T25:00:00", "2026-05-02T10:00:00+2", "tomorrow", "", "2026-5-2",
                        "2026-05-02T10:00:00Zjunk", "2026-05-02T10:00:00+24:00"] {
                let response = try await create(["event_date": bad])
                #expect(response.status == .unprocessableContent, "\(bad)")
                #expect(response.detail == "Invalid input data", "\(bad)")
            }
            for good in ["2028-02-29", "2026-05-02T10:00", "2026-05-02T10:00:00Z", "2026-05-02T10:00:00.123456+05:30",
                         "2026-05-02 10:00:00-0400"] {
                let response = try await create(["event_date": good])
                #expect(response.status == .ok, "\(good): \(response.text)")
                #expect((response.json as? [String: Any])?["event_date"] as? String == good)
            }
            #expect(OrgAPITests.issue(try await create(["event_date": 20260502]))?["type"] as? String == "string_type")
            #expect(OrgAPITests.issue(try await create(["track_name": nil]))?["type"] as? String == "string_type")
            #expect(OrgAPITests.issue(try await create(["run_groups": "A"]))?["type"] as? String == "list_type")
            let badItem = try await create(["run_groups": ["A", 2]])
            #expect(OrgAPITests.issue(badItem)?["loc"] as? [String] == ["body", "run_groups", "1"])
            let missing = try await api.send(.post, uri, as: .orgOwner, json: ["name": "E", "event_date": "2026-05-02"])
            #expect(OrgAPITests.issue(missing)?["loc"] as? [String] == ["body", "track_name"])
            #expect(try await create(["run_groups": []]).status == .ok)
        }
    }

    @Test func staffDeleteEventsAndStudentsCannot() async throws {
        try await withTestApp { client, world in
            // given
            let api = OrgAPI(client: client, world: world)
            let fixture = try await OrgFixture.make(api)
            let uri = "/api/orgs/\(fixture.slug)/events/\(fixture.eventID)"
            // when
            let byStudent = try await api.send(.delete, uri, as: .orgStudent)
            let byStranger = try await api.send(.delete, uri, as: .driverA)
            let byInstructor = try await api.send(.delete, uri, as: .orgInstructor)
            let again = try await api.send(.delete, uri, as: .orgOwner)
            let creationByStudent = try await api.send(.post, "/api/orgs/\(fixture.slug)/events", as: .orgStudent,
                                                       json: ["name": "E", "track_name": "Barber", "event_date": "2026-05-02"])
            // then
            #expect(byStudent.status == .forbidden)
            #expect(byStudent.detail == "Insufficient permissions")
            #expect(byStranger.status == .forbidden)
            #expect(byInstructor.status == .ok)
            #expect((byInstructor.json as? [String: Any])?["status"] as? String == "deleted")
            #expect(again.status == .notFound)
            #expect(again.detail == "Event not found")
            #expect(creationByStudent.status == .forbidden)
            let listed = try await api.send(.get, "/api/orgs/\(fixture.slug)/events", as: .orgOwner)
            #expect(((listed.json as? [String: Any])?["events"] as? [Any])?.isEmpty == true)
        }
    }
}
