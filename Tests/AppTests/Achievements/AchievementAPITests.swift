import Foundation
import Testing
import TestSupport
@testable import App

/// `GET /api/achievements`, `GET /api/achievements/recent` and `POST /api/achievements/recent/ack` (platform.md §8.3).
@Suite struct AchievementAPITests {
    @Test func everyBadgeIsListedInCatalogueOrderWithNullsWhileLocked() async throws {
        try await AchievementWorld.run { w in
            let response = try await w.api.send(.get, "/api/achievements", as: .driverA)
            let list = try response.decode(AchievementList.self).achievements
            #expect(list.map(\.id) == ["first_session", "five_sessions", "track_rat_10", "track_veteran", "track_addict",
                                       "century_laps", "laps_250", "laps_500", "laps_1000", "consistent_driver",
                                       "consistency_king", "metronomic", "brake_master", "smooth_operator", "trail_wizard",
                                       "multi_track", "globetrotter", "track_nomad"])
            #expect(list.allSatisfy { !$0.unlocked })
            let shape = try response.decode(JSONShape.self)
            #expect(shape.lists["achievements"]?.first?.nullKeys == ["session_id", "unlocked_at"])
        }
    }

    @Test func recentIsReadWithoutSideEffectsUntilAcknowledged() async throws {
        try await AchievementWorld.run { w in
            let upload = try await w.upload(TestPaths.intermediate)
            let first = try await w.api.send(.get, "/api/achievements/recent", as: .driverA).decode(RecentAchievements.self)
            let again = try await w.api.send(.get, "/api/achievements/recent", as: .driverA).decode(RecentAchievements.self)
            #expect(first.newly_unlocked.map(\.id) == upload.unlocked && !upload.unlocked.isEmpty)
            #expect(again.newly_unlocked.map(\.id) == upload.unlocked)
            let ack = try await w.api.send(.post, "/api/achievements/recent/ack", as: .driverA).decode(AcknowledgedAchievements.self)
            #expect(ack.acknowledged == upload.unlocked.count)
            #expect(try await w.api.send(.get, "/api/achievements/recent", as: .driverA).decode(RecentAchievements.self).newly_unlocked.isEmpty)
            #expect(try await w.badges()["first_session"]?.unlocked == true)
        }
    }

    @Test func theFirstUploadReportsItsUnlocksAndARepeatReportsNone() async throws {
        try await AchievementWorld.run { w in
            let first = try await w.upload(TestPaths.intermediate)
            // 1 session, 8 laps, consistency 89.6, trail braking A in every graded corner at the default level
            #expect(first.unlocked == ["first_session", "consistent_driver", "consistency_king", "smooth_operator", "trail_wizard"])
            let again = try await w.upload(TestPaths.intermediate)
            #expect(again.unlocked.isEmpty)
        }
    }

    @Test func anotherDriversSessionsNeverUnlockYourBadges() async throws {
        try await AchievementWorld.run { w in
            _ = try await w.upload(TestPaths.alpha, as: .driverB)
            #expect(try await w.badges(as: .driverB)["first_session"]?.unlocked == true)
            #expect(try await w.badges().values.allSatisfy { !$0.unlocked })
            #expect(try await w.api.send(.get, "/api/achievements/recent", as: .driverA).decode(RecentAchievements.self).newly_unlocked.isEmpty)
        }
    }

    @Test func anonymousCallersMustSignIn() async throws {
        try await AchievementWorld.run { w in
            for path in ["/api/achievements", "/api/achievements/recent", "/api/wrapped/2026"] {
                let response = try await w.api.send(.get, path, as: .anonymous)
                #expect(response.status == .unauthorized, "\(path)")
            }
        }
    }
}
