import Foundation
import Storage

/// On upload, the owner's default profile is assigned to each new session that has none (platform.md §4.5).
struct DefaultEquipmentObserver: SessionStoredObserver {
    let store: any EquipmentStore
    let clock: @Sendable () -> Date

    func sessionStored(_ stored: StoredSession) async throws {
        guard !stored.duplicate, let owner = stored.record.ownerID, let profile = try await store.defaultProfile(ownerID: owner) else { return }
        _ = try await store.assignIfNone(SessionEquipmentRecord(sessionID: stored.record.sessionID, profileID: profile.id,
                                                                overridesJSON: "{}", conditionsJSON: nil, assignedAt: clock()))
    }
}
