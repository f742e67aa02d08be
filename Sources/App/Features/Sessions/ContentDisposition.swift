import Foundation

/// `form-data; name="files"; filename="a.csv"` → parameters.
struct ContentDisposition {
    var parameters: [String: String] = [:]

    init(_ value: String) {
        for piece in value.split(separator: ";").dropFirst() {
            let pair = piece.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            var raw = pair[1]
            if raw.hasPrefix("\""), raw.hasSuffix("\""), raw.count >= 2 { raw = String(raw.dropFirst().dropLast()) }
            parameters[pair[0].lowercased()] = raw
        }
    }
}
