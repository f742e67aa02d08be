import Foundation

/// Everything in a `Policies/` folder: the policy, the route bindings and the decision cases.
public struct PolicyBundle: Sendable {
    public var policy: PolicySet
    public var routes: [RouteBinding]
    public var cases: [PolicyTestCase]
    public var engine: PolicyEngine { PolicyEngine(policy: policy) }

    public init(policy: PolicySet, routes: [RouteBinding], cases: [PolicyTestCase]) {
        self.policy = policy
        self.routes = routes
        self.cases = cases
    }

    /// Loads `policy.yaml`, `routes.yaml` and `tests/*.yaml`; the first problem stops the load.
    public static func load(directory: URL) throws(PolicyError) -> PolicyBundle {
        let policy = try PolicyLoader.load(contentsOf: directory.appendingPathComponent("policy.yaml"))
        let routes = try RouteBindingsLoader.load(
            contentsOf: directory.appendingPathComponent("routes.yaml"), catalogue: policy.catalogue)
        let cases = try PolicyTestLoader.loadDirectory(directory.appendingPathComponent("tests"))
        return PolicyBundle(policy: policy, routes: routes, cases: cases)
    }

    /// Finds the Policies folder: `POLICIES_DIR`, `./Policies`, or beside this source tree (development builds).
    public static func locateDirectory(environment: [String: String], cwd: String = FileManager.default.currentDirectoryPath) -> URL? {
        var candidates: [URL] = []
        if let configured = environment["POLICIES_DIR"], !configured.isEmpty { candidates.append(URL(fileURLWithPath: configured)) }
        candidates.append(URL(fileURLWithPath: cwd).appendingPathComponent("Policies"))
        var source = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { source.deleteLastPathComponent() }
        candidates.append(source.appendingPathComponent("Policies"))
        return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("policy.yaml").path) }
    }
}
