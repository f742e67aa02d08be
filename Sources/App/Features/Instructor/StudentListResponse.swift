import Storage

/// `{"students": [...]}`.
struct StudentListResponse: Codable {
    let students: [StudentEntry]
}
