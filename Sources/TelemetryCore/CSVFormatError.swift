import Foundation

/// Why an uploaded file was rejected. Every case names what is wrong.
///
/// `message` is the full text shown to users and always starts with
/// `Invalid CSV format: ` (e.g. `Invalid CSV format: row 1234: bad number in speed`);
/// `reason` is the same text without that prefix. Row numbers are 1-based
/// lines of the file (the first data row is line 13). An upload that fails answers
/// `422 {"detail": message}` (analysis.md §2.4 rec) — `message` already carries the prefix.
public enum CSVFormatError: Error, Equatable, Sendable, CustomStringConvertible, LocalizedError {
    /// The upload has no bytes.
    case emptyFile
    /// The bytes are not UTF-8 text (NUL/control bytes or invalid UTF-8) at this 0-based byte offset.
    case notText(byteOffset: Int)
    /// The file ends (after `lines` lines) before the column header on line 10.
    case missingHeader(lines: Int)
    /// The header has too few columns and none of the required names (§2.4 message).
    case tooFewColumns(Int)
    /// Required columns not found in the header row (names as in the header).
    case missingColumns([String])
    /// Nothing after the three header rows.
    case noDataRows
    /// A data row (file line `row`) has fewer cells than the header.
    case truncatedRow(row: Int, cells: Int, expected: Int)
    /// A cell of a required column is not a number.
    case badNumber(row: Int, column: String)
    /// A quoted cell is not closed on its line.
    case unterminatedQuote(row: Int)
    /// No data row has all of timestamp, elapsed time, position, speed and distance.
    case noCompleteRows
    /// Too few rows are physically possible: `keptRows` survived, `dropped` says why the others did not.
    case implausibleData(keptRows: Int, dropped: ImplausibleRows)
    /// The laps cover more distance than one session can be analysed over (`PhysicalBounds.maxResampledDistanceM`).
    case sessionTooLong(distanceKm: Int, limitKm: Int)
    /// No GPS-quality row carries a lap number (§2.4).
    case noLaps
    /// No numbered lap both starts and ends at a start/finish crossing.
    case noTimedLaps(lapNumbers: [Int])
    /// Every lap was removed by the distance filter (§2.4, §3.2).
    case allLapsFiltered
    /// No lap was long enough to resample (§2.4, §3.3).
    case noResampledLaps

    /// The message without the `Invalid CSV format: ` prefix.
    public var reason: String {
        switch self {
        case .emptyFile:
            return "file is empty"
        case .notText(let offset):
            return "not a text file: binary or non-UTF-8 data at byte \(offset)"
        case .missingHeader(let lines):
            return "file ends at line \(lines), before the column header on line 10"
        case .tooFewColumns(let n):
            return "CSV has \(n) columns but expected at least 29. Is this a RaceChrono CSV v3 export?"
        case .missingColumns(let names):
            return "missing \(names.joined(separator: ", ")) column\(names.count == 1 ? "" : "s")"
        case .noDataRows:
            return "no data rows"
        case .truncatedRow(let row, let cells, let expected):
            return "row \(row): \(cells) of \(expected) columns (truncated row)"
        case .badNumber(let row, let column):
            return "row \(row): bad number in \(column)"
        case .unterminatedQuote(let row):
            return "row \(row): unterminated quoted cell"
        case .noCompleteRows:
            return "no data row has timestamp, elapsed_time, latitude, longitude, speed and distance_traveled"
        case .implausibleData(let kept, let dropped):
            return "implausible data: \(dropped.droppedRows) of \(dropped.droppedRows + kept) rows are physically impossible "
                + "(\(dropped.summary)); \(kept) plausible rows are too few to analyse"
        case .sessionTooLong(let km, let limit):
            return "the laps cover \(km) km, more than the \(limit) km one session can be analysed over"
        case .noLaps:
            return "No laps found in session data. Check that RaceChrono recorded lap numbers."
        case .noTimedLaps(let laps):
            let list = laps.map(String.init).joined(separator: ", ")
            return "No complete laps: no lap both starts and ends at a start/finish line crossing (numbered laps: \(list))"
        case .allLapsFiltered:
            return "All laps were filtered out (too short). Check session data."
        case .noResampledLaps:
            return "No laps could be resampled. Check session data quality."
        }
    }

    /// Full user-facing message: `Invalid CSV format: ` + `reason`.
    public var message: String { "Invalid CSV format: " + reason }

    public var description: String { message }
    public var errorDescription: String? { message }
}
