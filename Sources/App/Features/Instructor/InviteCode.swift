/// Invite codes: 8 random bytes (64 bits), 11 characters of `[A-Za-z0-9_-]`. Only the SHA-256 of a code is stored.
enum InviteCode {
    static let byteCount = 8
    static let length = 11
    /// The 404 detail for an unknown, used or expired code.
    static let invalidDetail = "Invalid or expired invite code"

    static func make() -> String { SecretToken.make(byteCount: byteCount) }

    /// Hex SHA-256 of the code, the form the store keeps.
    static func hash(_ code: String) -> String { SecretToken.hash(code) }

    /// Whether the text could be a code at all (anything else is answered 404 without a lookup).
    static func isWellFormed(_ code: String) -> Bool { SecretToken.isWellFormed(code, length: length) }
}
