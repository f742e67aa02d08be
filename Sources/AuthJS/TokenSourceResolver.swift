/// Picks the one token a request is authenticated with (auth.md §4).
public enum TokenSourceResolver {
    /// Label of a token from the `Authorization: Bearer` header.
    public static let bearerLabel = "bearer"

    /// Returns the first present source, in this order:
    ///
    /// 1. `Authorization: Bearer <token>` (scheme case-insensitive, non-empty token),
    ///    verified with the `__Secure-` salt;
    /// 2. cookie `__Secure-authjs.session-token`, with its own name as salt;
    /// 3. cookie `authjs.session-token`, with its own name as salt.
    ///
    /// An `Authorization` header with another scheme (`Basic …`) or an empty Bearer
    /// token counts as absent. A cookie counts when it has a non-empty value; a value
    /// in double quotes is unquoted. When a plain cookie is absent but `<name>.0`
    /// exists, `<name>.0`, `<name>.1`, … are joined in order up to the first missing
    /// (or empty) chunk. Only the first present source is returned: a caller must
    /// not fall back to a lower one when it fails verification.
    ///
    /// - Parameters:
    ///   - authorization: the `Authorization` header value, if any.
    ///   - cookieHeaders: every `Cookie` header value of the request.
    public static func resolve(authorization: String?, cookieHeaders: [String]) -> TokenSource? {
        if let authorization, let token = bearerToken(from: authorization) {
            return TokenSource(token: token, salt: .secure, label: bearerLabel)
        }
        let jar = CookieJar(headers: cookieHeaders)
        for salt in [TokenSalt.secure, .development] {
            if let token = jar.token(named: salt.cookieName) {
                return TokenSource(token: token, salt: salt, label: "cookie:" + salt.cookieName)
            }
        }
        return nil
    }

    /// The credentials of a `Bearer` authorization header, or `nil` when the
    /// scheme is different or the token is empty.
    static func bearerToken(from header: String) -> String? {
        let trimmed = header.trimmingHTTPWhitespace()
        guard let separator = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else { return nil }
        let scheme = trimmed[..<separator]
        guard scheme.lowercased() == "bearer" else { return nil }
        let token = trimmed[separator...].trimmingHTTPWhitespace()
        return token.isEmpty ? nil : String(token)
    }
}

extension StringProtocol {
    /// Drops leading and trailing spaces and tabs (HTTP optional whitespace).
    func trimmingHTTPWhitespace() -> SubSequence {
        var view = self[...]
        while let first = view.first, first == " " || first == "\t" { view = view.dropFirst() }
        while let last = view.last, last == " " || last == "\t" { view = view.dropLast() }
        return view
    }
}
