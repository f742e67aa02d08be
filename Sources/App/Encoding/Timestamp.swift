import Foundation

/// Server timestamps: ISO-8601 in UTC with an explicit offset and whole seconds, e.g. `2026-03-01T10:30:00+00:00`.
///
/// Written from the date's seconds with the proleptic Gregorian calendar's day arithmetic (days from the civil date,
/// H. Hinnant) instead of a `DateFormatter`: Foundation builds an ICU formatter for each one, which cost a third of the
/// server's CPU on a small JSON answer with a date, and every structured log line carries one.
enum Timestamp {
    static func iso8601(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = floorDivision(seconds, 86_400)
        let (year, month, day) = civil(fromDays: days)
        var text = ""
        text.reserveCapacity(25)
        append(year, width: 4, to: &text)
        text.append("-")
        append(month, width: 2, to: &text)
        text.append("-")
        append(day, width: 2, to: &text)
        text.append("T")
        append(secondOfDay / 3600, width: 2, to: &text)
        text.append(":")
        append(secondOfDay % 3600 / 60, width: 2, to: &text)
        text.append(":")
        append(secondOfDay % 60, width: 2, to: &text)
        text.append("+00:00")
        return text
    }

    /// Quotient and remainder rounded towards −∞ (a date before 1970 still has its time of day in 0..<86 400).
    static func floorDivision(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        let q = a / b, r = a % b
        return r < 0 ? (q - 1, r + b) : (q, r)
    }

    /// Year, month (1…12) and day (1…31) of the day `days` after 1970-01-01.
    static func civil(fromDays days: Int64) -> (Int64, Int64, Int64) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// `value` in decimal, zero-padded to `width` digits (a negative year keeps its sign in front).
    private static func append(_ value: Int64, width: Int, to text: inout String) {
        let digits = String(value.magnitude)
        if value < 0 { text.append("-") }
        if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
        text.append(digits)
    }
}
