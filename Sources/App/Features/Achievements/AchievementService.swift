import Coaching
import Foundation
import Logging
import Storage

/// The unlock engine (platform.md §8.2) and what the achievement routes read. Evaluated after each upload (per
/// session), when a session's report becomes ready (the grade badges, on that report) and on `GET /api/achievements`.
struct AchievementService: Sendable {
    let store: any AchievementStore
    let catalogue: AchievementCatalogue
    let reports: any CoachingReportStore
    let clock: @Sendable () -> Date

    init(store: any AchievementStore, reports: any CoachingReportStore, clock: @escaping @Sendable () -> Date) {
        self.store = store
        self.catalogue = AchievementCatalogue(store: store)
        self.reports = reports
        self.clock = clock
    }

    /// Unlocks what the user has earned and returns the ids this evaluation unlocked, in catalogue order. With a
    /// `sessionID` the grade badges read that session's most recent ready report (or `grades` when the caller has them).
    @discardableResult
    func check(userID: String, sessionID: String? = nil, grades known: [CornerGrade]? = nil) async throws -> [String] {
        let definitions = try await catalogue.definitions()
        let held = Set(try await store.unlocks(userID: userID).map(\.achievementID))
        let open = definitions.filter { !held.contains($0.id) }
        guard !open.isEmpty else { return [] }
        let progress = try await store.progress(userID: userID)
        var grades = known
        if grades == nil, let sessionID, open.contains(where: AchievementRules.needsGrades) {
            grades = try await reports.latestReadyReport(sessionID: sessionID)?.corner_grades
        }
        let earned = open.filter { AchievementRules.isMet($0, progress: progress, grades: sessionID == nil ? nil : grades) }
        return try await store.unlock(earned.map(\.id), userID: userID, sessionID: sessionID, now: clock())
    }

    /// Every badge in catalogue order, with the user's unlocks (after evaluating them).
    func list(userID: String) async throws -> [AchievementEntry] {
        try await check(userID: userID)
        return try await entries(userID: userID) { _ in true }
    }

    /// The user's unlocks not yet acknowledged, in catalogue order; reading them changes nothing.
    func recent(userID: String) async throws -> [AchievementEntry] {
        try await entries(userID: userID) { $0?.isNew == true }
    }

    /// The badges the user holds now (taken before an upload, to tell what it unlocked).
    func held(userID: String) async throws -> Set<String> {
        Set(try await store.unlocks(userID: userID).map(\.achievementID))
    }

    /// After an upload: evaluates each stored session and returns, in catalogue order, every badge the user holds now
    /// and did not hold before the upload (the report written inside the upload may already have unlocked some).
    func uploaded(_ sessionIDs: [String], userID: String, heldBefore: Set<String>) async throws -> [String] {
        for id in sessionIDs { try await check(userID: userID, sessionID: id) }
        let now = try await held(userID: userID)
        return try await catalogue.definitions().map(\.id).filter { now.contains($0) && !heldBefore.contains($0) }
    }

    private func entries(userID: String, where keep: (AchievementUnlock?) -> Bool) async throws -> [AchievementEntry] {
        let unlocks = Dictionary(try await store.unlocks(userID: userID).map { ($0.achievementID, $0) }) { first, _ in first }
        return try await catalogue.definitions().filter { keep(unlocks[$0.id]) }.map { AchievementEntry($0, unlock: unlocks[$0.id]) }
    }
}
