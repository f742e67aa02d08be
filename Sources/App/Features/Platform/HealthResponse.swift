/// `GET /health`.
struct HealthResponse: Encodable {
    var status: String
    var db: String
}
