import Storage

/// `{"organizations": [OrgSummary]}`.
struct OrgListResponse: Encodable {
    let organizations: [OrgSummary]
}
