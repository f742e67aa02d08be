import AuthJS
import Storage

/// The operator allow-list and the rule for linking a new sign-in to an existing account by email (weak point 12):
/// only a token that proves its email (`email_verified: true`, or a provider on `AUTH_TRUSTED_EMAIL_PROVIDERS`) may
/// take over the account that already holds that address.
struct IdentityRules: Sendable {
    let adminEmails: Set<String>
    let trustedEmailProviders: Set<String>

    init(config: AppConfig) {
        adminEmails = config.adminEmails
        trustedEmailProviders = config.trustedEmailProviders
    }

    /// Whether the token vouches for its email address.
    func provesEmail(_ identity: AuthIdentity) -> Bool {
        if identity.emailVerified == true { return true }
        guard let provider = identity.provider?.lowercased() else { return false }
        return trustedEmailProviders.contains(provider)
    }

    /// Whether the account is a platform operator.
    func isOperator(_ account: UserAccount) -> Bool { adminEmails.contains(account.email.lowercased()) }
}
