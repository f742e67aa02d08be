/// A loaded, validated `policy.yaml`.
public struct PolicySet: Sendable, Equatable {
    public var catalogue: Catalogue
    public var rules: [Rule]

    public init(catalogue: Catalogue, rules: [Rule]) {
        self.catalogue = catalogue
        self.rules = rules
    }
}
