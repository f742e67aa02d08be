/// One car of the bundled vehicle database (`Resources/vehicles.json`, published specifications): the API's
/// `VehicleSpec`, read from the same flat JSON object, plus its slug and the aerodynamic and power-band figures the
/// physics reads.
public struct VehicleRecord: Sendable, Decodable, Equatable {
    public var slug: String
    /// The car as the vehicle routes return it.
    public var spec: VehicleSpec
    /// Drag area Cd·A (m², 0: unknown) and downforce area Cl·A (m², 0: no downforce).
    public var cd_a: Double
    public var cl_a: Double
    /// The share of peak power available on average over a lap's speed range (gearing, power band).
    public var power_band_factor: Double

    enum CodingKeys: String, CodingKey { case slug, cd_a, cl_a, power_band_factor }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        slug = try c.decode(String.self, forKey: .slug)
        spec = try VehicleSpec(from: decoder)
        cd_a = try c.decode(Double.self, forKey: .cd_a)
        cl_a = try c.decode(Double.self, forKey: .cl_a)
        power_band_factor = try c.decode(Double.self, forKey: .power_band_factor)
    }

    /// The search result shape (§4.3).
    public var summary: VehicleSummary {
        VehicleSummary(slug: slug, make: spec.make, model: spec.model, generation: spec.generation, year_range: spec.year_range,
                       hp: spec.hp, weight_kg: spec.weight_kg, drivetrain: spec.drivetrain)
    }
}
