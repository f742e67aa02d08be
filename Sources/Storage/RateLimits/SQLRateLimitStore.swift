import Foundation

/// `RateLimitStore` on any `SQLDatabase`. Each (scope, key) has a bucket row that the transaction updates first, which
/// serialises concurrent checks of the same key on PostgreSQL (row lock) as SQLite's single writer does; events are rows
/// with their time, so the window is rolling. Buckets are locked in a fixed order to avoid deadlocks.
public struct SQLRateLimitStore: RateLimitStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func acquire(_ rules: [RateLimitRule], now: Date) async throws -> RateLimitDecision {
        let ordered = rules.sorted { ($0.scope, $0.key) < ($1.scope, $1.key) }
        return try await database.transaction { db in
            for rule in ordered {
                try await db.execute(
                    """
                    INSERT INTO rate_limit_buckets (scope, bucket_key, touched_at) VALUES ($1, $2, $3)
                    ON CONFLICT (scope, bucket_key) DO UPDATE SET touched_at = excluded.touched_at
                    """, [.text(rule.scope), .text(rule.key), .date(now)])
                try await db.execute("DELETE FROM rate_limit_hits WHERE scope = $1 AND bucket_key = $2 AND hit_at <= $3",
                                     [.text(rule.scope), .text(rule.key), .date(now.addingTimeInterval(-rule.window))])
            }
            for rule in ordered {
                let recent = try await db.query(
                    "SELECT hit_at FROM rate_limit_hits WHERE scope = $1 AND bucket_key = $2 ORDER BY hit_at",
                    [.text(rule.scope), .text(rule.key)])
                guard recent.count >= rule.limit else { continue }
                let freed = try recent[recent.count - rule.limit].date("hit_at").addingTimeInterval(rule.window)
                return .limited(rule, retryAfter: max(1, freed.timeIntervalSince(now)))
            }
            for rule in ordered {
                try await db.execute("INSERT INTO rate_limit_hits (scope, bucket_key, hit_at) VALUES ($1, $2, $3)",
                                     [.text(rule.scope), .text(rule.key), .date(now)])
            }
            return .allowed
        }
    }

    public func purge(before cutoff: Date) async throws -> Int {
        try await database.transaction { db in
            let hits = try await db.query("DELETE FROM rate_limit_hits WHERE hit_at < $1 RETURNING scope", [.date(cutoff)]).count
            try await db.execute("DELETE FROM rate_limit_buckets WHERE touched_at < $1", [.date(cutoff)])
            return hits
        }
    }
}
