import Testing
@testable import App

/// Which page origins may open a socket: the server's own host, the CORS allowlist, nothing else.
@Suite struct WebSocketOriginTests {
    let allowlist = OriginAllowlist(origins: ["http://localhost:3000"])

    @Test func theServersOwnHostIsAllowedWhateverTheScheme() {
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "https://track.example.com", host: "track.example.com", allowlist: allowlist))
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "http://127.0.0.1:8000", host: "127.0.0.1:8000", allowlist: allowlist))
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "https://Track.Example.com", host: "track.example.com", allowlist: allowlist))
    }

    @Test func anAllowlistedOriginIsAllowed() {
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "http://localhost:3000", host: "api.example.com", allowlist: allowlist))
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "https://anything.example", host: "api.example.com", allowlist: OriginAllowlist(origins: ["*"])))
    }

    /// No page has a `ws:` origin; WSClient and other programs send one.
    @Test func aNonBrowserClientsSocketOriginIsAllowed() {
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "ws://localhost", host: "localhost:8000", allowlist: allowlist))
        #expect(WebSocketOriginMiddleware.isAllowed(origin: "wss://api.example.com", host: nil, allowlist: allowlist))
    }

    @Test func anyOtherOriginIsRefused() {
        #expect(!WebSocketOriginMiddleware.isAllowed(origin: "https://evil.example", host: "track.example.com", allowlist: allowlist))
        #expect(!WebSocketOriginMiddleware.isAllowed(origin: "http://127.0.0.1:8001", host: "127.0.0.1:8000", allowlist: allowlist))
        #expect(!WebSocketOriginMiddleware.isAllowed(origin: "https://track.example.com.evil.example", host: "track.example.com", allowlist: allowlist))
        #expect(!WebSocketOriginMiddleware.isAllowed(origin: "null", host: "track.example.com", allowlist: allowlist))
        #expect(!WebSocketOriginMiddleware.isAllowed(origin: "https://evil.example", host: nil, allowlist: allowlist))
    }
}
