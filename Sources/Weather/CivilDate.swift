import Foundation

/// A proleptic-Gregorian calendar day, converted to and from UTC instants with integer arithmetic (no `Calendar`,
/// no `DateFormatter`: pure, and the same on every platform).
struct CivilDate: Sendable, Equatable, Comparable {
    var year: Int
    var month: Int
    var day: Int

    /// The day, or nil when `month`/`day` do not name a real date (31/02, 29/02 of a common year…).
    init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
              (1...Self.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The UTC day holding `date`; nil outside years 1…9999 (or for a non-finite date).
    init?(utcDayOf date: Date) {
        let seconds = date.timeIntervalSince1970
        guard seconds.isFinite, seconds > -62_135_596_800, seconds < 253_402_300_800 else { return nil }
        (year, month, day) = Self.civil(fromDays: Int((seconds / 86_400).rounded(.down)))
    }

    /// Days since 1970-01-01.
    var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The day `offset` days later (earlier when negative).
    func adding(days offset: Int) -> CivilDate {
        var copy = self
        (copy.year, copy.month, copy.day) = Self.civil(fromDays: daysSinceEpoch + offset)
        return copy
    }

    /// The UTC instant `hour:minute:second` of this day.
    func utc(hour: Int = 0, minute: Int = 0, second: Int = 0) -> Date {
        Date(timeIntervalSince1970: TimeInterval(daysSinceEpoch * 86_400 + hour * 3_600 + minute * 60 + second))
    }

    /// `YYYY-MM-DD`.
    var iso: String {
        func pad(_ value: Int, _ width: Int) -> String {
            let digits = String(value)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))"
    }

    static func < (lhs: CivilDate, rhs: CivilDate) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    /// Howard Hinnant's `civil_from_days`.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}
