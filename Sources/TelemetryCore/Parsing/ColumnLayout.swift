/// Which CSV column each channel is read from (analysis.md §2.2).
///
/// When the header row has the full standard layout (≥ 29 columns with the standard
/// names at the standard positions) the standard positions are used, so duplicate names
/// (`speed`, `device_update_rate`) never matter. Otherwise columns are looked up by header
/// name: the first column with the name, preferring one whose source tag (header row 12)
/// matches the channel's source (`speed` → `gps`). Files without IMU columns are accepted
/// as long as every required column is found.
public struct ColumnLayout: Sendable, Equatable {
    /// How the columns were identified.
    public enum Mode: String, Sendable { case standardPositions, headerNames }

    /// Column index per channel (`Channel.rawValue`), `nil` when absent.
    public var columns: [Int?]
    /// Number of cells in the header row; data rows must have at least this many.
    public var headerCount: Int
    /// Header names as written (trimmed), for error messages.
    public var headerNames: [String]
    /// Detection mode.
    public var mode: Mode

    /// Column of `channel`, if present.
    public func column(of channel: Channel) -> Int? { columns[channel.rawValue] }

    /// Detects the layout from the header names (row 10) and source tags (row 12).
    public static func detect(names rawNames: [String], sources rawSources: [String]) throws(CSVFormatError) -> ColumnLayout {
        let names = rawNames.map { $0.trimmedWhitespace }
        let lower = names.map { $0.lowercased() }
        let sources = rawSources.map { $0.trimmedWhitespace.lowercased() }
        if names.count >= AnalysisConstants.standardColumnCount,
           Channel.allCases.allSatisfy({ lower[$0.standardPosition] == $0.headerName }) {
            return ColumnLayout(columns: Channel.allCases.map { $0.standardPosition },
                                headerCount: names.count, headerNames: names, mode: .standardPositions)
        }
        var columns = [Int?](repeating: nil, count: Channel.allCases.count)
        for channel in Channel.allCases {
            let candidates = lower.indices.filter { lower[$0] == channel.headerName }
            if let tag = channel.preferredSource,
               let tagged = candidates.first(where: { $0 < sources.count && sources[$0].contains(tag) }) {
                columns[channel.rawValue] = tagged
            } else {
                columns[channel.rawValue] = candidates.first
            }
        }
        let required = Channel.allCases.filter(\.isRequired)
        let missing = required.filter { columns[$0.rawValue] == nil }
        if !missing.isEmpty {
            if names.count < AnalysisConstants.standardColumnCount && missing.count == required.count {
                throw .tooFewColumns(names.count)
            }
            throw .missingColumns(missing.map(\.headerName))
        }
        return ColumnLayout(columns: columns, headerCount: names.count, headerNames: names, mode: .headerNames)
    }
}
