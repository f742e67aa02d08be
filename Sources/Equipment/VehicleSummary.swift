/// `GET /api/equipment/vehicles/search` entries (platform.md §4.3).
public struct VehicleSummary: Sendable, Codable, Equatable {
    public var slug: String
    public var make: String
    public var model: String
    public var generation: String
    public var year_range: [Int]
    public var hp: Int
    public var weight_kg: Double
    public var drivetrain: String
}
