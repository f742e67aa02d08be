import Foundation
import Hummingbird
import Policy
import Storage

/// Share links (platform.md §6). The owner creates, lists and revokes links while signed in; on the routes bound with
/// `share_token_param` the token in the path is the credential, so those requests act as the link's share principal,
/// which the policy confines to that one link (`share-token-confined`).
enum ShareRoutes {
    /// Asked through `PolicyGate` for the session named in the create body.
    static let shareSession = "session.share"
    /// How long a challenger's uploaded session is kept.
    static let challengerLifetime: TimeInterval = 24 * 3600

    struct Dependencies: Sendable {
        let shares: any ShareStore
        let sessions: SessionService
        /// Finds the session a create body names; the engine decides `session.share` on it through `gate`.
        let session: ResourceLocator<SessionRecord>
        let link: ResourceLocator<SharedSession>
        let gate: PolicyGate
        let limiter: RateLimiter
        let narrator: ComparisonNarrator
        let publicBaseURL: String?
        let maxFileBytes: Int
        let maxFileMB: Int
        let clock: @Sendable () -> Date
    }

    static func routes(_ dependencies: Dependencies) -> [RouteSpec] {
        ownerRoutes(dependencies) + holderRoutes(dependencies)
    }
}
