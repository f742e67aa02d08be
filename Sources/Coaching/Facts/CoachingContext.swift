/// Equipment and weather of a session when the caller knows them (platform.md §2.5, §4): plain optional values, so the
/// coaching module needs neither the equipment nor the weather module. Every field may be absent.
public struct CoachingContext: Sendable, Codable, Equatable {
    /// Tyre model, e.g. `Bridgestone Potenza RE-71RS`.
    public var tireModel: String?
    /// `street`, `endurance_200tw`, `super_200tw`, `100tw`, `r_comp` or `slick` (§4.1).
    public var compoundCategory: String?
    /// `dry`, `damp` or `wet` (§4.1).
    public var trackCondition: String?
    /// Air temperature (°C).
    public var ambientTempC: Double?
    /// Track surface temperature (°C).
    public var trackTempC: Double?
    /// Relative humidity (%).
    public var humidityPct: Double?

    public init(tireModel: String? = nil, compoundCategory: String? = nil, trackCondition: String? = nil,
                ambientTempC: Double? = nil, trackTempC: Double? = nil, humidityPct: Double? = nil) {
        self.tireModel = tireModel
        self.compoundCategory = compoundCategory
        self.trackCondition = trackCondition
        self.ambientTempC = ambientTempC
        self.trackTempC = trackTempC
        self.humidityPct = humidityPct
    }

    /// The context with non-finite temperatures and humidity dropped (facts never carry NaN or ±Infinity).
    var sanitized: CoachingContext {
        var c = self
        c.ambientTempC = ambientTempC.flatMap { $0.isFinite ? $0 : nil }
        c.trackTempC = trackTempC.flatMap { $0.isFinite ? $0 : nil }
        c.humidityPct = humidityPct.flatMap { $0.isFinite ? $0 : nil }
        return c
    }

    /// `true` when no field is set.
    public var isEmpty: Bool { self == CoachingContext() }
}
