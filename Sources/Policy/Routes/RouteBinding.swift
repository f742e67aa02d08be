/// One entry of `routes.yaml`: a route bound to a business action and a resource locator.
public struct RouteBinding: Sendable, Equatable {
    /// Where the resource id comes from.
    public struct Locator: Sendable, Equatable {
        public var kind: String
        /// Path parameter holding the resource id; nil for container/singleton kinds (`platform`, `account`…).
        public var param: String?
    }

    public var method: String
    public var path: String
    public var action: String
    public var locator: Locator
    /// Path parameter that carries a share token: on this route the token is the caller's credential
    /// (the request acts as that share principal, whatever else it carries).
    public var shareTokenParam: String? = nil

    /// `GET /api/sessions/{session_id}`
    public var key: String { "\(method) \(path)" }
}
