import Foundation
import Storage

/// Server timestamps: ISO-8601 in UTC with an explicit offset and whole seconds, e.g. `2026-03-01T10:30:00+00:00`.
///
/// Written from the date's seconds with the proleptic Gregorian day arithmetic of `SQLTimestamp` (H. Hinnant's
/// civil-from-days) instead of a `DateFormatter`: Foundation builds an ICU formatter for each one, which cost a third
/// of the server's CPU on a small JSON answer with a date, and every structured log line carries one.
enum Timestamp {
    static func iso8601(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = SQLTimestamp.floorDivMod(seconds, 86_400)
        let (year, month, day) = SQLTimestamp.civilFromDays(days)
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

    /// `value` in decimal, zero-padded to `width` digits (a negative year keeps its sign in front).
    private static func append(_ value: Int64, width: Int, to text: inout String) {
        let digits = String(value.magnitude)
        if value < 0 { text.append("-") }
        if digits.count < width { text.append(String(repeating: "0", count: width - digits.count)) }
        text.append(digits)
    }
}
