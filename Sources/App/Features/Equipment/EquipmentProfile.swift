import Foundation
import Storage

/// `EquipmentProfile` of platform.md §4.5: the stored document's fields (tyres, vehicle, brakes, suspension, overrides,
/// notes) with the row's `id`, `name` and `is_default`, in one JSON object.
struct EquipmentProfile: Encodable, Sendable, Equatable {
    var id: String
    var name: String
    var is_default: Bool
    var document: EquipmentProfileDocument

    init(_ record: EquipmentProfileRecord, _ document: EquipmentProfileDocument) {
        id = record.id
        name = record.name
        is_default = record.isDefault
        self.document = document
    }

    enum CodingKeys: String, CodingKey { case id, name, is_default }

    func encode(to encoder: any Encoder) throws {
        try document.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(name, forKey: .name)
        try c.encode(is_default, forKey: .is_default)
    }
}
