/// `GET /api/admin/me`.
struct AdminIdentity: Encodable {
    var email: String
    var name: String
}
