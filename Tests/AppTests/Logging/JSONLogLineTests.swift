import Foundation
import Testing
@testable import App

/// The access log's JSON line is what `JSONSerialization` writes for the same object (sorted keys, slashes kept).
@Suite struct JSONLogLineTests {
    static func reference(_ object: [String: String]) throws -> [UInt8] {
        [UInt8](try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
    }

    @Test func plainFields() throws {
        let object = ["ts": "2026-03-01T10:30:00+00:00", "level": "info", "msg": "request", "path": "/api/sessions/abc",
                      "status": "200", "duration_ms": "1.25"]
        #expect(JSONLogHandler.line(object) == (try Self.reference(object)))
        #expect(String(decoding: JSONLogHandler.line(object), as: UTF8.self).hasPrefix(#"{"duration_ms":"1.25","level":"info""#))
    }

    @Test func escapesWhatJSONNeedsAndKeepsTheRest() throws {
        var text = "quote \" backslash \\ slash / tab \t newline \n return \r bell \u{07} nul \u{00} unit \u{1F} "
        text += "del \u{7F} é 日本 🏁 \u{2028}"
        let object = ["msg": text, "k\"ey": "v\\al", "": ""]
        let line = JSONLogHandler.line(object)
        #expect(line == (try Self.reference(object)), "\(String(decoding: line, as: UTF8.self))")
        let back = try JSONSerialization.jsonObject(with: Data(line)) as? [String: String]
        #expect(back == object)
    }
}
