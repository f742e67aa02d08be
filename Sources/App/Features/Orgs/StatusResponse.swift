/// `{"status": "added" | "removed" | "deleted"}`.
struct StatusResponse: Codable {
    let status: String
}
