import Foundation
import Testing
@testable import App

/// `Timestamp.iso8601` writes what a `DateFormatter` with `yyyy-MM-dd'T'HH:mm:ssxxxxx` in UTC writes, without building one.
@Suite struct TimestampTests {
    static let reference: DateFormatter = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxxxx"
        return formatter
    }()

    @Test func knownInstants() {
        #expect(Timestamp.iso8601(Date(timeIntervalSince1970: 0)) == "1970-01-01T00:00:00+00:00")
        #expect(Timestamp.iso8601(Date(timeIntervalSince1970: 1_772_361_000.75)) == "2026-03-01T10:30:00+00:00")
        #expect(Timestamp.iso8601(Date(timeIntervalSince1970: 951_782_400)) == "2000-02-29T00:00:00+00:00")
        #expect(Timestamp.iso8601(Date(timeIntervalSince1970: -0.5)) == "1969-12-31T23:59:59+00:00")
        #expect(Timestamp.iso8601(Date(timeIntervalSince1970: 4_107_542_399)) == "2100-02-28T23:59:59+00:00")
    }

    @Test func agreesWithDateFormatterOverFourCenturies() {
        var generator = SystemRandomNumberGenerator()
        // Every 1 000th day from 1800 to 2200 at a random second, and the seconds around each year's end.
        var instants: [Double] = []
        for day in stride(from: -62_000, through: 84_000, by: 997) {
            instants.append(Double(day) * 86_400 + Double(UInt64.random(in: 0..<86_400, using: &generator)))
        }
        for year in 1801...2199 {
            var parts = DateComponents()
            parts.year = year
            parts.month = 1
            parts.day = 1
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = TimeZone(secondsFromGMT: 0)!
            let start = calendar.date(from: parts)!.timeIntervalSince1970
            instants.append(contentsOf: [start - 1, start, start + 0.999])
        }
        for t in instants {
            let date = Date(timeIntervalSince1970: t)
            #expect(Timestamp.iso8601(date) == Self.reference.string(from: date), "\(t)")
        }
    }
}
