/// The identity a request arrived with, as the user store needs it.
public struct ArrivingIdentity: Sendable, Equatable {
    public var subject: String
    public var email: String
    public var name: String
    public var picture: String?
    /// Whether a new `sub` may be attached to an existing user with the same email (the sign-in proves the address).
    public var linkByEmail: Bool
    /// Whether a new user takes the subject as its id (the dev bypass's test users) instead of a fresh `usr_` id.
    public var subjectIsUserID: Bool

    public init(subject: String, email: String, name: String, picture: String?, linkByEmail: Bool,
                subjectIsUserID: Bool = false) {
        self.subject = subject
        self.email = email
        self.name = name
        self.picture = picture
        self.linkByEmail = linkByEmail
        self.subjectIsUserID = subjectIsUserID
    }
}
