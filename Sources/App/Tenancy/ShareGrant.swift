import Storage

/// What a share token grants: the link it belongs to and the session that link publishes, as loaded once by the
/// tenancy stage (the `share_link` locator reuses it instead of looking the token up again).
public struct ShareGrant: Sendable, Equatable {
    public var shared: SharedSession

    public var linkID: String { shared.link.id }
    public var sessionID: String { shared.session.sessionID }
}
