/// A sign-in the user store refuses to map onto a user.
public enum IdentityConflict: Error, Sendable, Equatable {
    /// The email belongs to an existing account and this sign-in does not prove the address, so linking it would
    /// hand that account to whoever controls the token's email claim.
    case emailHeldByAnotherAccount
}
