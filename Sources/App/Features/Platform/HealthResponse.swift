/// `GET /health`.
struct HealthResponse: Codable {
    var status: String
    var db: String
}
