import Foundation

/// One entry of an Open-Meteo `time` array: `YYYY-MM-DDTHH:MM` in the requested zone (UTC here; `:SS` and a `Z`
/// are tolerated), or Unix seconds under `timeformat=unixtime`. An entry that is neither decodes to a nil `date`
/// (that sample is skipped), not to an error.
struct OpenMeteoTime: Decodable, Sendable, Equatable {
    var date: Date?

    init(date: Date?) { self.date = date }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let seconds = try? container.decode(Double.self) {
            date = seconds.isFinite ? Date(timeIntervalSince1970: seconds) : nil
        } else if let text = try? container.decode(String.self) {
            date = Self.parse(text)
        } else {
            date = nil
        }
    }

    /// `YYYY-MM-DDTHH:MM[:SS][Z]` as a UTC instant.
    static func parse(_ text: String) -> Date? {
        var text = Substring(text)
        if text.hasSuffix("Z") { text = text.dropLast() }
        let halves = text.split(separator: "T", omittingEmptySubsequences: false)
        guard halves.count == 2 else { return nil }
        let dayFields = halves[0].split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        let timeFields = halves[1].split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard dayFields.count == 3, (2...3).contains(timeFields.count),
              let year = dayFields[0], let month = dayFields[1], let dayOfMonth = dayFields[2],
              let day = CivilDate(year: year, month: month, day: dayOfMonth),
              let hour = timeFields[0], let minute = timeFields[1], (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        let second = timeFields.count == 3 ? timeFields[2] : 0
        guard let second, (0...59).contains(second) else { return nil }
        return day.utc(hour: hour, minute: minute, second: second)
    }
}
