@testable import App
import Storage
import TestSupport

/// Organization lists decoded for the API tests.
extension TestAPI {
    /// The members of `GET /api/orgs/{slug}/members` as the persona.
    func memberList(of slug: String, as persona: TestWorld.Persona) async throws -> [OrgMember] {
        try await members(of: slug, as: persona).decode(MemberListResponse.self).members.map(\.member)
    }

    /// The organizations of `GET /api/orgs` as the persona.
    func orgList(as persona: TestWorld.Persona) async throws -> [Organization] {
        try await organizations(as: persona).decode(OrgListResponse.self).organizations.map(\.organization)
    }

    /// The events of `GET /api/orgs/{slug}/events` as the persona.
    func eventList(of slug: String, as persona: TestWorld.Persona) async throws -> [OrgEvent] {
        try await events(of: slug, as: persona).decode(EventListResponse.self).events.map(\.event)
    }
}
