/// One earlier message of a chat as an answerer sees it: `user` or `assistant`, and its text.
public struct ChatTurn: Sendable, Codable, Equatable {
    public var role: String
    public var content: String

    public init(role: String, content: String) {
        self.role = role
        self.content = content
    }
}
