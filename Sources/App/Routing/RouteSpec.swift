import Hummingbird

/// A route as the app declares it: method, path, documentation, handler. The router, the policy binding check
/// and the OpenAPI description are all built from the same list.
public struct RouteSpec: Sendable {
    public typealias Handler = @Sendable (Request, AppRequestContext) async throws -> Response

    public var method: HTTPRequest.Method
    public var path: String
    public var summary: String
    public var tag: String
    /// Parameters, body and responses for the API description (nil: undocumented, which a test refuses).
    public var docs: RouteDocs?
    public var handler: Handler

    public init(_ method: HTTPRequest.Method, _ path: String, tag: String, summary: String, docs: RouteDocs? = nil,
                handler: @escaping Handler) {
        self.method = method
        self.path = path
        self.summary = summary
        self.tag = tag
        self.docs = docs
        self.handler = handler
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

/// The declared routes, for 405 detection and the API description.
public struct RouteTable: Sendable {
    public let specs: [RouteSpec]

    public init(_ specs: [RouteSpec]) { self.specs = specs }

    public var keys: [String] { specs.map(\.key) }

    /// Methods of the routes whose pattern matches this concrete path (literal segments win over parameters).
    func methods(matching path: String) -> [String] {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        let matching = specs.filter { spec in
            let pattern = spec.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
            guard pattern.count == segments.count else { return false }
            return zip(pattern, segments).allSatisfy { p, s in
                (p.hasPrefix("{") && p.hasSuffix("}") && !s.isEmpty) || p == s
            }
        }
        return Array(Set(matching.map(\.method.rawValue))).sorted()
    }
}
