import AuthJS
import Foundation
import Hummingbird
import Policy
import Storage

/// Turns the authenticated identity into a principal: the stable user record and platform role (one query for a
/// known user). Relationships (org roles, instructor links) are left unloaded: the policy stage loads the ones a
/// decision needs.
struct TenancyMiddleware: RouterMiddleware {
    typealias Context = AppRequestContext
    let users: any UserStore
    let shareCredentials: any ShareCredentialResolver
    let claims: any ClaimStore
    /// Who is an operator, and which sign-ins prove their email.
    let identities: IdentityRules

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var context = context
        switch context.authentication {
        case .user(let identity, let via):
            let account = try await users.ensureUser(ArrivingIdentity(
                subject: identity.subject, email: identity.email, name: identity.name, picture: identity.picture,
                linkByEmail: via != "dev-bypass" && identities.provesEmail(identity), subjectIsUserID: via == "dev-bypass"))
            context.user = account
            context.principal = Principal(kind: .user, userID: account.id, platformRole: account.role.rawValue,
                                          isPlatformAdmin: identities.isOperator(account), knownRelationships: [])
            context.logger[metadataKey: "user_id"] = .string(account.id)
        case .share(let token):
            let grant = try await shareCredentials.resolve(token: token)
            context.shareGrant = grant
            context.principal = Principal(kind: .share, shareLinkID: grant?.linkID, sharedSessionID: grant?.sessionID)
        case .claim(let token):
            // a malformed, unknown, claimed or expired token holds nothing: the policy lets it do nothing
            let claimed = ClaimToken.isWellFormed(token) ? try await claims.session(tokenHash: ClaimToken.hash(token), now: Date()) : nil
            context.principal = Principal(kind: .claim, claimedSessionID: claimed?.sessionID)
        case .anonymous:
            context.principal = .anonymous
        }
        return try await next(request, context)
    }
}
