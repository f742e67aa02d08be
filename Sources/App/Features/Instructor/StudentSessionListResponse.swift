/// `{"sessions": [...]}`.
struct StudentSessionListResponse: Encodable {
    let sessions: [StudentSessionEntry]
}
