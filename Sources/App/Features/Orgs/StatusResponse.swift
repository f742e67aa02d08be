/// `{"status": "added" | "removed" | "deleted"}`.
struct StatusResponse: Encodable {
    let status: String
}
