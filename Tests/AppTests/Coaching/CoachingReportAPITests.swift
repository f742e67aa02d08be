import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Coaching
import Storage
import TelemetryCore
import TestSupport
@testable import App

/// `POST`/`GET /api/coaching/{id}/report` (platform.md §3.2) with the built-in coach.
@Suite struct CoachingReportAPITests {
    static let stem = TestPaths.intermediate

    /// A world with one of driver A's sessions (seeded through the real ingest path).
    static func withSession(configure: @escaping (inout AppConfig) -> Void = { _ in },
                            _ body: @Sendable @escaping (TestAPI, String) async throws -> Void) async throws {
        try await withTestApp(configure: configure) { client, world in
            let api = TestAPI(client: client, world: world)
            try await body(api, try await world.seed(stem, as: .driverA, client: client))
        }
    }

    /// For tests that claim jobs themselves: the background runner's poll would otherwise take their job first.
    static let withoutBackgroundPolls: @Sendable (inout AppConfig) -> Void = { $0.coachingPollSeconds = 3600 }

    @Test func theUploadWritesTheOwnersReportSoTheFirstReadIsReady() async throws {
        try await Self.withSession { api, id in
            let response = try await api.coachingReport(id, as: .driverA)
            #expect(response.status == .ok)
            let report = try response.decode(CoachingReportResponse.self)
            #expect(report.status == "ready" && report.skill_level == "intermediate" && report.generated_by == "builtin")
            #expect(!report.corner_grades.isEmpty && report.summary?.isEmpty == false)
            #expect(report.regen_remaining == 2 && report.regen_max == 2)
        }
    }

    @Test func aLevelNeverRequestedIs404() async throws {
        try await Self.withSession { api, id in
            let response = try await api.coachingReport(id, skill: "advanced", as: .driverA)
            #expect(response.status == .notFound)
            #expect(response.detail == "No coaching report found")
        }
    }

    @Test func aRequestAnswersGeneratingAtTheRequestedLevelAndTheRunnerWritesIt() async throws {
        try await Self.withSession { api, id in
            // when
            let started = try await api.requestCoaching(id, skill: "advanced", as: .driverA)
            // then
            let placeholder = try started.decode(CoachingReportResponse.self)
            #expect(placeholder.status == "generating" && placeholder.skill_level == "advanced")
            #expect(placeholder.summary == nil && placeholder.generation_started_at != nil)
            #expect(try started.decode(JSONShape.self).nullKeys.contains("summary"))
            await api.world.app.coachingRunner.drain()
            let written = try await api.coachingReport(id, skill: "advanced", as: .driverA).decode(CoachingReportResponse.self)
            #expect(written.status == "ready" && written.skill_level == "advanced" && written.generated_by == "builtin")
        }
    }

    /// A read while a worker is writing the report answers `generating`. The job is queued and claimed by a test worker
    /// through the store: a request through the API wakes the app's runner, which can finish before a second read.
    @Test func aReadWhileAWorkerWritesTheReportSaysGenerating() async throws {
        try await Self.withSession(configure: Self.withoutBackgroundPolls) { api, id in
            let store = SQLCoachingReportStore(database: api.world.app.database)
            _ = try await store.queue(sessionID: id, skillLevel: "advanced", .unlessGenerating, now: Date())
            let claimed = try await store.claim(limit: 1, worker: "test-worker", now: Date(), leaseCutoff: Date().addingTimeInterval(-3600))
            #expect(claimed.count == 1)
            let read = try await api.coachingReport(id, skill: "advanced", as: .driverA).decode(CoachingReportResponse.self)
            #expect(read.status == "generating" && read.skill_level == "advanced" && read.summary == nil)
        }
    }

    @Test func aRequestForAWrittenReportReturnsItWithoutRewriting() async throws {
        try await Self.withSession { api, id in
            let before = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            let again = try await api.requestCoaching(id, as: .driverA).decode(CoachingReportResponse.self)
            #expect(again.status == "ready" && again.summary == before.summary)
        }
    }

    @Test func twoForcedRegenerationsPerDayThen429() async throws {
        try await Self.withSession { api, id in
            let first = try await api.requestCoaching(id, force: true, as: .driverA)
            await api.world.app.coachingRunner.drain()
            let second = try await api.requestCoaching(id, force: true, as: .driverA)
            await api.world.app.coachingRunner.drain()
            let third = try await api.requestCoaching(id, force: true, as: .driverA)
            #expect(try first.decode(CoachingReportResponse.self).regen_remaining == 1)
            #expect(try second.decode(CoachingReportResponse.self).regen_remaining == 0)
            #expect(third.status == .tooManyRequests, "\(third.text)")
            #expect(third.detail?.contains("regeneration limit") == true)
            #expect(Int(third.headers[.retryAfter] ?? "") ?? 0 > 0)
            let kept = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            #expect(kept.status == "ready" && kept.regen_remaining == 0)
        }
    }

    @Test func readingTwiceChangesNothing() async throws {
        try await Self.withSession { api, id in
            let first = try await api.coachingReport(id, as: .driverA)
            let second = try await api.coachingReport(id, as: .driverA)
            #expect(first.status == .ok && second.status == .ok && first.text == second.text)
        }
    }

    @Test func aFailedReportIsClearedByTheNextReadOnly() async throws {
        try await Self.withSession(configure: Self.withoutBackgroundPolls) { api, id in
            // given: a job that ended in an error
            let store = SQLCoachingReportStore(database: api.world.app.database)
            _ = try await store.queue(sessionID: id, skillLevel: "novice", .ifAbsent, now: Date())
            let job = try #require(try await store.claim(limit: 1, worker: "w", now: Date(), leaseCutoff: Date()).first)
            _ = try await store.finish(job, worker: "w", status: .error, generatedBy: nil, reportJSON: nil, now: Date())
            // when
            let cleared = try await api.coachingReport(id, skill: "novice", as: .driverA)
            let after = try await api.coachingReport(id, skill: "novice", as: .driverA)
            // then
            #expect(cleared.status == .notFound && cleared.detail == "Report cleared after error")
            #expect(after.status == .notFound && after.detail == "No coaching report found")
        }
    }

    @Test func aJobLeftByACrashedWorkerIsWrittenAfterItsLease() async throws {
        try await Self.withSession(configure: Self.withoutBackgroundPolls) { api, id in
            let store = SQLCoachingReportStore(database: api.world.app.database)
            let longAgo = Date().addingTimeInterval(-3600)
            _ = try await store.queue(sessionID: id, skillLevel: "novice", .ifAbsent, now: longAgo)
            #expect(try await store.claim(limit: 1, worker: "crashed", now: longAgo, leaseCutoff: longAgo.addingTimeInterval(-1)).count == 1)
            await api.world.app.coachingRunner.drain()
            #expect(try await api.coachingReport(id, skill: "novice", as: .driverA).decode(CoachingReportResponse.self).status == "ready")
        }
    }

    @Test func aLinkedInstructorReadsButNeverGenerates() async throws {
        try await Self.withSession { api, id in
            try await api.link(.driverA, to: .instructor)
            let read = try await api.coachingReport(id, as: .instructor)
            let generate = try await api.requestCoaching(id, skill: "advanced", as: .instructor)
            #expect(read.status == .ok)
            #expect(generate.status == .forbidden && generate.detail == "Only the session's owner can generate its coaching report")
            #expect(try await api.coachingReport(id, skill: "advanced", as: .driverA).status == .notFound)
        }
    }

    @Test func anotherDriverDoesNotLearnTheReportExists() async throws {
        try await Self.withSession { api, id in
            let response = try await api.coachingReport(id, as: .driverB)
            #expect(response.status == .notFound && response.detail == "Session \(id) not found")
        }
    }

    @Test func aTagChangeMakesTheReportStaleAndTheOwnersNextReadRewritesIt() async throws {
        try await Self.withSession { api, id in
            // given
            try await api.link(.driverA, to: .instructor)
            let tagged = try await api.send(.put, "/api/sessions/\(id)/laps/3/tags", as: .driverA, json: ["tags": ["traffic"]])
            #expect(tagged.status == .ok)
            // when
            let byInstructor = try await api.coachingReport(id, as: .instructor).decode(CoachingReportResponse.self)
            let byOwner = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            await api.world.app.coachingRunner.drain()
            // then
            #expect(byInstructor.status == "ready")
            #expect(byOwner.status == "generating")
            #expect(try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self).status == "ready")
        }
    }

    @Test(arguments: ["expert", ""])
    func anUnknownLevelIs422(_ level: String) async throws {
        try await Self.withSession { api, id in
            let read = try await api.coachingReport(id, skill: level, as: .driverA)
            let request = try await api.requestCoaching(id, skill: level, as: .driverA)
            #expect(read.status == .unprocessableContent && read.issues?.first?.loc == ["query", "skill_level"])
            #expect(request.status == .unprocessableContent && request.issues?.first?.loc == ["body", "skill_level"])
        }
    }

    @Test(arguments: ["null", #"{"skill_level": null}"#, #"{"force": null}"#, #"{"force": "yes"}"#, "[]"])
    func aBodyThatIsNotTheDocumentedObjectIs422(_ body: String) async throws {
        try await Self.withSession { api, id in
            let response = try await api.sendRaw(.post, "/api/coaching/\(id)/report", as: .driverA, body: body)
            #expect(response.status == .unprocessableContent, "\(body): \(response.text)")
        }
    }

    @Test func anEmptyBodyTakesTheDefaults() async throws {
        try await Self.withSession { api, id in
            let response = try await api.client.execute(uri: "/api/coaching/\(id)/report", method: .post, headers: api.world.headers(.driverA))
            let report = try response.decode(CoachingReportResponse.self)
            #expect(report.status == "ready" && report.skill_level == "intermediate")
        }
    }

    @Test func requestsArePerClientRateLimited() async throws {
        try await Self.withSession(configure: { $0.rateLimits.coachingReportsPerIPPerHour = 2 }) { api, id in
            #expect(try await api.requestCoaching(id, as: .driverA).status == .ok)
            #expect(try await api.requestCoaching(id, as: .driverA).status == .ok)
            let limited = try await api.requestCoaching(id, as: .driverA)
            #expect(limited.status == .tooManyRequests && limited.headers[.retryAfter] != nil)
        }
    }

    @Test func theReportsGradesFeedTheSidebarScores() async throws {
        try await Self.withSession { api, id in
            let record = try #require(try await SQLSessionStore(database: api.world.app.database).locate(id: id))
            let snapshot = try #require(SnapshotDocument.decode(record.snapshotJSON))
            let report = try await api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
            let analysis = try await api.world.app.sessions.analysis(record)
            let grades = report.corner_grades.map {
                SessionScore.CornerGrades(braking: $0.braking, trailBraking: $0.trail_braking, minSpeed: $0.min_speed, throttle: $0.throttle)
            }
            #expect(snapshot.scores == SnapshotDocument.Scores(analysis.sessionScore(grades: grades)))
            #expect(snapshot.scores != SnapshotDocument.Scores(analysis.sessionScore()))
        }
    }
}
