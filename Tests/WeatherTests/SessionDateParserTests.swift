import Foundation
import Testing
import Weather

/// Every header format of §2.9, the lookup hour, and what is refused.
@Suite struct SessionDateParserTests {
    @Test(arguments: [
        "22/02/2026 10:00", "22/02/2026,10:00", "2026-02-22 10:00:05", "2026-02-22 10:00", "2026-02-22", "22/02/2026",
        "  22/02/2026 23:59\n", "2026-02-22 00:00:00",
    ])
    func everyFormatGivesTheDayAtNoonUTC(_ text: String) {
        #expect(SessionDateParser.date(text) == Instants.utc(2026, 2, 22, 12))
    }

    @Test func theHourIsTheTelemetryUTCHourNotTheHeaderClock() {
        #expect(SessionDateParser.date("22/02/2026 10:00", hourUTC: 15) == Instants.utc(2026, 2, 22, 15))
        #expect(SessionDateParser.date("2026-02-22", hourUTC: 0) == Instants.utc(2026, 2, 22, 0))
        #expect(SessionDateParser.date("2026-02-22", hourUTC: 23) == Instants.utc(2026, 2, 22, 23))
        #expect(SessionDateParser.date("2026-02-22", hourUTC: 24) == nil)
        #expect(SessionDateParser.date("2026-02-22", hourUTC: -1) == nil)
    }

    @Test func leapDays() {
        #expect(SessionDateParser.date("29/02/2024") == Instants.utc(2024, 2, 29, 12))
        #expect(SessionDateParser.date("2000-02-29") == Instants.utc(2000, 2, 29, 12))
        #expect(SessionDateParser.date("29/02/2026") == nil)
        #expect(SessionDateParser.date("1900-02-29") == nil)
    }

    @Test(arguments: [
        "", "yesterday", "22-02-2026", "2026/02/22", "02/22/2026", "31/04/2026", "2026-13-01", "2026-00-10", "00/01/2026",
        "22/02/26", "2026-2-22", "22/02/2026 25:00", "22/02/2026 10:60", "22/02/2026 10:00:00", "2026-02-22,10:00",
        "2026-02-22 10", "2026-02-22T10:00", "22/02/2026 10:00 PM", "２２/02/2026", "2026-02-22 10:00:60",
    ])
    func unparseableIsNil(_ text: String) {
        #expect(SessionDateParser.date(text) == nil)
    }
}
