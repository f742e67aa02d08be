/// The acknowledgement body of a write, in the shapes the API reference fixes: `{"status": "added"}`
/// (organizations, instructor links) or `{"message": "Session abc deleted"}` (sessions, share links); deletes carry
/// both (`"status": "deleted"` beside the message), the shape the web client declares.
struct StatusResponse: Codable, Equatable {
    var status: String?
    var message: String?

    init(status: String) { self.status = status }
    init(message: String) { self.message = message }

    /// A delete's answer: the message and `"status": "deleted"`.
    static func deleted(_ message: String) -> StatusResponse {
        var response = StatusResponse(message: message)
        response.status = "deleted"
        return response
    }
}
