import Storage

/// `PATCH /api/orgs/{slug}` body `{name?, logo_url?, brand_color?}`: absent fields stay; null clears logo and color.
struct UpdateOrgRequest {
    let changes: OrganizationChanges

    init(_ body: JSONBody) throws {
        var changes = OrganizationChanges()
        if try body.contains("name") { changes.name = .set(try OrgText.required("name", in: body)) }
        if try body.contains("logo_url") { changes.logoURL = .set(try body.optionalString("logo_url")) }
        if try body.contains("brand_color") { changes.brandColor = .set(try body.optionalString("brand_color")) }
        self.changes = changes
    }
}
