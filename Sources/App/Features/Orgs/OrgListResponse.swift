import Storage

/// `{"organizations": [OrgSummary]}`.
struct OrgListResponse: Codable {
    let organizations: [OrgSummary]
}
