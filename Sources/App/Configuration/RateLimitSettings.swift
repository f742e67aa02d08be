/// The rate limits of platform.md §12.4; each can be changed through its `RATE_LIMIT_…` variable.
public struct RateLimitSettings: Sendable, Equatable {
    /// `POST /api/sessions/upload` and share uploads, per client IP per hour.
    public var uploadsPerIPPerHour = 10
    /// Anonymous uploads (share-link challengers), per client IP per rolling 24 h.
    public var anonymousUploadsPerIPPerDay = 3
    /// Anonymous uploads from everyone together per rolling 24 h.
    public var anonymousUploadsPerDay = 1000
    /// `GET /api/sharing/{token}/view`, per client IP per minute.
    public var shareViewsPerIPPerMinute = 30
    /// `POST /api/coaching/{id}/report`, per client IP per hour.
    public var coachingReportsPerIPPerHour = 20
    /// `POST /api/sharing/{token}/ai-comparison`, per client IP per minute.
    public var shareAIComparisonsPerIPPerMinute = 5
    /// `POST /api/coaching/{id}/chat`, per user per minute (the WebSocket counts per connection, at the same rate).
    public var chatMessagesPerUserPerMinute = 20

    public init() {}

    static func fromEnvironment(_ env: [String: String]) throws(ConfigError) -> RateLimitSettings {
        var settings = RateLimitSettings()
        func read(_ variable: String, into value: inout Int) throws(ConfigError) {
            guard let raw = env.nonEmpty(variable) else { return }
            guard let parsed = Int(raw), (1...10_000_000).contains(parsed) else {
                throw ConfigError(variable: variable, problem: "must be an integer from 1 to 10000000, got '\(raw)'")
            }
            value = parsed
        }
        try read("RATE_LIMIT_UPLOADS_PER_IP_PER_HOUR", into: &settings.uploadsPerIPPerHour)
        try read("RATE_LIMIT_ANON_UPLOADS_PER_IP_PER_DAY", into: &settings.anonymousUploadsPerIPPerDay)
        try read("RATE_LIMIT_ANON_UPLOADS_PER_DAY", into: &settings.anonymousUploadsPerDay)
        try read("RATE_LIMIT_SHARE_VIEWS_PER_IP_PER_MINUTE", into: &settings.shareViewsPerIPPerMinute)
        try read("RATE_LIMIT_COACHING_REPORTS_PER_IP_PER_HOUR", into: &settings.coachingReportsPerIPPerHour)
        try read("RATE_LIMIT_SHARE_AI_COMPARISONS_PER_IP_PER_MINUTE", into: &settings.shareAIComparisonsPerIPPerMinute)
        try read("RATE_LIMIT_CHAT_MESSAGES_PER_USER_PER_MINUTE", into: &settings.chatMessagesPerUserPerMinute)
        return settings
    }
}
