import Foundation

/// One member of an organization, with the user's name and email for listings.
public struct OrgMember: Sendable, Equatable {
    public var userID: String
    public var name: String
    public var email: String
    public var role: OrgRole
    public var runGroup: String?
    public var joinedAt: Date

    public init(userID: String, name: String, email: String, role: OrgRole, runGroup: String?, joinedAt: Date) {
        self.userID = userID
        self.name = name
        self.email = email
        self.role = role
        self.runGroup = runGroup
        self.joinedAt = joinedAt
    }
}
