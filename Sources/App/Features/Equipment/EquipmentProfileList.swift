/// `GET /api/equipment/profiles`: `{"items": […], "total": n}`.
struct EquipmentProfileList: Encodable, Sendable {
    var items: [EquipmentProfile]
    var total: Int
}
