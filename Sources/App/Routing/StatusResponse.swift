/// The acknowledgement body of a write, in the two shapes the API reference fixes: `{"status": "added"}`
/// (organizations, instructor links) or `{"message": "Session abc deleted"}` (sessions, share links).
struct StatusResponse: Codable, Equatable {
    var status: String?
    var message: String?

    init(status: String) { self.status = status }
    init(message: String) { self.message = message }
}
