/// A structure-aware mutation of a real export: the header lines stay valid, and a program of 4-byte
/// instructions (from the fuzzer) rewrites numeric cells and row order — NaN, ±Inf, 1e308, −0, huge and tiny
/// values, scaled columns, duplicated, swapped, reversed and deleted rows.
public struct StructuredMutation: Sendable {
    /// The 12 header lines, unchanged.
    public var header: [String]
    /// Data rows as cells.
    public var rows: [[String]]

    /// Splits a CSV export into its 12 header lines and its data rows (no quoting in data rows).
    public init(csv: String) {
        let lines = csv.split(separator: "\n", omittingEmptySubsequences: false).map { String($0) }
        header = Array(lines.prefix(12))
        rows = lines.dropFirst(12).filter { !$0.isEmpty }.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
    }

    /// Values written into cells.
    static let values = ["NaN", "inf", "-inf", "1e308", "-1e308", "-0", "0", "1e16", "1e-300", "4.9e-324", "1e20",
                         "-1", "", "abc", "1e5x", "9223372036854775808", "-9223372036854775809", "0.0000001", "360.5",
                         "-90.0001", "180.00001", "86401", "4102444801", "151"]
    /// Factors whole columns are scaled by.
    static let factors = [1e5, 1e6, 1e16, -1, 0, 1e-6, 1e308, 1.5]

    /// Applies `program` and returns the file. An instruction is 4 bytes: `op` (low 3 bits the operation, high 5
    /// bits which value or factor), row (2 bytes, big-endian, modulo the row count) and `arg` (a column or a span).
    public func applying(_ program: UnsafeRawBufferPointer) -> [UInt8] {
        var rows = self.rows
        var k = 0
        while k + 4 <= program.count, !rows.isEmpty {
            let op = Int(program[k]), row = (Int(program[k + 1]) << 8 | Int(program[k + 2])) % rows.count
            let arg = Int(program[k + 3]), select = op >> 3
            k += 4
            let width = rows[row].count
            switch op & 7 {
            case 0, 1:
                guard width > 0 else { continue }
                rows[row][arg % width] = Self.values[select % Self.values.count]
            case 2:
                guard width > 0 else { continue }
                let column = arg % width, factor = Self.factors[select % Self.factors.count]
                for r in rows.indices where column < rows[r].count {
                    if let v = Double(rows[r][column]) { rows[r][column] = "\(v * factor)" }
                }
            case 3: rows.swapAt(row, (row + arg + 1) % rows.count)
            case 4: rows.insert(rows[row], at: row)
            case 5: rows.remove(at: row)
            case 6:
                let end = min(rows.count, row + arg + 2)
                rows[row..<end].reverse()
            default:
                guard width > 0, row > 0, rows[row - 1].count == width else { continue }
                rows[row][arg % width] = rows[row - 1][arg % width]
            }
        }
        var text = header.joined(separator: "\n") + "\n"
        for r in rows { text += r.joined(separator: ",") + "\n" }
        return Array(text.utf8)
    }
}
