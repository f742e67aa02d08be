import CoachingProviders

/// A request the stub server received.
public struct RecordedRequest: Sendable {
    public var method: String
    public var path: String
    public var query: String
    /// Lower-cased header names.
    public var headers: [String: String]
    public var body: String

    public init(method: String, path: String, query: String, headers: [String: String], body: String) {
        self.method = method
        self.path = path
        self.query = query
        self.headers = headers
        self.body = body
    }

    /// Which vendor's endpoint the path names.
    public var provider: ProviderKind? {
        if path.hasSuffix("/v1/messages") { return .anthropic }
        if path.hasSuffix("/v1/chat/completions") { return .openai }
        if path.hasSuffix(":generateContent") { return .google }
        return nil
    }
}
