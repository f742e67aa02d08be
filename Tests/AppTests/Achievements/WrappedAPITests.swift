import Foundation
import Testing
import TestSupport
@testable import App

/// `GET /api/wrapped/{year}` (platform.md §9) against the fixtures' ground truth, from the caller's own sessions only.
@Suite struct WrappedAPITests {
    static let barber = [TestPaths.intermediate, TestPaths.novice, TestPaths.advanced]  // 2026-02-15, 03-21, 04-18

    static func wrapped(_ w: AchievementWorld, _ year: String, as persona: TestWorld.Persona = .driverA) async throws -> WrappedResponse {
        let response = try await w.api.send(.get, "/api/wrapped/\(year)", as: persona)
        #expect(response.status == .ok, "\(response.text.prefix(300))")
        return try response.decode(WrappedResponse.self)
    }

    @Test func threeBarberSessionsAgainstTheGroundTruth() async throws {
        try await AchievementWorld.run { w in
            // given: driver A's three Barber days, and driver B's session that must not count
            let upload = try await w.upload(TestPaths.advanced, TestPaths.intermediate, TestPaths.novice)
            _ = try await w.upload(TestPaths.alpha, as: .driverB)
            let truths = try Self.barber.map(FixtureTruth.init)
            // when
            let recap = try await Self.wrapped(w, "2026")
            // then
            #expect(recap.year == 2026 && recap.total_sessions == 3)
            #expect(recap.total_laps == truths.reduce(0) { $0 + $1.laps.count })
            let km = truths.reduce(0.0) { $0 + $1.bestLapLength * Double($1.laps.count) } / 1000
            #expect(abs(recap.total_distance_km - km) <= 0.15, "\(recap.total_distance_km) vs \(km)")
            let hours = truths.reduce(0.0) { $0 + $1.meanLapTime * Double($1.laps.count) } / 3600
            #expect(abs(recap.total_track_time_hours - hours) <= 0.05, "\(recap.total_track_time_hours) vs \(hours)")
            #expect(recap.tracks_visited == ["Barber Motorsports Park"])
            // first (Feb) best minus last (Apr) best
            let gain = truths[0].bestLapTime - truths[2].bestLapTime
            #expect(recap.biggest_improvement_track == "Barber Motorsports Park")
            #expect(abs((recap.biggest_improvement_s ?? 0) - gain) <= 0.03, "\(String(describing: recap.biggest_improvement_s)) vs \(gain)")
            #expect(recap.best_consistency_score == 89.6)
            // the personality from the reports the owner reads
            var grades: [[String]] = [[], [], []]
            for id in upload.ids {
                let report = try await w.api.coachingReport(id, as: .driverA).decode(CoachingReportResponse.self)
                for g in report.corner_grades {
                    grades[0].append(g.braking)
                    grades[1].append(g.trail_braking)
                    grades[2].append(g.throttle)
                }
            }
            let ratios = grades.map { letters -> Double in
                let graded = letters.filter { $0 != "N/A" }
                return Double(graded.filter { $0 == "A" || $0 == "B" }.count) / Double(max(1, graded.count))
            }
            let names = ["The Late Braker", "The Smooth Operator", "The Throttle Master"]
            let leader = ratios.indices.max { ratios[$0] < ratios[$1] || (ratios[$0] == ratios[$1] && $0 > $1) }!
            #expect(recap.personality == (ratios[leader] >= 0.6 ? names[leader] : "The Machine"), "\(ratios)")
            #expect(recap.top_corner_grade == "A")
            #expect(recap.highlights.map(\.label) == ["Total Laps", "Distance Covered", "Track Time", "Tracks Visited", "Biggest Improvement"])
            #expect(recap.highlights[0].value == "\(recap.total_laps)")
            #expect(recap.highlights[4].value == String(format: "-%.2fs", recap.biggest_improvement_s ?? 0) + " at Barber Motorsports Park")
        }
    }

    @Test func anotherYearIsEmptyAndAnotherUsersSessionsNeverCount() async throws {
        try await AchievementWorld.run { w in
            _ = try await w.upload(TestPaths.alpha, as: .driverB)
            let empty = try await Self.wrapped(w, "2026")
            #expect(empty.total_sessions == 0 && empty.total_laps == 0 && empty.tracks_visited.isEmpty)
            #expect(empty.personality == "The Track Day Warrior" && empty.biggest_improvement_s == nil)
            #expect(try await Self.wrapped(w, "2026", as: .driverB).total_sessions == 1)
            _ = try await w.upload(TestPaths.intermediate)
            #expect(try await Self.wrapped(w, "2025").total_sessions == 0)
        }
    }

    @Test(arguments: ["1999", "2101", "twenty"])
    func aYearOutside2000To2100Is422(_ year: String) async throws {
        try await AchievementWorld.run { w in
            let response = try await w.api.send(.get, "/api/wrapped/\(year)", as: .driverA)
            #expect(response.status == .unprocessableContent)
        }
    }
}
