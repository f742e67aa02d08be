/// Where a tyre's friction coefficient comes from (platform.md §4.1).
public enum MuSource: String, Sendable, Codable, CaseIterable, Equatable {
    case formulaEstimate = "formula_estimate"
    case curatedTable = "curated_table"
    case manufacturerSpec = "manufacturer_spec"
    case userOverride = "user_override"
}
