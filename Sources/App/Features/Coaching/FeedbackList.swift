/// `GET /api/coaching/{id}/feedback`: the caller's feedback on the session.
struct FeedbackList: Codable {
    var feedback: [FeedbackEntry]
}
