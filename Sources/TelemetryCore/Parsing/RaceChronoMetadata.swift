/// Session metadata from lines 1–8 of a RaceChrono CSV v3 export (analysis.md §2.1).
public struct SessionMetadata: Sendable, Equatable, Codable {
    /// `Track name,` line, trimmed and unquoted; `""` when absent.
    public var trackName: String
    /// `Created,` line: date and time joined by a space (`"21/02/2026 22:12"`); `""` when absent.
    public var sessionDate: String
    /// `v9.1.3` from the banner's `RaceChrono v9.1.3`; `""` when absent.
    public var racechronoVersion: String

    /// Creates metadata from its three fields.
    public init(trackName: String, sessionDate: String, racechronoVersion: String) {
        self.trackName = trackName
        self.sessionDate = sessionDate
        self.racechronoVersion = racechronoVersion
    }

    enum CodingKeys: String, CodingKey {
        case trackName = "track_name", sessionDate = "session_date", racechronoVersion = "racechrono_version"
    }

    /// Extracts the metadata from the first (up to 8) lines, already without line breaks.
    public static func extract(lines: [String]) -> SessionMetadata {
        var meta = SessionMetadata(trackName: "", sessionDate: "", racechronoVersion: "")
        if let banner = lines.first { meta.racechronoVersion = version(in: banner) }
        for raw in lines.prefix(8) {
            let line = raw.trimmedWhitespace
            if meta.trackName.isEmpty, line.hasPrefix("Track name,") {
                meta.trackName = String(line.dropFirst("Track name,".count)).trimmedWhitespace.strippedQuotes
            } else if meta.sessionDate.isEmpty, line.hasPrefix("Created,") {
                let parts = line.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false)
                var date = parts.count > 1 ? String(parts[1]).trimmedWhitespace.strippedQuotes : ""
                if parts.count > 2 { date += " " + String(parts[2]).trimmedWhitespace.strippedQuotes }
                meta.sessionDate = date
            }
        }
        return meta
    }

    /// First match of `RaceChrono (v[0-9.]+)`.
    static func version(in banner: String) -> String {
        let chars = Array(banner.utf8)
        let key = Array("RaceChrono v".utf8)
        guard chars.count > key.count else { return "" }
        var i = 0
        while i + key.count <= chars.count {
            if Array(chars[i..<(i + key.count)]) == key {
                var j = i + key.count
                while j < chars.count, chars[j] == 0x2E || (chars[j] >= 0x30 && chars[j] <= 0x39) { j += 1 }
                if j > i + key.count { return "v" + String(decoding: chars[(i + key.count)..<j], as: UTF8.self) }
            }
            i += 1
        }
        return ""
    }
}
