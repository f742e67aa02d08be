import Storage

/// `{"members": [...]}`.
struct MemberListResponse: Encodable {
    let members: [MemberEntry]
}
