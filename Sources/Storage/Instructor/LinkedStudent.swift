import Foundation

/// An actively linked student as the instructor's list shows them.
public struct LinkedStudent: Sendable, Equatable {
    public var studentID: String
    public var name: String
    public var email: String
    public var avatarURL: String?
    /// When the student accepted (or was re-linked).
    public var linkedAt: Date
    /// The student's newest flag types, newest first.
    public var recentFlags: [FlagType]

    public init(studentID: String, name: String, email: String, avatarURL: String?, linkedAt: Date, recentFlags: [FlagType]) {
        self.studentID = studentID
        self.name = name
        self.email = email
        self.avatarURL = avatarURL
        self.linkedAt = linkedAt
        self.recentFlags = recentFlags
    }
}
