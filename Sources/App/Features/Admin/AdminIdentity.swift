/// `GET /api/admin/me`.
struct AdminIdentity: Codable {
    var email: String
    var name: String
}
