import Foundation

/// At most `limit` events per rolling `window` for one key of one scope (e.g. anonymous uploads of one client IP).
public struct RateLimitRule: Sendable, Equatable {
    public var scope: String
    public var key: String
    public var limit: Int
    public var window: TimeInterval

    public init(scope: String, key: String, limit: Int, window: TimeInterval) {
        self.scope = scope
        self.key = key
        self.limit = limit
        self.window = window
    }
}
