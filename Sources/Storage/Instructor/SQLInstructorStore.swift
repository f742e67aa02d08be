import Foundation

/// `InstructorStore` on any `SQLDatabase` (SQLite or PostgreSQL).
public struct SQLInstructorStore: InstructorStore {
    let database: any SQLDatabase

    public init(database: any SQLDatabase) { self.database = database }

    public func createInvite(codeHash: String, _ instructor: OwnerScope, now: Date) async throws -> InstructorInvite {
        let invite = InstructorInvite(linkID: UUID().uuidString.lowercased(), instructorID: instructor.userID,
                                      createdAt: now, expiresAt: now.addingTimeInterval(InstructorInvite.lifetime))
        try await database.transaction { db in
            try await db.execute(
                """
                INSERT INTO instructor_links (id, instructor_id, student_id, status, created_at, linked_at, updated_at)
                VALUES ($1, $2, NULL, $3, $4, NULL, $4)
                """,
                [.text(invite.linkID), .text(instructor.userID), .text(LinkStatus.pending.rawValue), .date(now)])
            try await db.execute(
                """
                INSERT INTO instructor_invites (code_hash, link_id, instructor_id, created_at, expires_at, used_at)
                VALUES ($1, $2, $3, $4, $5, NULL)
                """,
                [.text(codeHash), .text(invite.linkID), .text(instructor.userID), .date(now), .date(invite.expiresAt)])
        }
        return invite
    }

    public func acceptInvite(codeHash: String, studentID: String, now: Date) async throws -> InviteAcceptance {
        do {
            return try await database.transaction { db in try await Self.accept(codeHash, studentID, now, db) }
        } catch StorageError.uniqueViolation(constraint: "instructor_links_instructor_id_student_id_key"?) {
            // A concurrent accept linked the same pair first; this invite was rolled back and stays usable once.
            return try await database.transaction { db in try await Self.accept(codeHash, studentID, now, db) }
        }
    }

    private static func accept(_ codeHash: String, _ studentID: String, _ now: Date, _ db: any SQLExecutor) async throws -> InviteAcceptance {
        guard let invite = try await db.first(
            "SELECT link_id, instructor_id, expires_at, used_at FROM instructor_invites WHERE code_hash = $1", [.text(codeHash)])
        else { return .invalid }
        guard try invite.optionalDate("used_at") == nil, try invite.date("expires_at") > now else { return .invalid }
        let instructorID = try invite.string("instructor_id")
        if instructorID == studentID { return .ownInvite }
        // Claims the code; a concurrent accept that got here first leaves no row to update.
        let claimed = try await db.query(
            "UPDATE instructor_invites SET used_at = $2 WHERE code_hash = $1 AND used_at IS NULL RETURNING link_id",
            [.text(codeHash), .date(now)])
        guard !claimed.isEmpty else { return .invalid }
        let pendingLinkID = try invite.string("link_id")
        if let existing = try await db.first(
            "SELECT id FROM instructor_links WHERE instructor_id = $1 AND student_id = $2", [.text(instructorID), .text(studentID)]) {
            try await db.execute(
                "UPDATE instructor_links SET status = $2, linked_at = $3, updated_at = $3 WHERE id = $1",
                [.text(try existing.string("id")), .text(LinkStatus.active.rawValue), .date(now)])
            try await db.execute("DELETE FROM instructor_links WHERE id = $1 AND status = $2",
                                 [.text(pendingLinkID), .text(LinkStatus.pending.rawValue)])
        } else {
            try await db.execute(
                "UPDATE instructor_links SET student_id = $2, status = $3, linked_at = $4, updated_at = $4 WHERE id = $1",
                [.text(pendingLinkID), .text(studentID), .text(LinkStatus.active.rawValue), .date(now)])
        }
        return .linked(instructorID: instructorID)
    }

    public func students(_ instructor: OwnerScope, recentFlags: Int) async throws -> [LinkedStudent] {
        let rows = try await database.query(
            """
            SELECT l.student_id, u.name, u.email, u.avatar_url, l.linked_at
            FROM instructor_links l JOIN users u ON u.id = l.student_id
            WHERE l.instructor_id = $1 AND l.status = $2 ORDER BY l.linked_at, l.student_id
            """,
            [.text(instructor.userID), .text(LinkStatus.active.rawValue)])
        var students: [LinkedStudent] = []
        for row in rows {
            let id = try row.string("student_id")
            let types = try await flags(StudentScope(studentID: id), limit: recentFlags).map(\.type)
            students.append(LinkedStudent(
                studentID: id, name: try row.string("name"), email: try row.string("email"),
                avatarURL: try row.optionalString("avatar_url"), linkedAt: try row.date("linked_at"), recentFlags: types))
        }
        return students
    }

    public func removeLink(studentID: String, _ instructor: OwnerScope, now: Date) async throws -> Bool {
        try await database.transaction { db in
            !(try await db.query(
                "UPDATE instructor_links SET status = $3, updated_at = $4 WHERE instructor_id = $1 AND student_id = $2 RETURNING id",
                [.text(instructor.userID), .text(studentID), .text(LinkStatus.removed.rawValue), .date(now)]).isEmpty)
        }
    }

    public func activeStudentIDs(_ instructor: OwnerScope) async throws -> Set<String> {
        Set(try await database.query(
            "SELECT student_id FROM instructor_links WHERE instructor_id = $1 AND status = $2",
            [.text(instructor.userID), .text(LinkStatus.active.rawValue)]).map { try $0.string("student_id") })
    }

    public func hasActiveInstructor(_ student: StudentScope) async throws -> Bool {
        try await database.first("SELECT 1 AS found FROM instructor_links WHERE student_id = $1 AND status = $2",
                                 [.text(student.studentID), .text(LinkStatus.active.rawValue)]) != nil
    }
}
