import Storage

/// API-description entries of the organization routes.
enum OrgDocs {
    /// Text the databases can store: no NUL characters.
    static let text = JSONSchema.string(pattern: "^[^\\u0000]*$")
    /// Required text with at least one non-blank character (`OrgText.required`).
    static let nonBlank = JSONSchema.string(pattern: "^[^\\u0000]*[^\\s\\u0000][^\\u0000]*$")
    static let slug = JSONSchema.string(minLength: OrgSlug.minLength, maxLength: OrgSlug.maxLength, pattern: OrgSlug.pattern)
    /// `EventDate`: an ISO-8601 date or date-time.
    static let eventDate = JSONSchema.anyOf([JSONSchema.string.format("date"), JSONSchema.string.format("date-time")])

    static let summary = JSONSchema.object([
        "id": .string, "name": .string, "slug": .string, "logo_url": JSONSchema.string.nullable,
        "brand_color": JSONSchema.string.nullable, "member_count": .integer,
    ])
    static let member = JSONSchema.object([
        "user_id": .string, "name": .string, "email": .string, "role": .oneOf(OrgRole.allCases.map(\.rawValue)),
        "run_group": JSONSchema.string.nullable, "joined_at": .timestamp,
    ])
    static let event = JSONSchema.object([
        "id": .string, "org_id": .string, "name": .string, "track_name": .string, "event_date": .string,
        "run_groups": JSONSchema.array(.string).nullable,
    ])
    static let status = JSONSchema.object(["status": .string])

    static let list = RouteDocs(.user, .json(.object(["organizations": .array(summary)])))
    static let create = RouteDocs(.user, .json(summary), errors: [409], body: .json(.object(
        ["name": nonBlank, "slug": slug], optional: ["logo_url": text.nullable, "brand_color": text.nullable])))
    static let read = RouteDocs(.open, .json(summary))
    /// An empty or `null` body changes nothing.
    static let update = RouteDocs(.user, .json(summary), body: .json(JSONSchema.object(
        [:], optional: ["name": nonBlank, "logo_url": text.nullable, "brand_color": text.nullable]).nullable, required: false))
    static let delete = RouteDocs(.user, .json(status))
    static let members = RouteDocs(.user, .json(.object(["members": .array(member)])))
    static let addMember = RouteDocs(.user, .json(status), errors: [409], body: .json(.object(
        ["user_id": text],
        optional: ["role": JSONSchema.oneOf(OrgRole.allCases.map(\.rawValue) + ["member"]).nullable, "run_group": text.nullable])))
    static let removeMember = RouteDocs(.user, .json(status), errors: [409])
    static let createEvent = RouteDocs(.user, .json(event), body: .json(.object(
        ["name": nonBlank, "track_name": nonBlank, "event_date": eventDate],
        optional: ["run_groups": JSONSchema.array(text).nullable])))
    static let events = RouteDocs(.user, .json(.object(["events": .array(event)])))
    static let deleteEvent = RouteDocs(.user, .json(status))
}
