/// `GET /api/achievements`: every badge in catalogue order.
struct AchievementList: Codable, Sendable {
    var achievements: [AchievementEntry]
}

/// `GET /api/achievements/recent`: the caller's unlocks not yet acknowledged.
struct RecentAchievements: Codable, Sendable {
    var newly_unlocked: [AchievementEntry]
}

/// `POST /api/achievements/recent/ack`: how many unlocks were marked seen.
struct AcknowledgedAchievements: Codable, Sendable {
    var acknowledged: Int
}
