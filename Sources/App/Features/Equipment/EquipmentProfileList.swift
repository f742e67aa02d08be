/// `GET /api/equipment/profiles`: `{"items": […], "total": n}`.
struct EquipmentProfileList: Codable, Sendable {
    var items: [EquipmentProfile]
    var total: Int
}
