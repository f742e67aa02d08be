/// What the API description says about one route besides its method and path: who may call it, its query and path
/// parameter types, its request body, its success response and the error statuses it can answer (every error body
/// is the one `Error` schema, `{"detail": …}`).
public struct RouteDocs: Sendable {
    /// Who the route admits; decides the authentication errors it can answer.
    public enum Access: Sendable {
        /// No credentials needed (health, the description itself).
        case open
        /// A signed-in user: 401 without credentials, 503 when no secret is configured, 403 when the policy refuses.
        case user
        /// The holder of a share link's token in the path: 404 for an unknown token.
        case share
    }

    /// A request body.
    public enum Body: Sendable {
        /// A JSON document; `required: false` when an empty body is accepted.
        case json(JSONSchema, required: Bool = true)
        /// `multipart/form-data` with one or more files in the field `files`.
        case files(maxFiles: Int)
    }

    /// A success response body.
    public enum Content: Sendable {
        case json(JSONSchema)
        /// A non-JSON text body (Prometheus text, HTML) of this media type.
        case text(String)
        /// A binary body (a PDF) of this media type.
        case binary(String)
        /// No body (204).
        case empty
    }

    /// One query parameter.
    public struct Query: Sendable {
        public var name: String
        public var schema: JSONSchema
        public var required: Bool
        public var description: String?

        public init(_ name: String, _ schema: JSONSchema, required: Bool = false, description: String? = nil) {
            self.name = name
            self.schema = schema
            self.required = required
            self.description = description
        }
    }

    public var access: Access
    public var status: Int
    public var response: Content
    /// Errors beyond those implied by access, parameters and body.
    public var errors: Set<Int>
    public var query: [Query]
    /// Path parameter types; a parameter not named here is a string.
    public var pathTypes: [String: JSONSchema]
    public var body: Body?

    public init(_ access: Access, status: Int = 200, _ response: Content, errors: Set<Int> = [], query: [Query] = [],
                path: [String: JSONSchema] = [:], body: Body? = nil) {
        self.access = access
        self.status = status
        self.response = response
        self.errors = errors
        self.query = query
        self.pathTypes = path
        self.body = body
    }

    /// Every error status the route can answer, given its path parameters.
    public func errorStatuses(pathParameters: [String]) -> [Int] {
        var all = errors
        switch access {
        case .open: break
        case .user: all.formUnion([401, 403, 503])
        case .share: all.insert(404)
        }
        if !pathParameters.isEmpty { all.insert(404) }
        if !query.isEmpty || pathTypes.values.contains(where: { $0.types.contains("integer") }) { all.insert(422) }
        if body != nil { all.formUnion([413, 422]) }
        return all.sorted()
    }
}
