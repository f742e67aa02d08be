/// Why a session token was refused (auth.md §3, steps 1-11).
///
/// The raw value is the reason code used in logs and in the test vectors.
/// Clients never see it: they get ``clientDetail`` in a 401 body.
public enum TokenRejection: String, Error, Sendable, CaseIterable {
    /// Empty, over 16 KiB, wrong segment count, undecodable header, non-empty
    /// encrypted-key segment, or bad IV / ciphertext / tag encoding or length.
    case malformed
    /// Header `alg` is not `dir`.
    case unsupportedAlg = "unsupported_alg"
    /// Header `enc` is not `A256CBC-HS512`.
    case unsupportedEnc = "unsupported_enc"
    /// Header carries `zip` or `crit`.
    case unsupportedHeader = "unsupported_header"
    /// The authentication tag does not match (wrong secret, wrong salt, tampering,
    /// or a `kid` that matches no configured key).
    case badTag = "bad_tag"
    /// AES-CBC decryption failed to remove PKCS#7 padding.
    case badPadding = "bad_padding"
    /// The decrypted payload is not a UTF-8 JSON object.
    case payloadNotJSON = "payload_not_json"
    /// The payload has no numeric `exp` claim.
    case missingExp = "missing_exp"
    /// `now >= exp + 15`.
    case expired
    /// `nbf` is present and later than `now + 15`, or not a number.
    case notYetValid = "not_yet_valid"
    /// `sub` is absent, not a string, or empty.
    case missingSub = "missing_sub"
    /// `email` is absent, not a string, or empty.
    case missingEmail = "missing_email"

    /// The `detail` message for the 401 response body (auth.md §6):
    /// `"Invalid token claims"` for ``missingSub`` and ``missingEmail``,
    /// `"Invalid token"` for everything else.
    public var clientDetail: String {
        switch self {
        case .missingSub, .missingEmail:
            return "Invalid token claims"
        default:
            return "Invalid token"
        }
    }
}
