import Storage

/// `{"students": [...]}`.
struct StudentListResponse: Encodable {
    let students: [StudentEntry]
}
