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
            let id = binding.locator.param.flatMap { context.parameters.get($0) }
            let record = try await stage.authorize(binding.action, locator, id: id, context)
            return try await handler(request, context, record)
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

/// The declared routes, for 405 detection and the API description.
public struct RouteTable: Sendable {
    public let specs: [RouteSpec]

    public init(_ specs: [RouteSpec]) { self.specs = specs }

    public var keys: [String] { specs.map(\.key) }

    /// Methods of the routes at the node the router resolves this concrete path to. Like the router's trie, a literal
    /// segment wins over a parameter, and the walk falls back to the parameter only when the literal branch cannot
    /// reach the whole path: `/api/sessions/upload` is the upload node (POST only), never `{session_id}`.
    func methods(matching path: String) -> [String] {
        let segments = Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
        let patterns = specs.map { Array($0.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()) }
        guard let node = Self.resolve(segments, patterns: patterns, prefix: []) else { return [] }
        return Array(Set(zip(specs, patterns).filter { $0.1 == node }.map(\.0.method.rawValue))).sorted()
    }

    private static func resolve(_ segments: [Substring], patterns: [[Substring]], prefix: [Substring]) -> [Substring]? {
        let depth = prefix.count
        if depth == segments.count { return patterns.contains { $0.starts(with: prefix) } ? prefix : nil }
        let children = Set(patterns.filter { $0.count > depth && $0.starts(with: prefix) }.map { $0[depth] })
        let segment = segments[depth]
        if children.contains(segment), !isParameter(segment),
           let node = resolve(segments, patterns: patterns, prefix: prefix + [segment]) {
            return node
        }
        guard !segment.isEmpty else { return nil }
        for child in children.sorted() where isParameter(child) {
            if let node = resolve(segments, patterns: patterns, prefix: prefix + [child]) { return node }
        }
        return nil
    }

    private static func isParameter(_ segment: Substring) -> Bool { segment.hasPrefix("{") && segment.hasSuffix("}") }
}
