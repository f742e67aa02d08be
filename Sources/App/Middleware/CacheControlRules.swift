/// The path-prefix table of platform.md §12.2; per-user responses are `private`.
public enum CacheControlRules {
    public static func value(_ path: String) -> String {
        let noCachePrefixes = ["/api/coaching", "/api/equipment", "/api/leaderboards", "/api/notes", "/api/stickies",
                               "/api/sessions/upload"]
        if noCachePrefixes.contains(where: { path.hasPrefix($0) }) { return "no-cache" }
        if path.hasPrefix("/api/sessions/") {
            if path.hasSuffix("/tags") || path.hasSuffix("/weather") { return "no-cache" }
            if path.hasSuffix("/optimal-comparison") { return "private, no-cache" }
            return "private, max-age=60"
        }
        if path.hasPrefix("/api/trends") { return "private, max-age=60" }
        if path.hasPrefix("/api/tracks") { return "private, max-age=3600" }
        return "no-cache"
    }
}
