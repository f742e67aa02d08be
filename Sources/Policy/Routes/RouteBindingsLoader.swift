import Foundation
import Yams

/// Loads `routes.yaml` strictly and checks it against the policy's catalogue.
public enum RouteBindingsLoader {
    /// HTTP methods, and `WS` for a WebSocket route (its upgrade is a GET).
    static let methods: Set<String> = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "WS"]

    public static func load(contentsOf url: URL, catalogue: Catalogue) throws(PolicyError) -> [RouteBinding] {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw PolicyError(file: url.lastPathComponent, message: "cannot read file")
        }
        return try parse(text, catalogue: catalogue, file: url.lastPathComponent)
    }

    public static func parse(_ text: String, catalogue: Catalogue, file: String = "routes.yaml") throws(PolicyError) -> [RouteBinding] {
        let root = try StrictMapping(try composeYAML(text, file: file), file: file, location: "top level")
        try root.only(["version", "routes"])
        guard try root.string("version") == "1" else {
            throw PolicyError(file: file, location: "version", message: "unsupported version (expected 1)")
        }
        var bindings: [RouteBinding] = []
        var seen: Set<String> = []
        for (index, node) in (try root.sequence("routes") ?? []).enumerated() {
            let first = try StrictMapping(node, file: file, location: "routes[\(index)]")
            let route = try first.string("route")
            let map = try StrictMapping(node, file: file, location: "route '\(route)'")
            try map.only(["route", "action", "resource", "share_token_param"])
            let parts = route.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard parts.count == 2, methods.contains(parts[0]), parts[1].hasPrefix("/") else {
                throw PolicyError(file: file, location: "route '\(route)'", message: "expected 'METHOD /path'")
            }
            let binding = try makeBinding(method: parts[0], path: parts[1], map: map, catalogue: catalogue)
            guard seen.insert(binding.key).inserted else {
                throw PolicyError(file: file, location: "route '\(route)'", message: "route bound twice")
            }
            bindings.append(binding)
        }
        return bindings
    }

    private static func makeBinding(method: String, path: String, map: StrictMapping, catalogue: Catalogue) throws(PolicyError) -> RouteBinding {
        let action = try map.string("action")
        guard let declared = catalogue.actions[action] else {
            throw PolicyError(file: map.file, location: map.location, message: "unknown action '\(action)'")
        }
        guard !declared.isGate else {
            throw PolicyError(file: map.file, location: map.location,
                              message: "action '\(action)' is a gate action (asked by handlers through PolicyGate); bind a route action instead")
        }
        let locatorMap = try StrictMapping(map.node("resource"), file: map.file, location: "\(map.location) resource")
        try locatorMap.only(["kind", "param"])
        let kind = try locatorMap.string("kind")
        guard kind == declared.resource else {
            throw PolicyError(file: map.file, location: map.location,
                              message: "action '\(action)' acts on '\(declared.resource)', but the locator gives '\(kind)'")
        }
        let param = try locatorMap.optionalString("param")
        if let param, !path.contains("{\(param)}") {
            throw PolicyError(file: map.file, location: map.location, message: "param '\(param)' is not in the path")
        }
        let shareTokenParam = try map.optionalString("share_token_param")
        if let shareTokenParam, !path.contains("{\(shareTokenParam)}") {
            throw PolicyError(file: map.file, location: map.location, message: "share_token_param '\(shareTokenParam)' is not in the path")
        }
        return RouteBinding(method: method, path: path, action: action, locator: .init(kind: kind, param: param),
                            shareTokenParam: shareTokenParam)
    }
}
