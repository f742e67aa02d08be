/// The cookies of a request, parsed from its `Cookie` headers.
public struct CookieJar: Sendable {
    /// Cookie pairs in the order they were sent.
    private(set) var pairs: [(name: String, value: String)] = []

    public init(headers: [String]) {
        for header in headers {
            for item in header.split(separator: ";") {
                let pair = item.trimmingHTTPWhitespace()
                guard let equals = pair.firstIndex(of: "=") else { continue }
                let name = pair[..<equals].trimmingHTTPWhitespace()
                let value = Self.unquoted(pair[pair.index(after: equals)...].trimmingHTTPWhitespace())
                guard !name.isEmpty else { continue }
                pairs.append((String(name), String(value)))
            }
        }
    }

    /// The first non-empty value of the cookie `name`.
    public func value(named name: String) -> String? {
        pairs.first { $0.name == name && !$0.value.isEmpty }?.value
    }

    /// The value of cookie `name`, or else its chunks `name.0`, `name.1`, … joined
    /// up to the first gap; `nil` when neither is present.
    func token(named name: String) -> String? {
        if let value = value(named: name) { return value }
        var joined = ""
        var index = 0
        while let chunk = value(named: "\(name).\(index)") {
            joined += chunk
            index += 1
        }
        return joined.isEmpty ? nil : joined
    }

    /// Strips one pair of surrounding double quotes.
    private static func unquoted(_ value: Substring) -> Substring {
        guard value.count >= 2, value.first == "\"", value.last == "\"" else { return value }
        return value.dropFirst().dropLast()
    }
}
