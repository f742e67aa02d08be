import Storage

/// `POST /api/orgs` body `{name, slug, logo_url?, brand_color?}`.
struct CreateOrgRequest {
    let organization: NewOrganization

    init(_ body: JSONBody) throws {
        let name = try OrgText.required("name", in: body)
        let slug = try body.requiredString("slug")
        if let problem = OrgSlug.problem(slug) { throw AppError.validation([problem]) }
        organization = NewOrganization(name: name, slug: slug, logoURL: try body.optionalString("logo_url"),
                                       brandColor: try body.optionalString("brand_color"))
    }
}
