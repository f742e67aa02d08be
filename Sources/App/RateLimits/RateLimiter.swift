import Foundation
import Hummingbird
import Storage

/// Applies the §12.4 limits with counters in the database: the per-IP upload limit, and for anonymous uploads the
/// per-IP daily limit and the global daily capacity. Throws `AppError.rateLimited` (429 with `Retry-After`).
struct RateLimiter: Sendable {
    let store: any RateLimitStore
    let settings: RateLimitSettings
    /// Which client a request counts against.
    let clientAddress: ClientAddress
    let clock: @Sendable () -> Date

    static let minute: TimeInterval = 60
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 24 * 3600

    /// Any upload request (signed in or not): `uploadsPerIPPerHour`.
    func upload(_ request: Request, _ context: AppRequestContext) async throws {
        let clientIP = client(request, context)
        try await acquire([
            RateLimitRule(scope: "upload_ip_hour", key: clientIP, limit: settings.uploadsPerIPPerHour, window: Self.hour),
        ])
    }

    /// An anonymous upload (a share-link challenger): the hourly limit plus the daily per-IP and global limits.
    func anonymousUpload(_ request: Request, _ context: AppRequestContext) async throws {
        let clientIP = client(request, context)
        try await acquire([
            RateLimitRule(scope: "upload_ip_hour", key: clientIP, limit: settings.uploadsPerIPPerHour, window: Self.hour),
            RateLimitRule(scope: "anon_upload_ip_day", key: clientIP, limit: settings.anonymousUploadsPerIPPerDay, window: Self.day),
            RateLimitRule(scope: "anon_upload_day", key: "*", limit: settings.anonymousUploadsPerDay, window: Self.day),
        ])
    }

    /// `POST /api/coaching/{id}/report`: `coachingReportsPerIPPerHour`.
    func coachingReport(_ request: Request, _ context: AppRequestContext) async throws {
        let clientIP = client(request, context)
        try await acquire([
            RateLimitRule(scope: "coaching_report_ip_hour", key: clientIP, limit: settings.coachingReportsPerIPPerHour,
                          window: Self.hour),
        ])
    }

    /// `GET /api/sharing/{token}/view`: `shareViewsPerIPPerMinute`.
    func shareView(_ request: Request, _ context: AppRequestContext) async throws {
        try await acquire([RateLimitRule(scope: "share_view_ip_minute", key: client(request, context),
                                         limit: settings.shareViewsPerIPPerMinute, window: Self.minute)])
    }

    /// `POST /api/sharing/{token}/ai-comparison`: `shareAIComparisonsPerIPPerMinute`.
    func shareAIComparison(_ request: Request, _ context: AppRequestContext) async throws {
        try await acquire([RateLimitRule(scope: "share_ai_ip_minute", key: client(request, context),
                                         limit: settings.shareAIComparisonsPerIPPerMinute, window: Self.minute)])
    }

    /// `POST /api/coaching/{id}/chat`: `chatMessagesPerUserPerMinute`, counted per user.
    func chat(userID: String) async throws {
        try await acquire([RateLimitRule(scope: "chat_user_minute", key: userID, limit: settings.chatMessagesPerUserPerMinute,
                                         window: Self.minute)])
    }

    /// The client address as limits count it (an IPv6 address by its /64).
    func client(_ request: Request, _ context: AppRequestContext) -> String {
        IPRange.rateLimitKey(clientAddress.resolve(peer: context.remoteAddress, headers: request.headers))
    }

    private func acquire(_ rules: [RateLimitRule]) async throws {
        guard case .limited(let rule, let retryAfter) = try await store.acquire(rules, now: clock()) else { return }
        throw AppError.rateLimited(Self.detail(rule), retryAfterSeconds: Int(retryAfter.rounded(.up)))
    }

    static func detail(_ rule: RateLimitRule) -> String {
        switch rule.scope {
        case "anon_upload_ip_day":
            return "Anonymous upload limit reached: at most \(rule.limit) uploads per day from one address. Sign in to upload more."
        case "anon_upload_day":
            return "Anonymous upload capacity for today is used up. Sign in to upload, or try again later."
        case "upload_ip_hour", "coaching_report_ip_hour":
            return "Rate limit exceeded: \(rule.limit) per 1 hour"
        case "share_view_ip_minute", "share_ai_ip_minute", "chat_user_minute":
            return "Rate limit exceeded: \(rule.limit) per 1 minute"
        default:
            return "Rate limit exceeded: \(rule.limit) per \(Int(rule.window)) seconds"
        }
    }
}
