import Foundation
import TelemetryCore

/// `POST /api/sharing/create`.
public struct CreatedShareLink: Codable {
    var id: String
    public var token: String
    /// Relative path of the share page (platform.md §6.2).
    var share_url: String
    /// The same page as an absolute URL when `PUBLIC_BASE_URL` is set (api-reference), else the relative path.
    var url: String
    var session_id: String
    var track_name: String
    var created_at: String
    var expires_at: String
}

/// One entry of `GET /api/sharing/mine`.
struct ShareLinkEntry: Codable {
    var id: String
    var session_id: String
    var track_name: String
    var created_at: String
    var expires_at: String
    var is_expired: Bool
    var comparisons: Int
}

struct ShareLinkList: Codable {
    var items: [ShareLinkEntry]
    var total: Int
}

/// `GET /api/sharing/{token}`.
struct ShareMetadata: Codable {
    var token: String
    var track_name: String
    var inviter_name: String
    @OptionalNumber var best_lap_time_s: Double?
    var created_at: String
    var expires_at: String
    var is_expired: Bool
}
