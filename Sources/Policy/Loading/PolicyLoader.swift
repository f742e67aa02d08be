import Foundation
import Yams

/// Loads `policy.yaml` strictly: unknown keys, actions, resources, predicates or duplicate ids stop the load.
public enum PolicyLoader {
    public static func load(contentsOf url: URL) throws(PolicyError) -> PolicySet {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PolicyError(file: url.lastPathComponent, message: "cannot read file")
        }
        return try parse(text, file: url.lastPathComponent)
    }

    public static func parse(_ text: String, file: String = "policy.yaml") throws(PolicyError) -> PolicySet {
        let root = try StrictMapping(try composeYAML(text, file: file), file: file, location: "top level")
        try root.only(["version", "resources", "actions", "rules"])
        guard try root.string("version") == "1" else {
            throw PolicyError(file: file, location: "version", message: "unsupported version (expected 1)")
        }
        let resources = try parseResources(root.node("resources"), file: file)
        let actions = try parseActions(root.node("actions"), resources: resources, file: file)
        for resource in resources.values {
            if let read = resource.readAction, actions[read] == nil {
                throw PolicyError(file: file, location: "resources.\(resource.name)",
                                  message: "read_action '\(read)' is not a declared action")
            }
        }
        let catalogue = Catalogue(resources: resources, actions: actions)
        let rules = try parseRules(try root.sequence("rules") ?? [], catalogue: catalogue, file: file)
        return PolicySet(catalogue: catalogue, rules: rules)
    }

    private static func parseResources(_ node: Node?, file: String) throws(PolicyError) -> [String: Catalogue.ResourceKind] {
        let map = try StrictMapping(node, file: file, location: "resources")
        var kinds: [String: Catalogue.ResourceKind] = [:]
        for (name, value) in map.pairs {
            let entry = try StrictMapping(value, file: file, location: "resources.\(name)")
            try entry.only(["description", "read_action", "forbidden"])
            kinds[name] = Catalogue.ResourceKind(
                name: name, description: try entry.string("description"), readAction: try entry.optionalString("read_action"),
                forbidden: try parseWordings(try entry.sequence("forbidden") ?? [], location: "resources.\(name).forbidden", file: file))
        }
        return kinds
    }

    /// `- { unless: [conditions], detail: text }`; a wording without `unless` always applies.
    private static func parseWordings(_ nodes: [Node], location: String, file: String) throws(PolicyError) -> [RefusalWording] {
        var wordings: [RefusalWording] = []
        for (index, node) in nodes.enumerated() {
            let entry = try StrictMapping(node, file: file, location: "\(location)[\(index)]")
            try entry.only(["unless", "detail"])
            let unless = try parseConditions(try entry.sequence("unless") ?? [], location: entry.location, file: file)
            for condition in unless where !condition.applicablePrincipals.contains(.user) {
                throw PolicyError(file: file, location: entry.location, message: "predicate '\(condition.name)' never holds for a user")
            }
            wordings.append(RefusalWording(unless: unless, detail: try entry.string("detail")))
        }
        return wordings
    }

    private static func parseActions(
        _ node: Node?, resources: [String: Catalogue.ResourceKind], file: String
    ) throws(PolicyError) -> [String: Catalogue.Action] {
        let map = try StrictMapping(node, file: file, location: "actions")
        var actions: [String: Catalogue.Action] = [:]
        for (name, value) in map.pairs {
            let entry = try StrictMapping(value, file: file, location: "actions.\(name)")
            try entry.only(["resource", "description", "gate", "forbidden"])
            let resource = try entry.string("resource")
            guard resources[resource] != nil else {
                throw PolicyError(file: file, location: "actions.\(name)", message: "unknown resource kind '\(resource)'")
            }
            let gate: Bool
            switch try entry.optionalString("gate") {
            case nil, "false"?: gate = false
            case "true"?: gate = true
            case let other?:
                throw PolicyError(file: file, location: "actions.\(name)", message: "'gate' must be true or false, not '\(other)'")
            }
            actions[name] = Catalogue.Action(name: name, resource: resource, description: try entry.string("description"),
                                             isGate: gate, forbiddenDetail: try entry.optionalString("forbidden"))
        }
        return actions
    }

    private static func parseRules(_ nodes: [Node], catalogue: Catalogue, file: String) throws(PolicyError) -> [Rule] {
        var rules: [Rule] = []
        var seen: Set<String> = []
        for (index, node) in nodes.enumerated() {
            let provisional = try StrictMapping(node, file: file, location: "rules[\(index)]")
            let id = try provisional.string("id")
            let map = try StrictMapping(node, file: file, location: "rule '\(id)'")
            try map.only(["id", "effect", "principal", "action", "resource", "when", "description"])
            guard seen.insert(id).inserted else {
                throw PolicyError(file: file, location: "rule '\(id)'", message: "duplicate rule id")
            }
            let effectText = try map.string("effect")
            guard let effect = Rule.Effect(rawValue: effectText) else {
                throw PolicyError(file: file, location: "rule '\(id)'", message: "unknown effect '\(effectText)' (permit or forbid)")
            }
            var principals: Set<Principal.Kind> = []
            for name in try map.stringList("principal") ?? [] {
                guard let kind = Principal.Kind(rawValue: name) else {
                    throw PolicyError(file: file, location: "rule '\(id)'",
                                      message: "unknown principal '\(name)' (anonymous, user, share)")
                }
                principals.insert(kind)
            }
            guard !principals.isEmpty else {
                throw PolicyError(file: file, location: "rule '\(id)'", message: "missing 'principal'")
            }
            let resources = try map.stringList("resource") ?? []
            guard !resources.isEmpty else {
                throw PolicyError(file: file, location: "rule '\(id)'", message: "missing 'resource'")
            }
            for resource in resources where catalogue.resources[resource] == nil {
                throw PolicyError(file: file, location: "rule '\(id)'", message: "unknown resource kind '\(resource)'")
            }
            var actions = try map.stringList("action") ?? []
            guard !actions.isEmpty else {
                throw PolicyError(file: file, location: "rule '\(id)'", message: "missing 'action'")
            }
            if actions == ["*"] {
                actions = catalogue.actions.values.filter { resources.contains($0.resource) }.map(\.name)
            }
            for action in actions {
                guard let declared = catalogue.actions[action] else {
                    throw PolicyError(file: file, location: "rule '\(id)'", message: "unknown action '\(action)'")
                }
                guard resources.contains(declared.resource) else {
                    throw PolicyError(file: file, location: "rule '\(id)'",
                                      message: "action '\(action)' acts on '\(declared.resource)', not '\(resources.sorted().joined(separator: ","))'")
                }
            }
            let conditions = try parseConditions(try map.sequence("when") ?? [], location: "rule '\(id)'", file: file)
            for condition in conditions where condition.applicablePrincipals.isDisjoint(with: principals)
                || !principals.isSubset(of: condition.applicablePrincipals) {
                throw PolicyError(file: file, location: "rule '\(id)'",
                                  message: "predicate '\(condition.name)' never holds for principal \(principals.map(\.rawValue).sorted().joined(separator: ","))")
            }
            rules.append(Rule(id: id, effect: effect, principals: principals, actions: Set(actions),
                              resources: Set(resources), conditions: conditions, description: try map.optionalString("description")))
        }
        return rules
    }

    private static func parseConditions(_ nodes: [Node], location: String, file: String) throws(PolicyError) -> [Predicate] {
        var predicates: [Predicate] = []
        for node in nodes {
            if let name = node.scalar?.string {
                predicates.append(try predicate(named: name, argument: nil, location: location, file: file))
                continue
            }
            let map = try StrictMapping(node, file: file, location: location)
            guard map.pairs.count == 1, let name = map.keys.first else {
                throw PolicyError(file: file, location: location, message: "a condition with an argument has exactly one key")
            }
            predicates.append(try predicate(named: name, argument: try map.stringList(name), location: location, file: file))
        }
        return predicates
    }

    static let orgRoles: Set<String> = ["owner", "instructor", "student"]
    static let platformRoles: Set<String> = ["driver", "instructor"]

    private static func predicate(named name: String, argument: [String]?, location: String, file: String) throws(PolicyError) -> Predicate {
        func noArgument(_ predicate: Predicate) throws(PolicyError) -> Predicate {
            guard argument == nil else {
                throw PolicyError(file: file, location: location, message: "predicate '\(name)' takes no argument")
            }
            return predicate
        }
        func roles(allowed: Set<String>) throws(PolicyError) -> Set<String> {
            guard let argument, !argument.isEmpty else {
                throw PolicyError(file: file, location: location, message: "predicate '\(name)' needs a list of roles")
            }
            for role in argument where !allowed.contains(role) {
                throw PolicyError(file: file, location: location,
                                  message: "unknown role '\(role)' for '\(name)' (\(allowed.sorted().joined(separator: ", ")))")
            }
            return Set(argument)
        }
        switch name {
        case "is_owner": return try noArgument(.isOwner)
        case "instructs_owner": return try noArgument(.instructsOwner)
        case "is_self": return try noArgument(.isSelf)
        case "instructs_student": return try noArgument(.instructsStudent)
        case "shared_session": return try noArgument(.sharedSession)
        case "held_share_link": return try noArgument(.heldShareLink)
        case "is_demo": return try noArgument(.isDemo)
        case "claimed_session": return try noArgument(.claimedSession)
        case "platform_role": return .platformRole(try roles(allowed: platformRoles))
        case "platform_admin": return try noArgument(.platformAdmin)
        case "org_role": return .orgRole(try roles(allowed: orgRoles))
        default:
            throw PolicyError(file: file, location: location,
                              message: "unknown predicate '\(name)' (known: \(Predicate.vocabulary.keys.sorted().joined(separator: ", ")))")
        }
    }
}
