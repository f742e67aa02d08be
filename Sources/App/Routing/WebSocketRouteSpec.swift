import Hummingbird
import HummingbirdWebSocket
import Policy

/// A WebSocket route, declared like `RouteSpec` and bound in `Policies/routes.yaml` as `WS /path`. The upgrade request
/// passes the same authentication → tenancy middleware as every route; once the socket is open the policy stage runs
/// for the binding and the handler receives the authorized record. A refusal closes the socket: 4001 when the
/// caller is not authenticated, 4003 otherwise (a resource the caller may not read closes like one that does not
/// exist, so the code reveals nothing).
public struct WebSocketRouteSpec: Sendable {
    typealias Connect = @Sendable (WebSocketInboundStream, WebSocketOutboundWriter, AppRequestContext, PolicyStage,
                                   RouteBinding) async throws -> Void

    public var path: String
    public var summary: String
    /// The resource kind the handler receives; start-up refuses a binding to another kind.
    public let resourceKind: String
    let connect: Connect

    /// Close codes of a refused connection.
    static let unauthenticatedCode: UInt16 = 4001
    static let refusedCode: UInt16 = 4003

    init<Record>(_ path: String, on locator: ResourceLocator<Record>, summary: String,
                 handler: @escaping @Sendable (WebSocketInboundStream, WebSocketOutboundWriter, AppRequestContext, Record) async throws -> Void) {
        self.path = path
        self.summary = summary
        resourceKind = locator.kind
        connect = { inbound, outbound, context, stage, binding in
            let record: Record
            do {
                record = try await stage.authorize(binding, locator, context)
            } catch let refusal as AppError {
                switch refusal {
                case .unauthenticated, .serviceUnavailable:
                    try await outbound.close(.unknown(Self.unauthenticatedCode), reason: "Not authenticated")
                default:
                    try await outbound.close(.unknown(Self.refusedCode), reason: "Not allowed")
                }
                return
            }
            try await handler(inbound, outbound, context, record)
        }
    }

    /// `WS /api/coaching/{session_id}/chat` — the form routes.yaml uses.
    public var key: String { "WS \(path)" }
}
