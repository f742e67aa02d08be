import Foundation
import TestSupport

extension RecordedRequest {
    /// The query items, `name → value` (percent-decoded).
    var queryItems: [String: String] {
        var items: [String: String] = [:]
        for pair in query.split(separator: "&") {
            let halves = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard halves.count == 2 else { continue }
            items[String(halves[0])] = String(halves[1]).removingPercentEncoding ?? String(halves[1])
        }
        return items
    }
}
