import Crypto
import Equipment
import Weather
import Foundation
import Storage

/// Equipment profiles and session equipment without HTTP (platform.md §4.5, §4.6). Every change that can alter a
/// session's physics goes through `SessionService.inputsChanged` (cached analysis dropped, reports stale).
struct EquipmentService: Sendable {
    let store: any EquipmentStore
    let sessions: SessionService
    let clock: @Sendable () -> Date

    /// `eq_` + 12 random lowercase hex characters.
    static func newID() -> String {
        "eq_" + (0..<6).map { _ in String(format: "%02x", UInt8.random(in: 0...255)) }.joined()
    }

    func profiles(ownerID: String) async throws -> [EquipmentProfile] {
        try await store.profiles(ownerID: ownerID).compactMap(Self.profile)
    }

    func create(_ body: EquipmentProfileBody, ownerID: String) async throws -> EquipmentProfile {
        let now = clock()
        let record = EquipmentProfileRecord(id: Self.newID(), ownerID: ownerID, name: body.name.trimmingCharacters(in: .whitespacesAndNewlines),
                                            documentJSON: body.document.json, isDefault: body.is_default ?? false,
                                            createdAt: now, updatedAt: now)
        try await store.save(record)
        return EquipmentProfile(record, body.document)
    }

    /// Full replacement of an authorized profile; the sessions using it are re-analysed.
    func replace(_ existing: EquipmentProfileRecord, with body: EquipmentProfileBody) async throws -> EquipmentProfile {
        var record = existing
        record.name = body.name.trimmingCharacters(in: .whitespacesAndNewlines)
        record.documentJSON = body.document.json
        record.isDefault = body.is_default ?? false
        record.updatedAt = clock()
        try await store.save(record)
        await sessions.inputsChanged(try await store.sessions(usingProfile: record.id))
        return EquipmentProfile(record, body.document)
    }

    func delete(_ profile: EquipmentProfileRecord) async throws {
        await sessions.inputsChanged(try await store.delete(profileID: profile.id))
    }

    /// Assigns an authorized profile to an authorized session.
    func assign(_ profile: EquipmentProfileRecord, to session: SessionRecord, overrides: [String: Double],
                conditions: SessionWeather?) async throws -> SessionEquipmentResponse {
        let assignment = SessionEquipmentRecord(
            sessionID: session.sessionID, profileID: profile.id,
            overridesJSON: String(decoding: try JSONCoding.encoder.encode(overrides), as: UTF8.self),
            conditionsJSON: try conditions.map { String(decoding: try JSONCoding.encoder.encode($0), as: UTF8.self) },
            assignedAt: clock())
        try await store.assign(assignment)
        await sessions.inputsChanged([session.sessionID])
        return try await equipment(of: session)
    }

    /// The inline setup: a new `Track Day Setup` profile of the caller, assigned to the session.
    func assignInline(_ body: InlineEquipmentBody, to session: SessionRecord, ownerID: String) async throws -> SessionEquipmentResponse {
        let now = clock()
        let profile = EquipmentProfileRecord(id: Self.newID(), ownerID: ownerID, name: "Track Day Setup", documentJSON: body.document.json,
                                             isDefault: false, createdAt: now, updatedAt: now)
        try await store.save(profile)
        return try await assign(profile, to: session, overrides: [:], conditions: nil)
    }

    /// The session's equipment; 404 without an assignment (or when its profile is gone).
    func equipment(of session: SessionRecord) async throws -> SessionEquipmentResponse {
        guard let (assignment, profile) = try await store.equipment(sessionID: session.sessionID),
              let document = EquipmentProfileDocument.decode(profile.documentJSON) else {
            throw AppError.notFound("No equipment assigned to session \(session.sessionID)")
        }
        return SessionEquipmentResponse(assignment, profile, document)
    }

    static func profile(_ record: EquipmentProfileRecord) -> EquipmentProfile? {
        EquipmentProfileDocument.decode(record.documentJSON).map { EquipmentProfile(record, $0) }
    }
}
