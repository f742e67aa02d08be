import Foundation
import Testing
import TestSupport
@testable import App

/// Each of the 18 badges of platform.md §8.1 driven to unlock through the real flows (uploads of fixtures, the
/// built-in coach's reports), each checked locked one step earlier. Count badges start from rows seeded through the
/// store; the last step is always a real upload or report.
@Suite struct BadgeUnlockTests {
    /// Barber fixtures have 8 timed laps.
    static let barberLaps = 8

    @Test func firstSession() async throws {
        try await AchievementWorld.run { w in
            #expect(try await !w.isUnlocked("first_session"))
            let upload = try await w.upload(TestPaths.intermediate)
            #expect(upload.unlocked.contains("first_session"))
            let badge = try #require(try await w.badges()["first_session"])
            #expect(badge.unlocked && badge.session_id == upload.ids.first && badge.unlocked_at != nil)
        }
    }

    @Test(arguments: [("five_sessions", 5), ("track_rat_10", 10), ("track_veteran", 25), ("track_addict", 50)])
    func sessionCount(_ badge: String, _ count: Int) async throws {
        try await AchievementWorld.run { w in
            try await w.seedRows(count - 1)
            #expect(try await !w.isUnlocked(badge), "\(count - 1) sessions")
            let upload = try await w.upload(TestPaths.novice)
            #expect(upload.unlocked.contains(badge))
            #expect(try await w.badges()[badge]?.session_id == upload.ids.first)
        }
    }

    @Test(arguments: [("century_laps", 100), ("laps_250", 250), ("laps_500", 500), ("laps_1000", 1000)])
    func totalLaps(_ badge: String, _ laps: Int) async throws {
        try await AchievementWorld.run { w in
            try await w.seedRows(1, laps: laps - Self.barberLaps)
            #expect(try await !w.isUnlocked(badge), "\(laps - Self.barberLaps) laps")
            let upload = try await w.upload(TestPaths.advanced)
            #expect(upload.unlocked.contains(badge))
        }
    }

    @Test(arguments: [("consistent_driver", 70.0), ("consistency_king", 85.0)])
    func consistencyFromABarberSession(_ badge: String, _ threshold: Double) async throws {
        try await AchievementWorld.run { w in
            try await w.seedRows(1, consistency: threshold - 0.1)
            #expect(try await !w.isUnlocked(badge), "a score of \(threshold - 0.1)")
            // Barber 2026-04-18 scores 86.6
            let upload = try await w.upload(TestPaths.advanced)
            #expect(upload.unlocked.contains(badge))
        }
    }

    @Test func metronomic() async throws {
        try await AchievementWorld.run { w in
            // Barber 2026-02-15 scores 89.6: one step short
            let barber = try await w.upload(TestPaths.intermediate)
            #expect(!barber.unlocked.contains("metronomic"))
            #expect(try await !w.isUnlocked("metronomic"))
            // Test Circuit Alpha scores 95.5
            let alpha = try await w.upload(TestPaths.alpha)
            #expect(alpha.unlocked.contains("metronomic"))
        }
    }

    @Test func brakeMaster() async throws {
        try await AchievementWorld.run { w in
            // the built-in coach grades Barber 2026-02-15's T6 braking B: not every corner A
            let barber = try await w.upload(TestPaths.intermediate)
            #expect(!barber.unlocked.contains("brake_master"))
            #expect(try await !w.isUnlocked("brake_master"))
            // on Test Circuit Alpha every braked corner is graded A
            let alpha = try await w.upload(TestPaths.alpha)
            #expect(alpha.unlocked.contains("brake_master"))
            #expect(try await w.badges()["brake_master"]?.session_id == alpha.ids.first)
        }
    }

    @Test(arguments: ["smooth_operator", "trail_wizard"])
    func trailBrakingBadgesUnlockWhenTheReportGradesTrailBraking(_ badge: String) async throws {
        try await AchievementWorld.run { w in
            // a novice's report grades no trail braking (every corner N/A): not a trail-braking badge
            try await w.setSkill("novice")
            let novice = try await w.upload(TestPaths.intermediate)
            let id = try #require(novice.ids.first)
            #expect(!novice.unlocked.contains(badge))
            #expect(try await !w.isUnlocked(badge))
            // the intermediate report grades trail braking A in every graded corner; the runner writes it
            let started = try await w.api.requestCoaching(id, skill: "intermediate", as: .driverA)
            #expect(started.status == .ok)
            await w.api.world.app.coachingRunner.drain()
            let report = try await w.api.coachingReport(id, skill: "intermediate", as: .driverA).decode(CoachingReportResponse.self)
            #expect(report.corner_grades.map(\.trail_braking).allSatisfy { $0 == "A" || $0 == "N/A" })
            let unlocked = try #require(try await w.badges()[badge])
            #expect(unlocked.unlocked && unlocked.session_id == id)
        }
    }

    @Test func multiTrack() async throws {
        try await AchievementWorld.run { w in
            let two = try await w.upload(TestPaths.intermediate, TestPaths.alpha)
            #expect(!two.unlocked.contains("multi_track"))
            #expect(try await !w.isUnlocked("multi_track"))
            let third = try await w.upload(TestPaths.bravo)
            #expect(third.unlocked.contains("multi_track"))
        }
    }

    @Test(arguments: [("globetrotter", 5), ("track_nomad", 10)])
    func trackCount(_ badge: String, _ tracks: Int) async throws {
        try await AchievementWorld.run { w in
            try await w.seedRows(tracks - 1, distinctTracks: true)
            #expect(try await !w.isUnlocked(badge), "\(tracks - 1) tracks")
            let upload = try await w.upload(TestPaths.novice)
            #expect(upload.unlocked.contains(badge))
        }
    }
}
