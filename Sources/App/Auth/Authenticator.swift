import AuthJS
import Foundation
import HTTPTypes
import Logging

/// Resolves a request's credentials to an identity exactly as auth.md says (sources in order, no fallbacks).
public struct Authenticator: Sendable {
    let verifier: SessionTokenVerifier?
    let bypass: Bool
    let bypassDefaultUser: String
    let productionMode: Bool

    public init(config: AppConfig) {
        verifier = config.authSecrets.isEmpty ? nil : SessionTokenVerifier(secrets: config.authSecrets)
        bypass = config.devAuthBypass
        bypassDefaultUser = config.testAuthUserID
        productionMode = config.isProduction
    }

    static let testUserHeader = HTTPField.Name("X-Test-User-Id")!

    /// Authenticates, or throws the 400/401/503 the request deserves.
    public func authenticate(_ headers: HTTPFields, logger: Logger, now: Date = Date()) throws(AppError) -> Authentication {
        if bypass {
            guard !productionMode else { throw .serviceUnavailable("DEV_AUTH_BYPASS cannot be enabled in production") }
            let requested = headers[Self.testUserHeader] ?? ""
            let id = requested.isEmpty ? bypassDefaultUser : requested
            guard DevBypass.isValidTestUserID(id) else {
                throw .badRequest("X-Test-User-Id must be 1-64 characters of A-Z a-z 0-9 . _ -")
            }
            return .user(BypassIdentity.identity(for: id), via: "dev-bypass")
        }
        let source = TokenSourceResolver.resolve(
            authorization: headers[.authorization], cookieHeaders: headers[values: .cookie])
        guard let source else { return .anonymous(reason: verifier == nil ? .authNotConfigured : .noCredentials) }
        guard let verifier else { throw .serviceUnavailable("Auth not configured") }
        do {
            let identity = try verifier.verify(source.token, salt: source.salt, now: now)
            return .user(identity, via: source.label)
        } catch {
            logger.warning("token rejected", metadata: ["reason": "\(error.rawValue)", "source": "\(source.label)"])
            throw .unauthenticated(error.clientDetail)
        }
    }
}
