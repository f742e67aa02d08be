import Hummingbird

/// `GET /api/achievements`, `GET /api/achievements/recent` (no side effect) and `POST /api/achievements/recent/ack`
/// (platform.md §8.3; weak point 20).
enum AchievementRoutes {
    static func routes(achievements: AchievementService) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/achievements", on: .account, tag: "Achievements",
                      summary: "Every badge in catalogue order with the caller's unlocks (evaluated first)", docs: AchievementDocs.list) {
                _, _, caller in
                try JSONCoding.response(AchievementList(achievements: try await achievements.list(userID: caller.id)))
            },
            RouteSpec(.get, "/api/achievements/recent", on: .account, tag: "Achievements",
                      summary: "The caller's unlocks not yet acknowledged (reading does not acknowledge them)",
                      docs: AchievementDocs.recent) { _, _, caller in
                try JSONCoding.response(RecentAchievements(newly_unlocked: try await achievements.recent(userID: caller.id)))
            },
            RouteSpec(.post, "/api/achievements/recent/ack", on: .account, tag: "Achievements",
                      summary: "Mark the caller's recent unlocks seen", docs: AchievementDocs.acknowledge) { _, _, caller in
                try JSONCoding.response(AcknowledgedAchievements(acknowledged: try await achievements.store.acknowledge(userID: caller.id)))
            },
        ]
    }
}
