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
        let h = secondOfDay / 3600, mi = secondOfDay % 3600 / 60, sec = secondOfDay % 60
        let pad = SQLTimestamp.pad
        return "\(pad(year, 4))-\(pad(month, 2))-\(pad(day, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(sec, 2))+00:00"
    }
}
