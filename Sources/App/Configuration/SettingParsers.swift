import AuthJS
import Foundation

/// `true/1/yes/on` and `false/0/no/off`, case-insensitive; anything else is invalid.
enum BooleanSetting {
    static func parse(_ raw: String) -> Bool? {
        switch raw.lowercased().trimmingCharacters(in: .whitespaces) {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off", "": return false
        default: return nil
        }
    }
}

/// The shared Auth.js secret(s), read as auth.md §1 and §5 say.
enum SecretSettings {
    static func secrets(from env: [String: String]) -> [String] { SecretConfiguration.secrets(from: env) }
}

enum DevSecret {
    static let value = DevBypass.wellKnownDevSecret
}

/// CORS origins as a JSON array, a bracketed list without quotes, or a comma-separated list.
enum CORSOriginList {
    static func parse(_ raw: String, variable: String) throws(ConfigError) -> [String] {
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        var origins: [String]
        if trimmed.hasPrefix("["), let data = trimmed.data(using: .utf8),
           let array = try? JSONSerialization.jsonObject(with: data) as? [Any] {
            guard let strings = array as? [String] else {
                throw ConfigError(variable: variable, problem: "JSON array must contain only strings")
            }
            origins = strings
        } else {
            var body = trimmed
            if body.hasPrefix("[") && body.hasSuffix("]") { body = String(body.dropFirst().dropLast()) }
            origins = body.split(separator: ",").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: " \"'")) }
        }
        origins = origins.filter { !$0.isEmpty }
        for origin in origins where origin != "*" {
            guard let url = URL(string: origin), let scheme = url.scheme, ["http", "https"].contains(scheme), url.host != nil else {
                throw ConfigError(variable: variable, problem: "'\(origin)' is not an http(s) origin")
            }
        }
        return origins
    }
}

/// A comma-separated list of email addresses, trimmed and lower-cased; each must have one `@` with text on both sides.
enum EmailList {
    static func parse(_ raw: String, variable: String) throws(ConfigError) -> Set<String> {
        var emails: Set<String> = []
        for piece in raw.split(separator: ",") {
            let email = piece.trimmingCharacters(in: .whitespaces).lowercased()
            guard !email.isEmpty else { continue }
            let parts = email.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ConfigError(variable: variable, problem: "'\(email)' is not an email address")
            }
            emails.insert(email)
        }
        return emails
    }
}
