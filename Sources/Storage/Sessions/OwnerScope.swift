/// Whose data a query may touch. Every tenant query takes one; there is no unscoped listing.
public struct OwnerScope: Sendable, Equatable {
    public let userID: String
    public init(userID: String) { self.userID = userID }
}
