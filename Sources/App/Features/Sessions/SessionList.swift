/// `GET /api/sessions`.
struct SessionList: Encodable {
    var items: [SessionSummary]
    var total: Int
}
