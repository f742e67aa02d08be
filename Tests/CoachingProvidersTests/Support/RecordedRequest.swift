@testable import CoachingProviders

/// A request the stub server received.
struct RecordedRequest: Sendable {
    var method: String
    var path: String
    var query: String
    /// Lower-cased header names.
    var headers: [String: String]
    var body: String

    /// The body as JSON (`.null` when it is not JSON).
    var json: JSONValue {
        (try? JSONExtraction.object(in: body)) ?? .null
    }

    /// Which vendor's endpoint the path names.
    var provider: ProviderKind? {
        if path.hasSuffix("/v1/messages") { return .anthropic }
        if path.hasSuffix("/v1/chat/completions") { return .openai }
        if path.hasSuffix(":generateContent") { return .google }
        return nil
    }
}
