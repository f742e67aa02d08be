
public enum PolicyLinter {
    /// Lints the bundle; `routerRoutes` (when given) must equal the bound routes exactly, and `appGateActions`
    /// (when given: the actions the app's handlers ask through `PolicyGate`) the actions declared `gate: true`.
    public static func lint(_ bundle: PolicyBundle, routerRoutes: [String]? = nil, appGateActions: Set<String>? = nil) -> LintReport {
        var report = LintReport()
        let policy = bundle.policy
        report.checks.append("policy.yaml: \(policy.catalogue.resources.count) resource kinds, \(policy.catalogue.actions.count) actions, \(policy.rules.count) rules")
        report.checks.append("routes.yaml: \(bundle.routes.count) routes bound")

        let bound = Set(bundle.routes.map(\.action))
        let ruled = Set(policy.rules.flatMap(\.actions))
        let gates = Set(policy.catalogue.actions.values.filter(\.isGate).map(\.name))
        for action in policy.catalogue.actions.keys.sorted() where !bound.contains(action) && !gates.contains(action) {
            report.problems.append("policy.yaml: action '\(action)' is declared but no route uses it")
        }
        for action in bound.sorted() where !ruled.contains(action) {
            report.problems.append("routes.yaml: action '\(action)' has no rule, so every request is denied")
        }
        for action in gates.sorted() where !ruled.contains(action) {
            report.problems.append("policy.yaml: gate action '\(action)' has no rule, so every request is denied")
        }
        if let appGateActions {
            for missing in appGateActions.subtracting(gates).sorted() {
                report.problems.append("gate: the app asks '\(missing)', which policy.yaml does not declare with gate: true")
            }
            for unused in gates.subtracting(appGateActions).sorted() {
                report.problems.append("gate: '\(unused)' is declared with gate: true but no handler asks it")
            }
            if appGateActions == gates { report.checks.append("gate: all \(gates.count) gate actions declared and asked") }
        }
        if let routerRoutes {
            let boundKeys = Set(bundle.routes.map(\.key))
            let routerKeys = Set(routerRoutes)
            for missing in routerKeys.subtracting(boundKeys).sorted() {
                report.problems.append("router: route '\(missing)' has no policy binding in routes.yaml")
            }
            for extra in boundKeys.subtracting(routerKeys).sorted() {
                report.problems.append("routes.yaml: '\(extra)' is bound but the router has no such route")
            }
            if routerKeys == boundKeys { report.checks.append("router: all \(routerKeys.count) routes bound, no stale bindings") }
        }

        let engine = bundle.engine
        let failures = bundle.cases.compactMap { $0.failure(using: engine) }
        report.problems += failures
        report.checks.append("tests: \(bundle.cases.count - failures.count)/\(bundle.cases.count) decision cases pass")
        let coveredRules = Set(bundle.cases.flatMap(\.expectedRules))
        for rule in policy.rules where !coveredRules.contains(rule.id) {
            report.problems.append("tests: rule '\(rule.id)' is not the deciding rule of any decision case")
        }
        return report
    }
}
