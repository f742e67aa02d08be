import Foundation
import Logging

/// `UserStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLUserStore: UserStore {
    let database: any SQLDatabase
    let logger: Logger

    public init(database: any SQLDatabase, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    static let columns = "u.id, u.email, u.name, u.avatar_url, u.skill_level, u.role, u.leaderboard_opt_in, u.created_at"

    public func ensureUser(_ identity: ArrivingIdentity) async throws -> UserAccount {
        do {
            return try await ensureOnce(identity)
        } catch StorageError.uniqueViolation {
            // A concurrent first request created the same user or mapping; the second attempt finds it.
            return try await ensureOnce(identity)
        }
    }

    private func ensureOnce(_ identity: ArrivingIdentity) async throws -> UserAccount {
        let email = identity.email.lowercased()
        // The common case on every request: a known subject whose profile is unchanged needs no transaction.
        if let row = try await database.cachedQuery(
            "SELECT \(Self.columns) FROM auth_subjects s JOIN users u ON u.id = s.user_id WHERE s.sub = $1",
            [.text(identity.subject)]).first {
            let account = try Self.account(row)
            if account.name == identity.name, account.email == email,
               identity.picture == nil || identity.picture == account.avatarURL {
                return account
            }
        }
        let logger = self.logger
        return try await database.transaction { db in
            let mapped = try await db.query(
                "SELECT \(Self.columns) FROM auth_subjects s JOIN users u ON u.id = s.user_id WHERE s.sub = $1",
                [.text(identity.subject)])
            if let row = mapped.first {
                return try await Self.refreshProfile(try Self.account(row), identity: identity, email: email, db: db)
            }
            if let row = try await db.query("SELECT \(Self.columns) FROM users u WHERE u.email = $1", [.text(email)]).first {
                // Weak point 12: only a sign-in that proves its email may join the account holding it.
                guard identity.linkByEmail else { throw IdentityConflict.emailHeldByAnotherAccount }
                let existing = try Self.account(row)
                try await db.execute("INSERT INTO auth_subjects (sub, user_id, created_at) VALUES ($1, $2, $3)",
                                     [.text(identity.subject), .text(existing.id), .date(Date())])
                logger.notice("linked a new identity subject to an existing user by email", metadata: ["user_id": "\(existing.id)"])
                return try await Self.refreshProfile(existing, identity: identity, email: email, db: db)
            }
            let id = identity.subjectIsUserID ? identity.subject : Self.newUserID()
            let now = Date()
            try await db.execute(
                """
                INSERT INTO users (id, email, name, avatar_url, skill_level, role, leaderboard_opt_in, created_at, updated_at)
                VALUES ($1, $2, $3, $4, 'intermediate', 'driver', $5, $6, $6)
                """,
                [.text(id), .text(email), .text(identity.name), identity.picture.map(SQLValue.text) ?? .null, .bool(false), .date(now)])
            try await db.execute("INSERT INTO auth_subjects (sub, user_id, created_at) VALUES ($1, $2, $3)",
                                 [.text(identity.subject), .text(id), .date(now)])
            logger.info("created user", metadata: ["user_id": "\(id)"])
            return UserAccount(id: id, email: email, name: identity.name, avatarURL: identity.picture,
                               skillLevel: .intermediate, role: .driver, leaderboardOptIn: false, createdAt: now)
        }
    }

    /// Name and email follow the token; the avatar only when the token carries one.
    private static func refreshProfile(
        _ account: UserAccount, identity: ArrivingIdentity, email: String, db: any SQLExecutor
    ) async throws -> UserAccount {
        var updated = account
        updated.name = identity.name
        if let picture = identity.picture { updated.avatarURL = picture }
        if email != account.email, try await db.query("SELECT 1 FROM users WHERE email = $1", [.text(email)]).isEmpty {
            updated.email = email
        }
        guard updated != account else { return account }
        try await db.execute("UPDATE users SET name = $1, email = $2, avatar_url = $3, updated_at = $4 WHERE id = $5",
                             [.text(updated.name), .text(updated.email), updated.avatarURL.map(SQLValue.text) ?? .null,
                              .date(Date()), .text(account.id)])
        return updated
    }

    public func ensureDemoUser(now: Date) async throws -> UserAccount {
        try await database.execute(
            """
            INSERT INTO users (id, email, name, skill_level, role, leaderboard_opt_in, created_at, updated_at)
            VALUES ($1, $2, $3, $4, $5, $6, $7, $7) ON CONFLICT (id) DO NOTHING
            """, [.text(DemoUser.id), .text(DemoUser.email), .text(DemoUser.name), .text(SkillLevel.intermediate.rawValue),
                  .text(PlatformRole.driver.rawValue), .bool(false), .date(now)])
        guard let user = try await user(id: DemoUser.id) else { throw StorageError.other("the demo user could not be created") }
        return user
    }

    public func user(id: String) async throws -> UserAccount? {
        try await database.query("SELECT \(Self.columns) FROM users u WHERE u.id = $1", [.text(id)]).first.map(Self.account)
    }

    public func user(email: String) async throws -> UserAccount? {
        try await database.query("SELECT \(Self.columns) FROM users u WHERE u.email = $1", [.text(email.lowercased())])
            .first.map(Self.account)
    }

    public func updateSkillLevel(userID: String, to level: SkillLevel) async throws -> UserAccount? {
        try await database.execute("UPDATE users SET skill_level = $1, updated_at = $2 WHERE id = $3",
                                   [.text(level.rawValue), .date(Date()), .text(userID)])
        return try await user(id: userID)
    }

    public func setRole(email: String, to role: PlatformRole) async throws -> UserAccount? {
        try await database.execute("UPDATE users SET role = $1, updated_at = $2 WHERE email = $3",
                                   [.text(role.rawValue), .date(Date()), .text(email.lowercased())])
        return try await user(email: email)
    }

    public func setRole(userID: String, to role: PlatformRole) async throws -> UserAccount? {
        try await database.execute("UPDATE users SET role = $1, updated_at = $2 WHERE id = $3",
                                   [.text(role.rawValue), .date(Date()), .text(userID)])
        return try await user(id: userID)
    }

    static func account(_ row: SQLRow) throws -> UserAccount {
        UserAccount(
            id: try row.string("id"), email: try row.string("email"), name: try row.string("name"),
            avatarURL: try row.optionalString("avatar_url"),
            skillLevel: SkillLevel(rawValue: try row.string("skill_level")) ?? .intermediate,
            role: PlatformRole(rawValue: try row.string("role")) ?? .driver,
            leaderboardOptIn: try row.bool("leaderboard_opt_in"), createdAt: try row.date("created_at"))
    }

    static func newUserID() -> String { "usr_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "") }
}
