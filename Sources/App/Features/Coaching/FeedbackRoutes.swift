import Foundation
import Hummingbird
import Storage

/// Section feedback on coaching reports (platform.md §3.6 with the session access rule, weak point 13): the caller
/// rates sections of a session they may read, and reads back their own ratings.
enum FeedbackRoutes {
    /// Asked through `PolicyGate` for the session named in the `PUT` body.
    static let give = "coaching.feedback.give"

    static func routes(store: any CoachingFeedbackStore, located session: ResourceLocator<SessionRecord>, gate: PolicyGate,
                       clock: @escaping @Sendable () -> Date) -> [RouteSpec] {
        [
            RouteSpec(.put, "/api/coaching/feedback", on: .account, tag: "Coaching",
                      summary: "Rate a section of a session's coaching report (-1, 0 removes, 1)", docs: CoachingDocs.giveFeedback) {
                request, context, caller in
                let entry = try await FeedbackBody.read(request, context: context)
                let record = try await gate.authorized(give, session, id: entry.session_id, context)
                try await store.set(SectionFeedback(sessionID: record.sessionID, userID: caller.id, section: entry.section,
                                                    rating: entry.rating, comment: entry.comment, createdAt: clock()))
                return try JSONCoding.response(entry)
            },
            RouteSpec(.get, "/api/coaching/{session_id}/feedback", on: session, tag: "Coaching",
                      summary: "The caller's section feedback on a session", docs: CoachingDocs.feedback) { _, context, record in
                let caller = try context.requireCaller()
                let rows = try await store.feedback(sessionID: record.sessionID, userID: caller.id)
                return try JSONCoding.response(FeedbackList(feedback: rows.map(FeedbackEntry.init)))
            },
        ]
    }
}
