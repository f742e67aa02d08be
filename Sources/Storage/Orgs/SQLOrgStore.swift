import Foundation

/// `OrgStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLOrgStore: OrgStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    static let columns = """
        o.id, o.name, o.slug, o.logo_url, o.brand_color, o.created_at,
        (SELECT COUNT(*) FROM org_memberships c WHERE c.org_id = o.id) AS member_count
        """

    /// Attempts at a fresh random id before a primary-key collision is reported as an error.
    static let idAttempts = 3

    public func create(_ organization: NewOrganization, ownerID: String) async throws -> OrgCreation {
        for attempt in 1...Self.idAttempts {
            let id = Self.newPublicID()
            let now = Date()
            do {
                try await database.transaction { db in
                    try await db.execute(
                        """
                        INSERT INTO organizations (id, name, slug, logo_url, brand_color, created_at)
                        VALUES ($1, $2, $3, $4, $5, $6)
                        """,
                        [.text(id), .text(organization.name), .text(organization.slug), SQLValue(organization.logoURL),
                         SQLValue(organization.brandColor), .date(now)])
                    try await db.execute(
                        "INSERT INTO org_memberships (id, org_id, user_id, role, run_group, joined_at) VALUES ($1, $2, $3, $4, NULL, $5)",
                        [.text(Self.newMembershipID()), .text(id), .text(ownerID), .text(OrgRole.owner.rawValue), .date(now)])
                }
            } catch StorageError.uniqueViolation(constraint: "organizations_slug_key"?) {
                return .slugTaken
            } catch StorageError.uniqueViolation(constraint: "organizations_pkey"?) where attempt < Self.idAttempts {
                continue
            }
            guard let created = try await locate(slug: organization.slug) else { throw StorageError.notFound }
            return .created(created)
        }
        throw StorageError.uniqueViolation(constraint: "organizations_pkey")
    }

    public func locate(slug: String) async throws -> Organization? {
        try await database.first("SELECT \(Self.columns) FROM organizations o WHERE o.slug = $1", [.text(slug)])
            .map(Self.organization)
    }

    public func organizations(_ caller: OwnerScope) async throws -> [Organization] {
        try await database.query(
            """
            SELECT \(Self.columns) FROM organizations o JOIN org_memberships m ON m.org_id = o.id
            WHERE m.user_id = $1 ORDER BY o.created_at, o.slug
            """,
            [.text(caller.userID)]).map(Self.organization)
    }

    public func update(_ changes: OrganizationChanges, _ scope: OrgScope) async throws -> Organization? {
        var set = SQLAssignments(after: [.text(scope.orgID)])
        set.set("name", changes.name) { .text($0) }
        set.set("logo_url", changes.logoURL) { SQLValue($0) }
        set.set("brand_color", changes.brandColor) { SQLValue($0) }
        if !set.isEmpty {
            try await database.execute("UPDATE organizations SET \(set.sql) WHERE id = $1", set.binds)
        }
        return try await database.first("SELECT \(Self.columns) FROM organizations o WHERE o.id = $1", [.text(scope.orgID)])
            .map(Self.organization)
    }

    public func delete(_ scope: OrgScope) async throws -> Bool {
        try await database.transaction { db in
            !(try await db.query("DELETE FROM organizations WHERE id = $1 RETURNING id", [.text(scope.orgID)]).isEmpty)
        }
    }

    static func organization(_ row: SQLRow) throws -> Organization {
        Organization(
            id: try row.string("id"), name: try row.string("name"), slug: try row.string("slug"),
            logoURL: try row.optionalString("logo_url"), brandColor: try row.optionalString("brand_color"),
            createdAt: try row.date("created_at"), memberCount: Int(try row.int("member_count")))
    }

    /// Organization and event ids: the first 12 characters of a random UUID (platform.md §11.1), e.g. `1b4e28ba-2fa`.
    static func newPublicID() -> String { String(UUID().uuidString.lowercased().prefix(12)) }

    /// Membership ids never leave the database; a whole random UUID.
    static func newMembershipID() -> String { UUID().uuidString.lowercased() }
}
