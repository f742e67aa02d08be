import Foundation

/// Reads the session date of a RaceChrono CSV header into the UTC instant a weather lookup asks about (§2.9).
///
/// Accepted (surrounding whitespace ignored): `dd/mm/YYYY HH:MM`, `dd/mm/YYYY,HH:MM`, `YYYY-mm-dd HH:MM:SS`,
/// `YYYY-mm-dd HH:MM`, `YYYY-mm-dd`, `dd/mm/YYYY`. The clock time of the header is validated but not used: it is the
/// phone's local time, while the lookup hour is the UTC hour of the first telemetry timestamp (`hourUTC`), 12 when
/// unknown.
public enum SessionDateParser {
    /// The day of `text` at `hourUTC`:00 UTC (12:00 when nil); nil when `text` is not one of the formats, names no
    /// real day or time, or `hourUTC` is outside 0…23.
    public static func date(_ text: String, hourUTC: Int? = nil) -> Date? {
        let hour = hourUTC ?? 12
        guard (0...23).contains(hour), let day = civilDate(text) else { return nil }
        return day.utc(hour: hour)
    }

    /// The calendar day of `text`, when `text` is well formed.
    static func civilDate(_ text: String) -> CivilDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let dayPart: Substring
        let timePart: Substring?
        if let separator = trimmed.firstIndex(where: { $0 == " " || $0 == "," }) {
            dayPart = trimmed[..<separator]
            timePart = trimmed[trimmed.index(after: separator)...]
        } else {
            dayPart = Substring(trimmed)
            timePart = nil
        }
        guard let day = day(dayPart) else { return nil }
        if let timePart {
            // A comma separates only the day-first form; an ISO day takes a space.
            let comma = trimmed[trimmed.index(before: timePart.startIndex)] == ","
            let dayFirst = dayPart.contains("/")
            if comma && !dayFirst { return nil }
            guard isTime(timePart, allowSeconds: !dayFirst) else { return nil }
        }
        return day
    }

    /// `dd/mm/YYYY` or `YYYY-mm-dd`.
    private static func day(_ text: Substring) -> CivilDate? {
        if text.contains("/") {
            guard let fields = numbers(text, separator: "/", widths: [2, 2, 4]) else { return nil }
            return CivilDate(year: fields[2], month: fields[1], day: fields[0])
        }
        guard let fields = numbers(text, separator: "-", widths: [4, 2, 2]) else { return nil }
        return CivilDate(year: fields[0], month: fields[1], day: fields[2])
    }

    /// `HH:MM`, or `HH:MM:SS` when `allowSeconds`.
    private static func isTime(_ text: Substring, allowSeconds: Bool) -> Bool {
        let fields = numbers(text, separator: ":", widths: [2, 2]) ?? (allowSeconds ? numbers(text, separator: ":", widths: [2, 2, 2]) : nil)
        guard let fields else { return false }
        return fields[0] <= 23 && fields[1] <= 59 && (fields.count < 3 || fields[2] <= 59)
    }

    /// The decimal fields of `text` split on `separator`, each exactly its width of ASCII digits.
    private static func numbers(_ text: Substring, separator: Character, widths: [Int]) -> [Int]? {
        let parts = text.split(separator: separator, omittingEmptySubsequences: false)
        guard parts.count == widths.count else { return nil }
        var values: [Int] = []
        for (part, width) in zip(parts, widths) {
            guard part.count == width, part.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(part) else { return nil }
            values.append(value)
        }
        return values
    }
}
