@testable import App
import Storage
import TestSupport

/// Typed reads of organization lists for the API tests.
extension TestAPI {
    /// The members of `GET /api/orgs/{slug}/members` as the persona.
    func members(of slug: String, as persona: TestWorld.Persona) async throws -> [OrgMember] {
        try await send(.get, "/api/orgs/\(slug)/members", as: persona).decode(MemberListResponse.self).members.map(\.member)
    }

    /// The organizations of `GET /api/orgs` as the persona.
    func organizations(as persona: TestWorld.Persona) async throws -> [Organization] {
        try await send(.get, "/api/orgs", as: persona).decode(OrgListResponse.self).organizations.map(\.organization)
    }

    /// The events of `GET /api/orgs/{slug}/events` as the persona.
    func events(of slug: String, as persona: TestWorld.Persona) async throws -> [OrgEvent] {
        try await send(.get, "/api/orgs/\(slug)/events", as: persona).decode(EventListResponse.self).events.map(\.event)
    }
}
