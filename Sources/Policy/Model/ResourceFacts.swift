/// The loaded projection of the resource a request acts on: just what the rules may look at.
public struct ResourceFacts: Sendable, Equatable {
    public var kind: String
    public var id: String?
    /// User id of the owner, where the kind has one.
    public var ownerID: String?
    /// Organization the resource belongs to, where the kind has one.
    public var orgID: String?
    /// The resource is the public demo session (or part of it).
    public var isDemo: Bool

    public init(kind: String, id: String? = nil, ownerID: String? = nil, orgID: String? = nil, isDemo: Bool = false) {
        self.kind = kind
        self.id = id
        self.ownerID = ownerID
        self.orgID = orgID
        self.isDemo = isDemo
    }

    /// Short description for logs and traces.
    public var summary: String {
        var text = kind
        if let id { text += ":\(id)" }
        if let ownerID { text += " owner=\(ownerID)" }
        if let orgID { text += " org=\(orgID)" }
        if isDemo { text += " demo" }
        return text
    }
}
