import Foundation
import JSONValues

/// Finds the JSON object in a model's answer: inside a fenced ```json block, or between the first `{` and the
/// last `}` when text surrounds it.
enum JSONExtraction {
    static func object(in text: String) throws -> JSONValue {
        for candidate in candidates(in: text) {
            if let value = try? JSONDecoder().decode(JSONValue.self, from: Data(candidate.utf8)),
               case .object = value {
                return value
            }
        }
        throw UnparseableOutput("no JSON object in the answer")
    }

    /// Where an object may be, most specific first.
    static func candidates(in text: String) -> [Substring] {
        var found: [Substring] = []
        if let fence = text.range(of: "```") {
            let afterFence = text[fence.upperBound...]
            let bodyStart = afterFence.firstIndex(of: "\n").map(afterFence.index(after:)) ?? afterFence.startIndex
            let body = afterFence[bodyStart...]
            if let close = body.range(of: "```") { found.append(body[..<close.lowerBound]) }
        }
        if let open = text.firstIndex(of: "{"), let close = text.lastIndex(of: "}"), open < close {
            found.append(text[open...close])
        }
        return found
    }
}
