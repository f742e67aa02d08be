import Hummingbird
import Policy

/// A route as the app declares it: method, path, documentation, the resource kind it acts on and a handler that
/// receives that resource already authorized, with its type. The router, the start-up check against
/// `Policies/routes.yaml` and the OpenAPI description are all built from the same list.
public struct RouteSpec: Sendable {
    /// The erased handler the router runs: the policy stage for the route's binding, then the typed handler.
    typealias Responder = @Sendable (Request, AppRequestContext, PolicyStage, RouteBinding) async throws -> Response

    public var method: HTTPRequest.Method
    public var path: String
    public var summary: String
    public var tag: String
    /// Parameters, body and responses for the API description (nil: undocumented, which a test refuses).
    public var docs: RouteDocs?
    /// The resource kind the handler receives; start-up refuses a routes.yaml binding to another kind.
    public let resourceKind: String
    let respond: Responder

    /// A route acting on what `locator` finds: `handler` runs only when the engine allows the bound action on it.
    public init<Record>(_ method: HTTPRequest.Method, _ path: String, on locator: ResourceLocator<Record>, tag: String,
                        summary: String, docs: RouteDocs? = nil,
                        handler: @escaping @Sendable (Request, AppRequestContext, Record) async throws -> Response) {
        self.method = method
        self.path = path
        self.summary = summary
        self.tag = tag
        self.docs = docs
        resourceKind = locator.kind
        respond = { request, context, stage, binding in
            try await handler(request, context, try await stage.authorize(binding, locator, context))
        }
    }

    /// `GET /api/sessions/{session_id}` — the form routes.yaml uses.
    public var key: String { "\(method.rawValue) \(path)" }

    /// Path parameter names in order.
    public var parameters: [String] {
        path.split(separator: "/").compactMap { segment in
            segment.hasPrefix("{") && segment.hasSuffix("}") ? String(segment.dropFirst().dropLast()) : nil
        }
    }
}
