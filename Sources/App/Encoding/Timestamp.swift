import Foundation

/// Server timestamps: ISO-8601 with an explicit offset, e.g. `2026-03-01T10:30:00+00:00`.
enum Timestamp {
    static func iso8601(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ssxxxxx"
        return formatter.string(from: date)
    }
}
