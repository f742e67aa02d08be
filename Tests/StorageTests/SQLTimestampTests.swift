import Foundation
import Testing
@testable import Storage

@Suite("SQLTimestamp")
struct SQLTimestampTests {
    @Test(arguments: [
        (0.0, "1970-01-01T00:00:00.000Z"),
        (1_700_000_000.123, "2023-11-14T22:13:20.123Z"),
        (-14_182_940.5, "1969-07-20T20:17:39.500Z"),
        (951_782_400.0, "2000-02-29T00:00:00.000Z"),
        (253_402_300_799.999, "9999-12-31T23:59:59.999Z"),
    ])
    func formatsFixedWidthUTC(_ seconds: Double, _ text: String) {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(SQLTimestamp.format(date) == text)
        #expect(SQLTimestamp.parse(text) == date)
    }

    @Test func lexicographicOrderIsTimeOrder() {
        let dates = (0..<200).map { _ in Date(timeIntervalSince1970: Double.random(in: -2_000_000_000...4_000_000_000)) }
        let byText = dates.sorted { SQLTimestamp.format($0) < SQLTimestamp.format($1) }
        #expect(byText.map(SQLTimestamp.milliseconds) == dates.sorted().map(SQLTimestamp.milliseconds))
    }

    @Test func parsesOtherSQLiteForms() {
        let base = Date(timeIntervalSince1970: 1_700_000_000)
        #expect(SQLTimestamp.parse("2023-11-14 22:13:20") == base)                 // CURRENT_TIMESTAMP
        #expect(SQLTimestamp.parse("2023-11-14T22:13:20Z") == base)
        #expect(SQLTimestamp.parse("2023-11-14T23:13:20+01:00") == base)
        #expect(SQLTimestamp.parse("2023-11-14T17:13:20.000-0500") == base)
        #expect(SQLTimestamp.parse("2023-11-14T22:13:20.123456Z") == Date(timeIntervalSince1970: 1_700_000_000.123))
        #expect(SQLTimestamp.parse("2023-11-14T22:13") == Date(timeIntervalSince1970: 1_699_999_980))
        #expect(SQLTimestamp.parse("2023-11-14") == Date(timeIntervalSince1970: 1_699_920_000))
    }

    @Test(arguments: ["", "yesterday", "2023-13-01T00:00:00Z", "2023-11-14T25:00:00Z", "2023-11-14T22:13:20Zjunk", "20231114"])
    func rejectsNonTimestamps(_ text: String) {
        #expect(SQLTimestamp.parse(text) == nil)
    }
}
