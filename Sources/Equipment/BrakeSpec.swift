import TelemetryCore

/// Brake setup (platform.md §4.2 `BrakeSpec`).
public struct BrakeSpec: Sendable, Codable, Equatable {
    @Nullable public var compound: String?
    @Nullable public var rotor_type: String?
    @Nullable public var pad_temp_range: String?
    @Nullable public var fluid_type: String?

    public init(compound: String? = nil, rotor_type: String? = nil, pad_temp_range: String? = nil, fluid_type: String? = nil) {
        self.compound = compound
        self.rotor_type = rotor_type
        self.pad_temp_range = pad_temp_range
        self.fluid_type = fluid_type
    }
}
