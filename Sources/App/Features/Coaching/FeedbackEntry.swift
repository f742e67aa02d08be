import Storage

/// `{session_id, section, rating, comment}` (platform.md §3.6).
struct FeedbackEntry: Codable, Equatable {
    var session_id: String
    var section: String
    var rating: Int
    var comment: String?

    init(session_id: String, section: String, rating: Int, comment: String?) {
        self.session_id = session_id
        self.section = section
        self.rating = rating
        self.comment = comment
    }

    init(_ feedback: SectionFeedback) {
        self.init(session_id: feedback.sessionID, section: feedback.section, rating: feedback.rating, comment: feedback.comment)
    }

    /// Writes `comment` as `null` when there is none, as the echo of the request does.
    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(session_id, forKey: .session_id)
        try container.encode(section, forKey: .section)
        try container.encode(rating, forKey: .rating)
        try container.encode(comment, forKey: .comment)
    }
}
