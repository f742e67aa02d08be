import Foundation

/// Millisecond-precision timestamp helpers shared by both backends.
///
/// SQLite stores dates as fixed-width ISO-8601 UTC text, `yyyy-MM-ddTHH:mm:ss.SSSZ`, so that
/// lexicographic order equals time order; PostgreSQL stores `timestamptz`. Both adapters round
/// a `Date` to whole milliseconds before storing it.
public enum SQLTimestamp {
    /// Milliseconds since 1970-01-01T00:00:00Z, rounded to the nearest millisecond.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The `Date` for a count of milliseconds since 1970.
    public static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The `Date` for a count of microseconds since 1970.
    public static func date(microseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(microseconds) / 1_000_000)
    }

    /// Formats `date` as `yyyy-MM-ddTHH:mm:ss.SSSZ` in UTC (years 0000–9999).
    public static func format(_ date: Date) -> String {
        let ms = milliseconds(date)
        let (days, msOfDay) = floorDivMod(ms, 86_400_000)
        let (y, m, d) = civilFromDays(days)
        let h = msOfDay / 3_600_000
        let mi = (msOfDay / 60_000) % 60
        let s = (msOfDay / 1000) % 60
        let f = msOfDay % 1000
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))T\(pad(h, 2)):\(pad(mi, 2)):\(pad(s, 2)).\(pad(f, 3))Z"
    }

    /// Parses the text forms found in SQLite columns: `yyyy-MM-dd[T| ]HH:mm[:ss[.fraction]][Z|±HH[:]MM]`
    /// (no zone means UTC, as produced by SQLite's `CURRENT_TIMESTAMP`), or a bare `yyyy-MM-dd`.
    /// Returns `nil` when the text is not a timestamp.
    public static func parse(_ text: String) -> Date? {
        var p = Scanner(Array(text.utf8))
        guard let year = p.digits(4), p.take(UInt8(ascii: "-")),
              let month = p.digits(2), p.take(UInt8(ascii: "-")),
              let day = p.digits(2),
              (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        var msOfDay: Int64 = 0
        var offsetMinutes: Int64 = 0
        if !p.atEnd {
            guard p.take(UInt8(ascii: "T")) || p.take(UInt8(ascii: "t")) || p.take(UInt8(ascii: " ")),
                  let hour = p.digits(2), p.take(UInt8(ascii: ":")), let minute = p.digits(2),
                  hour < 24, minute < 60
            else { return nil }
            var second: Int64 = 0
            var millis: Int64 = 0
            if p.take(UInt8(ascii: ":")) {
                guard let sec = p.digits(2), sec < 61 else { return nil }
                second = sec
                if p.take(UInt8(ascii: ".")) {
                    guard let (fraction, count) = p.fraction() else { return nil }
                    millis = scaleToMillis(fraction, digits: count)
                }
            }
            msOfDay = ((hour * 60 + minute) * 60 + second) * 1000 + millis
            if p.take(UInt8(ascii: "Z")) || p.take(UInt8(ascii: "z")) {
                // UTC
            } else if let sign = p.sign() {
                guard let oh = p.digits(2) else { return nil }
                _ = p.take(UInt8(ascii: ":"))
                let om = p.digits(2) ?? 0
                offsetMinutes = sign * (oh * 60 + om)
            }
            guard p.atEnd else { return nil }
        }
        let days = daysFromCivil(year, month, day)
        return date(milliseconds: days * 86_400_000 + msOfDay - offsetMinutes * 60_000)
    }

    // MARK: - Calendar arithmetic (proleptic Gregorian, H. Hinnant's algorithms)

    static func daysFromCivil(_ y0: Int64, _ m: Int64, _ d: Int64) -> Int64 {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// Year, month (1…12) and day (1…31) of the day `z0` days after 1970-01-01.
    public static func civilFromDays(_ z0: Int64) -> (Int64, Int64, Int64) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }

    /// Quotient and remainder rounded towards −∞ (the remainder has the sign of `b`).
    public static func floorDivMod(_ a: Int64, _ b: Int64) -> (Int64, Int64) {
        var q = a / b
        var r = a % b
        if r < 0 { q -= 1; r += b }
        return (q, r)
    }

    /// `value` in decimal, zero-padded on the left to `width` digits (non-negative values).
    public static func pad(_ value: Int64, _ width: Int) -> String {
        let s = String(value)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }

    private static func scaleToMillis(_ fraction: Int64, digits: Int) -> Int64 {
        switch digits {
        case 1: fraction * 100
        case 2: fraction * 10
        case 3: fraction
        default:
            // More than millisecond precision: round to the nearest millisecond.
            Int64((Double(fraction) / pow(10, Double(digits - 3))).rounded())
        }
    }

    private struct Scanner {
        let bytes: [UInt8]
        var index = 0
        init(_ bytes: [UInt8]) { self.bytes = bytes }
        var atEnd: Bool { index >= bytes.count }

        mutating func take(_ byte: UInt8) -> Bool {
            guard !atEnd, bytes[index] == byte else { return false }
            index += 1
            return true
        }

        mutating func digits(_ count: Int) -> Int64? {
            guard index + count <= bytes.count else { return nil }
            var value: Int64 = 0
            for i in index..<(index + count) {
                let b = bytes[i]
                guard b >= 48, b <= 57 else { return nil }
                value = value * 10 + Int64(b - 48)
            }
            index += count
            return value
        }

        mutating func fraction() -> (Int64, Int)? {
            var value: Int64 = 0
            var count = 0
            while !atEnd, bytes[index] >= 48, bytes[index] <= 57 {
                if count < 9 { value = value * 10 + Int64(bytes[index] - 48); count += 1 }
                index += 1
            }
            return count == 0 ? nil : (value, count)
        }

        mutating func sign() -> Int64? {
            if take(UInt8(ascii: "+")) { return 1 }
            if take(UInt8(ascii: "-")) { return -1 }
            return nil
        }
    }
}
