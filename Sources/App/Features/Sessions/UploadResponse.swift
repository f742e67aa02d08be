/// `POST /api/sessions/upload`: the accepted ids, a summary message and each file's outcome.
struct UploadResponse: Codable {
    var session_ids: [String]
    var message: String
    var newly_unlocked: [String]
    var files: [UploadFileResult]
}
