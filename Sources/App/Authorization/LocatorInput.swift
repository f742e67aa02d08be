import Policy
import Storage

/// What a locator gets: the path parameter value (if the binding names one) and the caller.
public struct LocatorInput: Sendable {
    public var id: String?
    public var principal: Principal
    public var user: UserAccount?
    /// The share principal's grant, already loaded by the tenancy stage.
    public var shareGrant: ShareGrant?
}
