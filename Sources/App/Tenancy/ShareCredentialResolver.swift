import Storage

/// Turns a presented share token into its grant (the sharing module implements it). An unknown token resolves to
/// nil: the request is then a share principal holding nothing, which the policy lets do nothing.
public protocol ShareCredentialResolver: Sendable {
    func resolve(token: String) async throws -> ShareGrant?
}
