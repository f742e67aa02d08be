import Storage

/// `{"members": [...]}`.
struct MemberListResponse: Codable {
    let members: [MemberEntry]
}
