import AuthJS
import Testing

@Suite("Token sources (auth.md §4)")
struct TokenSourceResolverTests {
    static let secureName = "__Secure-authjs.session-token"
    static let devName = "authjs.session-token"
    static let bearer = TokenSource(token: "bearer-token", salt: .secure, label: "bearer")
    static let secureCookie = TokenSource(token: "secure-token", salt: .secure, label: "cookie:__Secure-authjs.session-token")
    static let devCookie = TokenSource(token: "dev-token", salt: .development, label: "cookie:authjs.session-token")

    private func resolve(_ authorization: String?, _ cookies: [String] = []) -> TokenSource? {
        TokenSourceResolver.resolve(authorization: authorization, cookieHeaders: cookies)
    }

    @Test("precedence: Bearer, then the __Secure- cookie, then the development cookie")
    func precedence() {
        let both = "\(Self.devName)=dev-token; \(Self.secureName)=secure-token"
        #expect(resolve("Bearer bearer-token", [both]) == Self.bearer)
        #expect(resolve(nil, [both]) == Self.secureCookie)
        #expect(resolve(nil, ["\(Self.devName)=dev-token"]) == Self.devCookie)
        #expect(resolve(nil, ["\(Self.secureName)=secure-token", "\(Self.devName)=dev-token"]) == Self.secureCookie)
        #expect(resolve(nil, ["\(Self.devName)=dev-token", "\(Self.secureName)=secure-token"]) == Self.secureCookie)
    }

    @Test("nothing present → nil", arguments: [
        (nil, []), ("", []), ("Bearer", []), ("Basic dXNlcjpwYXNz", []), (nil, ["other=1; theme=dark"]),
        (nil, [""]), (nil, ["authjs.session-token="]), (nil, ["__Secure-authjs.session-token=\"\""]),
        (nil, ["authjs.session-token.1=orphan-chunk"]), (nil, ["authjs.session-token"]),
    ] as [(String?, [String])])
    func absent(authorization: String?, cookies: [String]) {
        #expect(resolve(authorization, cookies) == nil)
    }

    @Test("an empty Bearer token counts as absent and the cookies are consulted",
          arguments: ["Bearer", "Bearer ", "Bearer    ", "Bearer\t", " Bearer  ", "bearer"])
    func emptyBearerFallsThrough(_ header: String) {
        #expect(resolve(header, ["\(Self.devName)=dev-token"]) == Self.devCookie)
    }

    @Test("the Bearer scheme is case-insensitive and OWS around the token is dropped",
          arguments: ["Bearer bearer-token", "bearer bearer-token", "BEARER bearer-token", "bEaReR  bearer-token",
                      "Bearer\tbearer-token", "  Bearer bearer-token  "])
    func bearerScheme(_ header: String) {
        #expect(resolve(header, ["\(Self.secureName)=secure-token"]) == Self.bearer)
    }

    @Test("other schemes are ignored and the cookies are consulted",
          arguments: ["Basic dXNlcjpwYXNz", "Token abc", "Bearerabc", "Bearer-abc x", "Digest username=\"x\""])
    func otherSchemes(_ header: String) {
        #expect(resolve(header, ["\(Self.secureName)=secure-token"]) == Self.secureCookie)
    }

    @Test("the token is passed on as it arrives (no URL-decoding)")
    func tokenAsReceived() {
        #expect(resolve("Bearer a%2Eb", [])?.token == "a%2Eb")
        #expect(resolve(nil, ["\(Self.devName)=a%2Eb"])?.token == "a%2Eb")
    }

    @Test("quoted cookie values are unquoted")
    func quotedCookie() {
        #expect(resolve(nil, ["\(Self.secureName)=\"secure-token\""]) == Self.secureCookie)
        #expect(resolve(nil, ["a=1;  \(Self.devName) = \"dev-token\" ;b=2"]) == Self.devCookie)
    }

    @Test("cookie names match exactly; look-alikes do not count")
    func exactNames() {
        #expect(resolve(nil, ["__secure-authjs.session-token=x; xauthjs.session-token=y; authjs.session-token2=z"]) == nil)
        #expect(resolve(nil, ["next-auth.session-token=legacy"]) == nil)
    }

    @Test("an empty cookie does not count; the next source is used")
    func emptyCookieSkipped() {
        #expect(resolve(nil, ["\(Self.secureName)=; \(Self.devName)=dev-token"]) == Self.devCookie)
    }

    @Test("chunked cookies are joined in numeric order up to the first gap")
    func chunkedCookies() {
        let name = Self.secureName
        let chunks = "\(name).1=BBB; \(name).0=AAA; \(name).3=DDD; other=x; \(name).2=CCC; \(name).5=FFF"
        #expect(resolve(nil, [chunks]) == TokenSource(token: "AAABBBCCCDDD", salt: .secure, label: "cookie:\(name)"))

        // Spread over several Cookie headers, more than ten chunks (numeric, not lexical, order).
        let many = (0..<12).map { "\(Self.devName).\($0)=c\($0)-" }
        let expected = (0..<12).map { "c\($0)-" }.joined()
        #expect(resolve(nil, [many[7...].joined(separator: "; "), many[..<7].joined(separator: "; ")])
                == TokenSource(token: expected, salt: .development, label: "cookie:\(Self.devName)"))

        // Gap right after .0.
        #expect(resolve(nil, ["\(name).0=AAA; \(name).2=CCC"])?.token == "AAA")
        // No .0: not present, so the development cookie is used.
        #expect(resolve(nil, ["\(name).1=BBB; \(Self.devName)=dev-token"]) == Self.devCookie)
        // The plain cookie wins over chunks of the same name.
        #expect(resolve(nil, ["\(name).0=AAA; \(name)=secure-token"]) == Self.secureCookie)
        // Secure chunks beat a plain development cookie.
        #expect(resolve(nil, ["\(Self.devName)=dev-token; \(name).0=AAA"])?.salt == .secure)
    }

    @Test("only the first present source is returned, even if its token is garbage")
    func noFallback() throws {
        let minter = SessionTokenMinter(secret: "s3cret")
        let verifier = SessionTokenVerifier(secrets: ["s3cret"])
        let goodCookie = minter.mint(subject: "cookie-user", email: "c@x", name: nil, picture: nil, salt: .development)
        let source = try #require(resolve("Bearer garbage", ["\(Self.devName)=\(goodCookie)"]))
        #expect(source == TokenSource(token: "garbage", salt: .secure, label: "bearer"))
        #expect(throws: TokenRejection.malformed) { try verifier.verify(source.token, salt: source.salt) }

        // A development-salt token in the __Secure- cookie fails; the valid dev cookie is not tried.
        let misplaced = try #require(resolve(nil, ["\(Self.secureName)=\(goodCookie); \(Self.devName)=\(goodCookie)"]))
        #expect(misplaced.salt == .secure)
        #expect(throws: TokenRejection.badTag) { try verifier.verify(misplaced.token, salt: misplaced.salt) }
    }

    @Test("a Bearer token always uses the __Secure- salt, a dev-cookie token its own")
    func bearerSaltIsFixed() throws {
        let minter = SessionTokenMinter(secret: "s3cret")
        let verifier = SessionTokenVerifier(secrets: ["s3cret"])
        let devToken = minter.mint(subject: "u", email: "e@x", name: nil, picture: nil, salt: .development)
        let asBearer = try #require(resolve("Bearer \(devToken)"))
        #expect(throws: TokenRejection.badTag) { try verifier.verify(asBearer.token, salt: asBearer.salt) }
        let asCookie = try #require(resolve(nil, ["\(Self.devName)=\(devToken)"]))
        #expect(try verifier.verify(asCookie.token, salt: asCookie.salt).subject == "u")
    }
}
