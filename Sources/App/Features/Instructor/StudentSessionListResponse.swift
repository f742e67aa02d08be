/// `{"sessions": [...]}`.
struct StudentSessionListResponse: Codable {
    let sessions: [StudentSessionEntry]
}
