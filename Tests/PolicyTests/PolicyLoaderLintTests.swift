import Testing
@testable import Policy

/// Broken policy files stop the load with a message naming the file and the rule.
@Suite struct PolicyLoaderLintTests {
    static let header = """
        version: 1
        resources:
          session: { description: a session, read_action: session.read }
          org: { description: an org }
        actions:
          session.read: { resource: session, description: read }
          session.delete: { resource: session, description: delete }
          org.read: { resource: org, description: read org }

        """

    struct BrokenCase: Sendable, CustomTestStringConvertible {
        let name: String
        let rules: String
        let expected: String
        var testDescription: String { name }
    }

    static let broken: [BrokenCase] = [
        .init(name: "unknown key in rule", rules: """
            - { id: r1, effect: permit, principal: user, action: session.read, resource: session, whenn: [is_owner] }
            """, expected: "policy.yaml: rule 'r1': unknown key 'whenn'"),
        .init(name: "unknown action", rules: """
            - { id: r1, effect: permit, principal: user, action: session.reed, resource: session }
            """, expected: "policy.yaml: rule 'r1': unknown action 'session.reed'"),
        .init(name: "unknown predicate", rules: """
            - { id: r1, effect: permit, principal: user, action: session.read, resource: session, when: [is_admin] }
            """, expected: "policy.yaml: rule 'r1': unknown predicate 'is_admin'"),
        .init(name: "duplicate id", rules: """
            - { id: r1, effect: permit, principal: user, action: session.read, resource: session, when: [is_owner] }
            - { id: r1, effect: forbid, principal: share, action: session.delete, resource: session }
            """, expected: "policy.yaml: rule 'r1': duplicate rule id"),
        .init(name: "unknown effect", rules: """
            - { id: r1, effect: allow, principal: user, action: session.read, resource: session }
            """, expected: "policy.yaml: rule 'r1': unknown effect 'allow'"),
        .init(name: "unknown principal", rules: """
            - { id: r1, effect: permit, principal: admin, action: session.read, resource: session }
            """, expected: "policy.yaml: rule 'r1': unknown principal 'admin'"),
        .init(name: "action on another resource kind", rules: """
            - { id: r1, effect: permit, principal: user, action: org.read, resource: session }
            """, expected: "policy.yaml: rule 'r1': action 'org.read' acts on 'org', not 'session'"),
        .init(name: "unknown org role", rules: """
            - { id: r1, effect: permit, principal: user, action: org.read, resource: org, when: [{ org_role: [admin] }] }
            """, expected: "policy.yaml: rule 'r1': unknown role 'admin' for 'org_role'"),
        .init(name: "predicate that never holds for the principal", rules: """
            - { id: r1, effect: permit, principal: anonymous, action: session.read, resource: session, when: [is_owner] }
            """, expected: "policy.yaml: rule 'r1': predicate 'is_owner' never holds for principal anonymous"),
        .init(name: "argument on a plain predicate", rules: """
            - { id: r1, effect: permit, principal: user, action: session.read, resource: session, when: [{ is_owner: [x] }] }
            """, expected: "policy.yaml: rule 'r1': predicate 'is_owner' takes no argument"),
    ]

    @Test(arguments: broken)
    func brokenPolicyFails(_ testCase: BrokenCase) {
        // given
        let text = Self.header + "rules:\n" + testCase.rules.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")
        // when / then
        #expect {
            _ = try PolicyLoader.parse(text)
        } throws: { error in
            (error as? PolicyError)?.description.hasPrefix(testCase.expected) == true
        }
    }

    @Test func unknownTopLevelKeyFails() {
        #expect(throws: PolicyError(file: "policy.yaml", location: "top level",
                                    message: "unknown key 'rulez' (allowed: actions, resources, rules, version)")) {
            _ = try PolicyLoader.parse(Self.header + "rulez: []\n")
        }
    }

    @Test func readActionMustBeDeclared() {
        let text = """
            version: 1
            resources:
              session: { description: s, read_action: session.view }
            actions:
              session.read: { resource: session, description: r }
            rules: []
            """
        #expect(throws: PolicyError(file: "policy.yaml", location: "resources.session",
                                    message: "read_action 'session.view' is not a declared action")) {
            _ = try PolicyLoader.parse(text)
        }
    }

    @Test func routeBindingErrors() throws {
        let catalogue = try PolicyLoader.parse(Self.header + "rules: []\n").catalogue
        let cases: [(String, String)] = [
            ("- { route: \"GET /a/{id}\", action: session.nope, resource: { kind: session, param: id } }",
             "routes.yaml: route 'GET /a/{id}': unknown action 'session.nope'"),
            ("- { route: \"GET /a/{id}\", action: session.read, resource: { kind: org, param: id } }",
             "routes.yaml: route 'GET /a/{id}': action 'session.read' acts on 'session', but the locator gives 'org'"),
            ("- { route: \"GET /a/{id}\", action: session.read, resource: { kind: session, param: sid } }",
             "routes.yaml: route 'GET /a/{id}': param 'sid' is not in the path"),
            ("- { route: \"FETCH /a\", action: session.read, resource: { kind: session } }",
             "routes.yaml: route 'FETCH /a': expected 'METHOD /path'"),
            ("- { route: \"GET /a\", action: session.read, resource: { kind: session } }\n  - { route: \"GET /a\", action: session.read, resource: { kind: session } }",
             "routes.yaml: route 'GET /a': route bound twice"),
        ]
        for (entry, expected) in cases {
            let text = "version: 1\nroutes:\n  " + entry + "\n"
            #expect {
                _ = try RouteBindingsLoader.parse(text, catalogue: catalogue)
            } throws: { error in
                (error as? PolicyError)?.description == expected
            }
        }
    }

    @Test func lintFindsRouterMismatch() throws {
        let policy = try PolicyLoader.parse(Self.header + """
            rules:
              - { id: owner, effect: permit, principal: user, action: [session.read, session.delete], resource: session, when: [is_owner] }
              - { id: org-read, effect: permit, principal: [anonymous, user], action: org.read, resource: org }
            """)
        let routes = try RouteBindingsLoader.parse("""
            version: 1
            routes:
              - { route: "GET /s/{id}", action: session.read, resource: { kind: session, param: id } }
              - { route: "DELETE /s/{id}", action: session.delete, resource: { kind: session, param: id } }
              - { route: "GET /o", action: org.read, resource: { kind: org } }
            """, catalogue: policy.catalogue)
        let bundle = PolicyBundle(policy: policy, routes: routes, cases: [])
        // when
        let report = PolicyLinter.lint(bundle, routerRoutes: ["GET /s/{id}", "GET /o", "POST /s"])
        // then
        #expect(report.problems.contains("router: route 'POST /s' has no policy binding in routes.yaml"))
        #expect(report.problems.contains("routes.yaml: 'DELETE /s/{id}' is bound but the router has no such route"))
        #expect(report.problems.contains("tests: rule 'owner' is not the deciding rule of any decision case"))
    }

    @Test func gateActionsAreAskedByHandlersNotBoundToRoutes() throws {
        // given
        let policy = try PolicyLoader.parse("""
            version: 1
            resources:
              org: { description: an org, read_action: org.read }
            actions:
              org.read: { resource: org, description: read org }
              org.member.add: { resource: org, description: add a member }
              org.member.grant_staff: { resource: org, description: grant a staff role, gate: true }
              org.member.promote: { resource: org, description: unruled gate, gate: true }
            rules:
              - { id: org-read, effect: permit, principal: [anonymous, user], action: org.read, resource: org }
              - { id: staff-add, effect: permit, principal: user, action: org.member.add, resource: org, when: [{ org_role: [owner, instructor] }] }
              - { id: owner-grants, effect: permit, principal: user, action: org.member.grant_staff, resource: org, when: [{ org_role: [owner] }] }
            """)
        #expect(policy.catalogue.actions["org.member.grant_staff"]?.isGate == true)
        #expect(policy.catalogue.actions["org.member.add"]?.isGate == false)
        let routes = try RouteBindingsLoader.parse("""
            version: 1
            routes:
              - { route: "GET /o/{slug}", action: org.read, resource: { kind: org, param: slug } }
              - { route: "POST /o/{slug}/members", action: org.member.add, resource: { kind: org, param: slug } }
            """, catalogue: policy.catalogue)
        // when
        let report = PolicyLinter.lint(PolicyBundle(policy: policy, routes: routes, cases: []),
                                       appGateActions: ["org.member.grant_staff", "org.member.demote"])
        // then
        #expect(!report.problems.contains { $0.contains("'org.member.grant_staff' is declared but no route uses it") })
        #expect(report.problems.contains("policy.yaml: gate action 'org.member.promote' has no rule, so every request is denied"))
        #expect(report.problems.contains("gate: the app asks 'org.member.demote', which policy.yaml does not declare with gate: true"))
        #expect(report.problems.contains("gate: 'org.member.promote' is declared with gate: true but no handler asks it"))
        #expect {
            _ = try RouteBindingsLoader.parse("""
                version: 1
                routes:
                  - { route: "POST /o/{slug}/staff", action: org.member.grant_staff, resource: { kind: org, param: slug } }
                """, catalogue: policy.catalogue)
        } throws: { error in
            (error as? PolicyError)?.description.contains("is a gate action") == true
        }
        #expect(throws: PolicyError.self) {
            _ = try PolicyLoader.parse(Self.header.replacingOccurrences(
                of: "org.read: { resource: org, description: read org }",
                with: "org.read: { resource: org, description: read org, gate: maybe }") + "rules: []\n")
        }
    }
}
