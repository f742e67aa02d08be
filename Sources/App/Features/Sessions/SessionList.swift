/// `GET /api/sessions`.
struct SessionList: Codable {
    var items: [SessionSummary]
    var total: Int
}
