/// A user's forced regenerations for today (UTC): at most `limit`, counted in the database (platform.md §3.2).
struct Regenerations: Sendable, Equatable {
    static let dailyLimit = 2

    var used: Int
    var limit = Regenerations.dailyLimit
    var remaining: Int { max(0, limit - used) }
}
