import App

/// An error envelope: `{"detail": "message"}`.
public struct ErrorBody: Decodable, Sendable {
    public var detail: String
}

/// A 422 validation body, FastAPI style: `{"detail": [issue, …]}`.
public struct ValidationFailure: Decodable, Sendable {
    public var detail: [ValidationIssue]
}
