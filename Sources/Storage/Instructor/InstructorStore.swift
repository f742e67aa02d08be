import Foundation

/// Instructor–student links, invite codes and student flags (platform.md §10). Queries about an instructor's own
/// links take the instructor's `OwnerScope`; queries about one student take that student's `StudentScope`, which
/// handlers only hold after the policy engine saw an active link.
public protocol InstructorStore: Sendable {
    /// Stores a pending link and its invite (only the SHA-256 of the code), expiring `InstructorInvite.lifetime`
    /// after `now`. An instructor may hold any number of pending invites.
    func createInvite(codeHash: String, _ instructor: OwnerScope, now: Date) async throws -> InstructorInvite
    /// Accepts an invite in one transaction: single use, expiry checked, one's own invite refused, and an existing
    /// (removed or active) link between the two re-activated instead of a second link.
    func acceptInvite(codeHash: String, studentID: String, now: Date) async throws -> InviteAcceptance
    /// The instructor's actively linked students with their newest flag types, in linking order.
    func students(_ instructor: OwnerScope, recentFlags: Int) async throws -> [LinkedStudent]
    /// Marks the link to `studentID` removed (whatever its status). False when there is no such link.
    func removeLink(studentID: String, _ instructor: OwnerScope, now: Date) async throws -> Bool
    /// The students the instructor actively instructs, for the policy engine's tenancy facts.
    func activeStudentIDs(_ instructor: OwnerScope) async throws -> Set<String>
    /// Whether at least one instructor actively instructs the student (auto-flags run only then).
    func hasActiveInstructor(_ student: StudentScope) async throws -> Bool

    /// The student's newest flags, newest first.
    func flags(_ student: StudentScope, limit: Int) async throws -> [StudentFlag]
    /// The student's flags on the given sessions, newest first per session.
    func flags(sessions: [String], _ student: StudentScope) async throws -> [String: [StudentFlag]]
    /// Stores a flag an instructor wrote; a `sessionID` that is not one of the student's sessions stores nothing.
    func addManualFlag(_ flag: NewStudentFlag, createdBy instructorID: String, _ student: StudentScope) async throws -> FlagAddition
    /// Stores an auto-generated flag unless one of that type already exists for the session (nil then).
    func addAutoFlag(_ flag: NewStudentFlag, _ student: StudentScope) async throws -> StudentFlag?
    /// The student's best lap at `trackName` over sessions stored before `session` (excluding it); nil when none.
    func previousBestLap(trackName: String, before session: SessionRecord, _ student: StudentScope) async throws -> Double?
}
