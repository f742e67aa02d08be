/// Tyre compound classes, ordered by grip (platform.md §4.1), with each class's default friction coefficient.
public enum CompoundCategory: String, Sendable, Codable, CaseIterable, Equatable {
    case street
    case endurance200tw = "endurance_200tw"
    case super200tw = "super_200tw"
    case tw100 = "100tw"
    case rComp = "r_comp"
    case slick

    /// The class's `estimated_mu` when a tyre gives none (platform.md §4.1).
    public var defaultMu: Double {
        switch self {
        case .street: 0.90
        case .endurance200tw: 1.00
        case .super200tw: 1.10
        case .tw100: 1.20
        case .rComp: 1.28
        case .slick: 1.42
        }
    }
}
