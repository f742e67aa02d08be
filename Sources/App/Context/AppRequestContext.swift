import Hummingbird
import HummingbirdWebSocket
import NIOCore
import Policy
import Storage

/// Per-request state carried through middleware to handlers: request id, peer, credentials, principal.
public struct AppRequestContext: RequestContext, RemoteAddressRequestContext, WebSocketRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    public var requestID: String
    /// Set by `AuthenticateMiddleware`.
    public var authentication: Authentication = .anonymous(reason: .noCredentials)
    /// Set by `TenancyMiddleware`: who the caller is to the policy engine.
    public var principal: Principal = .anonymous
    /// The caller's user record, when the caller is a user.
    public var user: UserAccount?
    /// What the caller's share token grants, when the caller is a share principal holding a known token.
    public var shareGrant: ShareGrant?
    var uploadLimit: Int
    /// The connection, for the interim `100 Continue` (nil in router tests without a channel).
    let channel: (any Channel)?
    /// The handler of an accepted WebSocket upgrade (`WebSocketRouteSpec`).
    public let webSocket = WebSocketHandlerReference<AppRequestContext>()

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
        channel = source.channel
        requestID = RequestID.make()
        uploadLimit = 50 * 1024 * 1024
    }

    public var maxUploadSize: Int { uploadLimit }
}
