import Foundation
import Yams

/// Reads decision-case files strictly.
public enum PolicyTestLoader {
    public static func loadDirectory(_ directory: URL) throws(PolicyError) -> [PolicyTestCase] {
        let files = ((try? FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)) ?? [])
            .filter { $0.pathExtension == "yaml" || $0.pathExtension == "yml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        var cases: [PolicyTestCase] = []
        for file in files {
            guard let text = try? String(contentsOf: file, encoding: .utf8) else {
                throw PolicyError(file: file.lastPathComponent, message: "cannot read file")
            }
            cases += try parse(text, file: "tests/" + file.lastPathComponent)
        }
        return cases
    }

    public static func parse(_ text: String, file: String) throws(PolicyError) -> [PolicyTestCase] {
        let root = try StrictMapping(try composeYAML(text, file: file), file: file, location: "top level")
        try root.only(["cases"])
        var cases: [PolicyTestCase] = []
        for (index, node) in (try root.sequence("cases") ?? []).enumerated() {
            let first = try StrictMapping(node, file: file, location: "cases[\(index)]")
            let name = try first.string("name")
            let map = try StrictMapping(node, file: file, location: "case '\(name)'")
            try map.only(["name", "principal", "action", "resource", "expect", "rules", "outcome", "detail"])
            let effectText = try map.string("expect")
            guard let effect = Decision.Effect(rawValue: effectText) else {
                throw PolicyError(file: file, location: map.location, message: "expect must be allow or deny")
            }
            var outcome: AccessOutcome?
            if let text = try map.optionalString("outcome") {
                guard let parsed = AccessOutcome(rawValue: text) else {
                    throw PolicyError(file: file, location: map.location,
                                      message: "unknown outcome '\(text)' (proceed, unauthenticated, forbidden, notFound)")
                }
                outcome = parsed
            }
            cases.append(PolicyTestCase(
                file: file, name: name,
                principal: try principal(map.node("principal"), file: file, location: map.location),
                action: try map.string("action"),
                resource: try resource(map.node("resource"), file: file, location: map.location),
                expectedEffect: effect,
                expectedRules: try map.stringList("rules") ?? [],
                expectedOutcome: outcome,
                expectedDetail: try map.optionalString("detail")))
        }
        return cases
    }

    private static func principal(_ node: Node?, file: String, location: String) throws(PolicyError) -> Principal {
        let map = try StrictMapping(node, file: file, location: "\(location) principal")
        try map.only(["kind", "id", "role", "admin", "instructs", "org_roles", "share_link", "shared_session", "claimed_session"])
        guard let kind = Principal.Kind(rawValue: try map.string("kind")) else {
            throw PolicyError(file: file, location: map.location, message: "unknown principal kind")
        }
        var orgRoles: [String: String] = [:]
        if let rolesNode = map.node("org_roles") {
            let roles = try StrictMapping(rolesNode, file: file, location: "\(map.location) org_roles")
            for (org, _) in roles.pairs { orgRoles[org] = try roles.string(org) }
        }
        return Principal(
            kind: kind, userID: try map.optionalString("id"),
            platformRole: try map.optionalString("role") ?? (kind == .user ? "driver" : nil),
            isPlatformAdmin: try map.optionalString("admin") == "true",
            activeStudentIDs: Set(try map.stringList("instructs") ?? []), orgRoles: orgRoles,
            shareLinkID: try map.optionalString("share_link"), sharedSessionID: try map.optionalString("shared_session"),
            claimedSessionID: try map.optionalString("claimed_session"))
    }

    private static func resource(_ node: Node?, file: String, location: String) throws(PolicyError) -> ResourceFacts? {
        guard let node, node.scalar?.string != "null", node.scalar?.string != "missing" else { return nil }
        let map = try StrictMapping(node, file: file, location: "\(location) resource")
        try map.only(["kind", "id", "owner", "org", "demo"])
        return ResourceFacts(kind: try map.string("kind"), id: try map.optionalString("id"),
                             ownerID: try map.optionalString("owner"), orgID: try map.optionalString("org"),
                             isDemo: try map.optionalString("demo") == "true")
    }
}
