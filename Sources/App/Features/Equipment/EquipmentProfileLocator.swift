import Policy
import Storage

extension ResourceLocator where Record == EquipmentProfileRecord {
    /// `equipment_profile`: one profile by id (facts owner = its owner; a legacy profile without one is nobody's).
    static func equipmentProfile(_ store: any EquipmentStore) -> Self {
        Self(kind: "equipment_profile", notFoundDetail: { "Profile \($0 ?? "") not found" }) { input in
            guard let id = input.id, let record = try await store.locate(profileID: id) else { return nil }
            return Located(facts: ResourceFacts(kind: "equipment_profile", id: record.id, ownerID: record.ownerID), record: record)
        }
    }
}
