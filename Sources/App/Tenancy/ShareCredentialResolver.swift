import Storage

/// What a share token grants: the link it belongs to and the session that link publishes, as loaded once by the
/// tenancy stage (the `share_link` locator reuses it instead of looking the token up again).
public struct ShareGrant: Sendable, Equatable {
    public var shared: SharedSession

    public var linkID: String { shared.link.id }
    public var sessionID: String { shared.session.sessionID }
}

/// Turns a presented share token into its grant (the sharing module implements it). An unknown token resolves to
/// nil: the request is then a share principal holding nothing, which the policy lets do nothing.
public protocol ShareCredentialResolver: Sendable {
    func resolve(token: String) async throws -> ShareGrant?
}
