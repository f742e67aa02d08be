/// What an authorization decision means on the wire.
public enum AccessOutcome: String, Sendable, Equatable {
    /// Go on to the handler.
    case proceed
    /// 401: the caller has no credentials and the action needs them.
    case unauthenticated
    /// 403: the caller may see the resource but not do this to it.
    case forbidden
    /// 404: the resource does not exist, or the caller may not even know it exists.
    case notFound

    /// The HTTP status for the outcome (200 stands for "the handler decides").
    public var status: Int {
        switch self {
        case .proceed: return 200
        case .unauthenticated: return 401
        case .forbidden: return 403
        case .notFound: return 404
        }
    }

    /// The one mapping from a decision to an outcome, for an existing resource:
    /// allowed → proceed; signed out (anonymous, claim holder) → 401; readable → 403; otherwise 404 so existence stays hidden.
    public static func map(principal: Principal.Kind, decision: Decision, callerMayRead: Bool) -> AccessOutcome {
        if decision.isAllowed { return .proceed }
        if principal.isSignedOut { return .unauthenticated }
        return callerMayRead ? .forbidden : .notFound
    }
}
