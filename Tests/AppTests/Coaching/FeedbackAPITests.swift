import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TestSupport
@testable import App

/// `PUT /api/coaching/feedback` and `GET /api/coaching/{id}/feedback` (platform.md §3.6 with the session access rule).
@Suite struct FeedbackAPITests {
    static func withSession(_ body: @Sendable @escaping (TestAPI, String) async throws -> Void) async throws {
        try await withTestApp { client, world in
            try await body(TestAPI(client: client, world: world), try await world.seed(TestPaths.intermediate, as: .driverA, client: client))
        }
    }

    static func rate(_ api: TestAPI, _ id: String, _ section: String, _ rating: Int, comment: String? = nil,
                     as persona: TestWorld.Persona = .driverA) async throws -> TestResponse {
        try await api.send(.put, "/api/coaching/feedback", as: persona,
                           json: ["session_id": id, "section": section, "rating": rating, "comment": comment])
    }

    @Test func aRatingIsEchoedAndReadBack() async throws {
        try await Self.withSession { api, id in
            let put = try await Self.rate(api, id, "corner_5", 1, comment: "Helpful")
            #expect(try put.decode(FeedbackEntry.self) == FeedbackEntry(session_id: id, section: "corner_5", rating: 1, comment: "Helpful"))
            let read = try await api.send(.get, "/api/coaching/\(id)/feedback", as: .driverA).decode(FeedbackList.self)
            #expect(read.feedback == [FeedbackEntry(session_id: id, section: "corner_5", rating: 1, comment: "Helpful")])
        }
    }

    @Test func aNewRatingReplacesTheOldAndZeroRemovesIt() async throws {
        try await Self.withSession { api, id in
            _ = try await Self.rate(api, id, "summary", 1)
            _ = try await Self.rate(api, id, "summary", -1)
            #expect(try await api.send(.get, "/api/coaching/\(id)/feedback", as: .driverA).decode(FeedbackList.self).feedback.map(\.rating) == [-1])
            let removed = try await Self.rate(api, id, "summary", 0)
            #expect(try removed.decode(FeedbackEntry.self).rating == 0)
            #expect(try await api.send(.get, "/api/coaching/\(id)/feedback", as: .driverA).decode(FeedbackList.self).feedback.isEmpty)
        }
    }

    @Test(arguments: [("summary", 2, "rating"), ("summary", -2, "rating"), ("corner_0", 1, "section"), ("intro", 1, "section"),
                      ("corner_x", 1, "section")])
    func anInvalidRatingOrSectionIs422(section: String, rating: Int, field: String) async throws {
        try await Self.withSession { api, id in
            let response = try await Self.rate(api, id, section, rating)
            #expect(response.status == .unprocessableContent)
            #expect(response.issues?.first?.loc == ["body", field])
        }
    }

    @Test func nobodyRatesOrReadsASessionTheyMayNotRead() async throws {
        try await Self.withSession { api, id in
            let put = try await Self.rate(api, id, "summary", 1, as: .driverB)
            let get = try await api.send(.get, "/api/coaching/\(id)/feedback", as: .driverB)
            #expect(put.status == .notFound && put.detail == "Session \(id) not found")
            #expect(get.status == .notFound)
            #expect(try await api.send(.get, "/api/coaching/\(id)/feedback", as: .driverA).decode(FeedbackList.self).feedback.isEmpty)
        }
    }

    @Test func aLinkedInstructorsFeedbackIsTheirOwn() async throws {
        try await Self.withSession { api, id in
            try await api.link(.driverA, to: .instructor)
            #expect(try await Self.rate(api, id, "drills", -1, as: .instructor).status == .ok)
            #expect(try await api.send(.get, "/api/coaching/\(id)/feedback", as: .instructor).decode(FeedbackList.self).feedback.count == 1)
            #expect(try await api.send(.get, "/api/coaching/\(id)/feedback", as: .driverA).decode(FeedbackList.self).feedback.isEmpty)
        }
    }

    @Test func anonymousMustSignIn() async throws {
        try await Self.withSession { api, id in
            let response = try await Self.rate(api, id, "summary", 1, as: .anonymous)
            #expect(response.status == .unauthorized)
        }
    }
}
