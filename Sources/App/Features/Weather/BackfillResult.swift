/// `POST /api/sessions/backfill-weather`: what happened to each of the caller's sessions.
struct BackfillResult: Codable, Sendable, Equatable {
    var backfilled: Int
    var skipped: Int
    var failed: Int
    var total: Int
}
