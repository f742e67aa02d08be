import Testing
import AuthJS
import Policy
@testable import App

/// The one mapping from a refused decision to HTTP, used by route and gate decisions alike.
@Suite struct AccessRefusalTests {
    static func refused(_ outcome: AccessOutcome, detail: String? = nil) -> Authorization {
        Authorization(outcome: outcome, decision: Decision(effect: .deny, ruleIDs: []), forbiddenDetail: detail)
    }

    @Test func unauthenticatedIs401() {
        let error = AccessRefusal.error(Self.refused(.unauthenticated), authentication: .anonymous(reason: .noCredentials),
                                        notFound: "Session s1 not found")
        #expect(error == .unauthenticated())
        #expect(error.status.code == 401)
    }

    @Test func unauthenticatedWithoutAnAuthSecretIs503() {
        let error = AccessRefusal.error(Self.refused(.unauthenticated), authentication: .anonymous(reason: .authNotConfigured),
                                        notFound: "Session s1 not found")
        #expect(error == .serviceUnavailable("Auth not configured"))
    }

    @Test func forbiddenCarriesThePolicysWording() {
        let error = AccessRefusal.error(Self.refused(.forbidden, detail: "Not a member of this organization"),
                                        authentication: .anonymous(reason: .noCredentials), notFound: "Organization not found")
        #expect(error == .forbidden("Not a member of this organization"))
        #expect(error.status.code == 403)
    }

    @Test func notFoundCarriesTheLocatorsWording() {
        let error = AccessRefusal.error(Self.refused(.notFound), authentication: .share(token: "t"), notFound: "Session s1 not found")
        #expect(error == .notFound("Session s1 not found"))
    }
}
