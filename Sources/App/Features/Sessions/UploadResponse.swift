/// `POST /api/sessions/upload`: the accepted ids, a summary message and each file's outcome.
struct UploadResponse: Codable {
    var session_ids: [String]
    var message: String
    var newly_unlocked: [String]
    var files: [UploadFileResult]
    /// A signed-out visitor's upload only: session id → the token that claims it once they sign in.
    var claim_tokens: [String: String]?
}
