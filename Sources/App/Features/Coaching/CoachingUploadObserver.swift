import Coaching
import Storage

/// Writes (or queues) the report of each newly uploaded session at its owner's skill level.
struct CoachingUploadObserver: SessionStoredObserver {
    let pipeline: CoachingPipeline
    let users: any UserStore

    func sessionStored(_ stored: StoredSession) async throws {
        guard !stored.duplicate, let owner = stored.record.ownerID, let account = try await users.user(id: owner) else { return }
        try await pipeline.sessionStored(stored, ownerSkill: CoachingSkill(rawValue: account.skillLevel.rawValue) ?? .intermediate)
    }
}
