@testable import App
import TestSupport

/// The organizations world of the matrix and the API tests, built through the API itself: organization A owned by
/// `org-owner`, with `org-instructor` (instructor) and `org-student` (student, run group "B") and one event;
/// organization B owned by `other-org-owner` with one event.
struct OrgFixture {
    let slug: String
    let otherSlug: String
    let eventID: String
    let otherEventID: String
    let ownerID: String
    let instructorID: String
    let studentID: String
    let otherOwnerID: String

    /// `tag` keeps slugs unique when one test builds several worlds.
    static func make(_ api: TestAPI, tag: String = "1") async throws -> OrgFixture {
        let slug = "org-a-\(tag)"
        let otherSlug = "org-b-\(tag)"
        try await api.createOrg(slug, name: "Org A \(tag)", as: .orgOwner)
        try await api.createOrg(otherSlug, name: "Org B \(tag)", as: .otherOrgOwner)
        for (persona, role, group) in [(TestWorld.Persona.orgInstructor, "instructor", nil), (.orgStudent, "student", "B")] {
            let added = try await api.addMember(persona, role: role, runGroup: group, to: slug, as: .orgOwner)
            guard added.status == .ok else {
                throw TestWorldError(description: "adding \(persona) answered \(added.status.code): \(added.text)")
            }
        }
        let event = try await api.createEvent(in: slug, date: "2026-05-02", as: .orgOwner).decode(EventEntry.self)
        let otherEvent = try await api.createEvent(in: otherSlug, date: "2026-05-03", as: .otherOrgOwner).decode(EventEntry.self)
        return OrgFixture(
            slug: slug, otherSlug: otherSlug, eventID: event.event.id, otherEventID: otherEvent.event.id,
            ownerID: try await api.userID(.orgOwner), instructorID: try await api.userID(.orgInstructor),
            studentID: try await api.userID(.orgStudent), otherOwnerID: try await api.userID(.otherOrgOwner))
    }
}
