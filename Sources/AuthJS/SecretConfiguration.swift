/// Reads the Auth.js secret(s) from the environment (auth.md §1, §5).
public enum SecretConfiguration {
    /// Rotation slots, newest first, tried before `AUTH_SECRET`.
    public static let rotationVariables = ["AUTH_SECRET_1", "AUTH_SECRET_2", "AUTH_SECRET_3"]

    /// The configured secrets, newest first: `AUTH_SECRET_1`, `AUTH_SECRET_2`,
    /// `AUTH_SECRET_3`, then `AUTH_SECRET`, or `NEXTAUTH_SECRET` when
    /// `AUTH_SECRET` is unset or empty.
    ///
    /// Empty values are ignored; values are otherwise used exactly as set (no
    /// trimming, no base64 decoding). A value repeated in a later slot is kept only
    /// once, at its first position. Returns `[]` when no secret is configured.
    public static func secrets(from environment: [String: String]) -> [String] {
        var candidates = rotationVariables.compactMap { environment[$0] }
        if let current = environment["AUTH_SECRET"], !current.isEmpty {
            candidates.append(current)
        } else if let legacy = environment["NEXTAUTH_SECRET"] {
            candidates.append(legacy)
        }
        var result: [String] = []
        for secret in candidates where !secret.isEmpty && !result.contains(secret) {
            result.append(secret)
        }
        return result
    }
}
