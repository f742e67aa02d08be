import Policy
import Storage

extension SessionRecord {
    /// What the policy sees of a session: its id and owner.
    var facts: ResourceFacts { ResourceFacts(kind: "session", id: sessionID, ownerID: ownerID, isDemo: ownerID == DemoUser.id) }
}
