import Hummingbird
import Policy
import Storage

/// Instructor links, invite codes and student flags (platform.md §10.3). Access is decided by the policy engine
/// before a handler runs: the caller's own links hang off their `account` (instructor actions need
/// `platform_role[instructor]`), and every `/students/{student_id}/…` route acts on kind `student`, which needs an
/// active link (`instructs_student`).
enum InstructorRoutes {
    /// `recent_flags` per student in the list.
    static let recentFlagsPerStudent = 20
    /// Sessions in `GET …/students/{student_id}/sessions`.
    static let sessionsPerStudent = 20
    /// Flags in `GET …/students/{student_id}/flags`.
    static let flagsPerStudent = 50

    static func routes(store: any InstructorStore, sessions: any SessionStore) -> [RouteSpec] {
        linkRoutes(store: store) + studentRoutes(store: store, sessions: sessions)
    }
}
