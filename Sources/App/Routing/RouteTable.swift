/// The declared routes, for 405 detection and the API description.
public struct RouteTable: Sendable {
    public let specs: [RouteSpec]

    public init(_ specs: [RouteSpec]) { self.specs = specs }

    public var keys: [String] { specs.map(\.key) }

    /// Methods of the routes at the node the router resolves this concrete path to. Like the router's trie, a literal
    /// segment wins over a parameter, and the walk falls back to the parameter only when the literal branch cannot
    /// reach the whole path: `/api/sessions/upload` is the upload node (POST only), never `{session_id}`.
    func methods(matching path: String) -> [String] {
        let segments = Array(path.split(separator: "/", omittingEmptySubsequences: false).dropFirst())
        let patterns = specs.map { Array($0.path.split(separator: "/", omittingEmptySubsequences: false).dropFirst()) }
        guard let node = Self.resolve(segments, patterns: patterns, prefix: []) else { return [] }
        return Array(Set(zip(specs, patterns).filter { $0.1 == node }.map(\.0.method.rawValue))).sorted()
    }

    private static func resolve(_ segments: [Substring], patterns: [[Substring]], prefix: [Substring]) -> [Substring]? {
        let depth = prefix.count
        if depth == segments.count { return patterns.contains { $0.starts(with: prefix) } ? prefix : nil }
        let children = Set(patterns.filter { $0.count > depth && $0.starts(with: prefix) }.map { $0[depth] })
        let segment = segments[depth]
        if children.contains(segment), !isParameter(segment),
           let node = resolve(segments, patterns: patterns, prefix: prefix + [segment]) {
            return node
        }
        guard !segment.isEmpty else { return nil }
        for child in children.sorted() where isParameter(child) {
            if let node = resolve(segments, patterns: patterns, prefix: prefix + [child]) { return node }
        }
        return nil
    }

    private static func isParameter(_ segment: Substring) -> Bool { segment.hasPrefix("{") && segment.hasSuffix("}") }
}
