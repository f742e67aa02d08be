import Foundation

extension SQLOrgStore {
    public func members(_ scope: OrgScope) async throws -> [OrgMember] {
        try await database.query(
            """
            SELECT m.user_id, u.name, u.email, m.role, m.run_group, m.joined_at
            FROM org_memberships m JOIN users u ON u.id = m.user_id
            WHERE m.org_id = $1 ORDER BY m.joined_at, m.user_id
            """,
            [.text(scope.orgID)]).map(Self.member)
    }

    public func addMember(userID: String, role: OrgRole, runGroup: String?, _ scope: OrgScope) async throws -> MemberAddition {
        do {
            return try await database.transaction { db in
                guard let user = try await db.first("SELECT name, email FROM users WHERE id = $1", [.text(userID)]) else {
                    return .unknownUser
                }
                if try await db.first("SELECT 1 AS found FROM org_memberships WHERE org_id = $1 AND user_id = $2",
                                      [.text(scope.orgID), .text(userID)]) != nil {
                    return .alreadyMember
                }
                let now = Date()
                try await db.execute(
                    "INSERT INTO org_memberships (id, org_id, user_id, role, run_group, joined_at) VALUES ($1, $2, $3, $4, $5, $6)",
                    [.text(Self.newMembershipID()), .text(scope.orgID), .text(userID), .text(role.rawValue),
                     SQLValue(runGroup), .date(now)])
                return .added(OrgMember(userID: userID, name: try user.string("name"), email: try user.string("email"),
                                        role: role, runGroup: runGroup, joinedAt: now))
            }
        } catch StorageError.uniqueViolation(constraint: "org_memberships_org_id_user_id_key"?) {
            // A concurrent request added the same user first.
            return .alreadyMember
        }
    }

    public func removeMember(userID: String, _ scope: OrgScope) async throws -> MemberRemoval {
        let dialect = database.dialect
        return try await database.transaction { db in
            if dialect == .postgres {
                // Serializes membership removals per organization so two owners cannot remove each other at once.
                // (SQLite transactions are already serialized: BEGIN IMMEDIATE.)
                _ = try await db.query("SELECT id FROM organizations WHERE id = $1 FOR UPDATE", [.text(scope.orgID)])
            }
            guard let row = try await db.first("SELECT role FROM org_memberships WHERE org_id = $1 AND user_id = $2",
                                               [.text(scope.orgID), .text(userID)]) else {
                return .notMember
            }
            if try row.string("role") == OrgRole.owner.rawValue {
                let owners = try await db.query(
                    "SELECT COUNT(*) AS n FROM org_memberships WHERE org_id = $1 AND role = $2",
                    [.text(scope.orgID), .text(OrgRole.owner.rawValue)])[0].int("n")
                if owners <= 1 { return .lastOwner }
            }
            try await db.execute("DELETE FROM org_memberships WHERE org_id = $1 AND user_id = $2",
                                 [.text(scope.orgID), .text(userID)])
            return .removed
        }
    }

    public func roles(_ caller: OwnerScope) async throws -> [String: OrgRole] {
        var roles: [String: OrgRole] = [:]
        for row in try await database.query("SELECT org_id, role FROM org_memberships WHERE user_id = $1", [.text(caller.userID)]) {
            guard let role = OrgRole(rawValue: try row.string("role")) else {
                throw StorageError.decoding(column: "role", expected: "owner, instructor or student")
            }
            roles[try row.string("org_id")] = role
        }
        return roles
    }

    static func member(_ row: SQLRow) throws -> OrgMember {
        guard let role = OrgRole(rawValue: try row.string("role")) else {
            throw StorageError.decoding(column: "role", expected: "owner, instructor or student")
        }
        return OrgMember(userID: try row.string("user_id"), name: try row.string("name"), email: try row.string("email"),
                         role: role, runGroup: try row.optionalString("run_group"), joinedAt: try row.date("joined_at"))
    }
}
