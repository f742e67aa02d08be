import TelemetryCore

/// A tyre as drivers record it (platform.md §4.2 `TireSpec`); optional fields are written as `null`.
public struct TireSpec: Sendable, Codable, Equatable {
    public var model: String
    public var compound_category: CompoundCategory
    public var size: String
    @Nullable public var treadwear_rating: Int?
    public var estimated_mu: Double
    public var mu_source: MuSource
    public var mu_confidence: String
    @OptionalNumber public var pressure_psi: Double?
    @Nullable public var brand: String?
    @Nullable public var age_sessions: Int?

    public init(model: String, compound_category: CompoundCategory, size: String, treadwear_rating: Int? = nil,
                estimated_mu: Double, mu_source: MuSource, mu_confidence: String, pressure_psi: Double? = nil,
                brand: String? = nil, age_sessions: Int? = nil) {
        self.model = model
        self.compound_category = compound_category
        self.size = size
        self.treadwear_rating = treadwear_rating
        self.estimated_mu = estimated_mu
        self.mu_source = mu_source
        self.mu_confidence = mu_confidence
        self.pressure_psi = pressure_psi
        self.brand = brand
        self.age_sessions = age_sessions
    }

    /// The rule on write (§4.2): a formula estimate of exactly 1.0 is the placeholder, replaced by the class default.
    public var normalized: TireSpec {
        var tire = self
        if mu_source == .formulaEstimate && estimated_mu == 1.0 { tire.estimated_mu = compound_category.defaultMu }
        return tire
    }
}
