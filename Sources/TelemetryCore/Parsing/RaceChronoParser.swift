import Foundation

/// One parsed RaceChrono CSV v3 file (analysis.md §2): metadata, the GPS-quality
/// filtered rows as columnar channels, and the raw rows' quality columns.
public struct ParsedTelemetry: Sendable {
    /// Lines 1–8 metadata.
    public var metadata: SessionMetadata
    /// Which columns were read.
    public var layout: ColumnLayout
    /// Filtered rows (accuracy ≤ 2.0 m and satellites ≥ 6), sorted by elapsed time.
    public var channels: TelemetryChannels
    /// Raw rows (complete rows before the quality filter): time, accuracy, satellites.
    public var raw: RawGPSQuality
    /// Row bookkeeping.
    public var counts: RowCounts
}

/// Byte-level parser for RaceChrono CSV v3 exports.
///
/// Rules (analysis.md §2 plus what real exports contain):
/// - an optional UTF-8 BOM and CRLF or LF line endings; quoted cells anywhere;
/// - lines 1–8 metadata, header names on line 10, source tags on line 12, data from line 13;
/// - a data row needs at least as many cells as the header (else "truncated row");
/// - an empty cell (or `NaN`) is a missing value; a non-empty cell that is not a number is an
///   error in a required column (`row N: bad number in speed`) and a missing value in an optional one;
/// - lap numbers must be integers;
/// - rows missing timestamp, elapsed time, position, speed or distance are dropped (§2.3 step 2),
///   the rest are stably sorted by elapsed time, speed is clamped at 0, then the GPS quality
///   filter keeps rows with accuracy ≤ 2.0 m and satellites ≥ 6.
public enum RaceChronoParser {
    /// Bytes inspected by the binary/non-UTF-8 check.
    static let textCheckLimit = 64 * 1024

    /// Parses a whole file.
    public static func parse(_ bytes: [UInt8]) throws(CSVFormatError) -> ParsedTelemetry {
        let result: Result<ParsedTelemetry, CSVFormatError> = bytes.withUnsafeBytes { buffer in
            do throws(CSVFormatError) { return .success(try parse(buffer)) } catch { return .failure(error) }
        }
        return try result.get()
    }

    /// Parses a whole file held in a raw buffer.
    public static func parse(_ file: UnsafeRawBufferPointer) throws(CSVFormatError) -> ParsedTelemetry {
        guard file.count > 0, let fileBase = file.baseAddress else { throw .emptyFile }
        var offset = 0
        if file.count >= 3, file[0] == 0xEF, file[1] == 0xBB, file[2] == 0xBF { offset = 3 }
        let body = UnsafeRawBufferPointer(start: fileBase + offset, count: file.count - offset)
        guard body.count > 0 else { throw .emptyFile }
        if let bad = TextCheck.firstNonTextByte(body, limit: textCheckLimit) { throw .notText(byteOffset: bad + offset) }

        // Lines 1–12.
        var lines: [ArraySlice<UInt8>] = []
        var pos = 0
        let bytes = body.bindMemory(to: UInt8.self)
        while lines.count < 12 && pos < bytes.count {
            var e = pos
            while e < bytes.count && bytes[e] != 0x0A { e += 1 }
            var le = e
            if le > pos && bytes[le - 1] == 0x0D { le -= 1 }
            lines.append(ArraySlice(UnsafeBufferPointer(rebasing: bytes[pos..<le])))
            pos = e + 1
        }
        guard lines.count >= 10 else { throw .missingHeader(lines: lines.count) }
        let metadata = SessionMetadata.extract(lines: lines.prefix(8).map { String(decoding: $0, as: UTF8.self) })
        let names = CSVLine.cells(lines[9])
        let sources = lines.count >= 12 ? CSVLine.cells(lines[11]) : []
        let layout = try ColumnLayout.detect(names: names, sources: sources)
        guard lines.count == 12, pos < bytes.count else { throw .noDataRows }

        let data = UnsafeBufferPointer(rebasing: bytes[pos...])
        var sink = RowSink(layout: layout, estimatedRows: estimateRows(data), chunkRows: chunkRows)
        defer { sink.deallocate() }
        try scanDataRows(data, firstLine: 13, layout: layout, into: &sink)
        guard sink.dataRows > 0 else { throw .noDataRows }
        return try sink.finish(layout: layout, metadata: metadata)
    }

    // MARK: - Data rows

    /// Rows parsed per chunk (the chunk stays in L2 cache).
    static let chunkRows = 1024

    /// Rows expected from the average length of 32 lines at each of 1/8 … 7/8 of the data
    /// (+1 % and a margin). The first lines (car standing, short numbers) are not typical.
    static func estimateRows(_ data: UnsafeBufferPointer<UInt8>) -> Int {
        var lines = 0, bytes = 0
        for k in 1...7 {
            var i = data.count * k / 8
            while i < data.count && data[i] != 0x0A { i += 1 }   // to the next line start
            i += 1
            let from = i
            var n = 0
            while i < data.count && n < 32 {
                if data[i] == 0x0A { n += 1 }
                i += 1
            }
            lines += n
            bytes += i - from
        }
        guard lines > 0 else { return data.count / 16 + 16 }
        return Int(Double(data.count) / (Double(bytes) / Double(lines)) * 1.01) + 64
    }

    /// Parses every data row, chunk by chunk, into `sink`.
    static func scanDataRows(_ data: UnsafeBufferPointer<UInt8>, firstLine: Int, layout: ColumnLayout,
                             into sink: inout RowSink) throws(CSVFormatError) {
        let base = data.baseAddress!
        let count = data.count
        // The main part ends with the last "\n" that has ≥ 8 bytes after it, so 8-byte loads
        // anywhere up to a row's terminator stay inside the buffer; the rest is copied and padded.
        var mainEnd = max(count - 8, -1)
        while mainEnd >= 0 && base[mainEnd] != 0x0A { mainEnd -= 1 }
        let nChannels = Channel.allCases.count
        let chunk = UnsafeMutablePointer<Double>.allocate(capacity: nChannels * chunkRows)
        defer { chunk.deallocate() }
        let (ops, trailing) = ops(for: layout)
        var line = firstLine
        // Quoted cells need the slower quote-aware skipping. The data is checked for '"' just
        // ahead of the scan (while it streams into cache anyway); after the first quote the
        // rest of the file is scanned quote-aware.
        var quoted = false
        var checkedUpTo = base
        try ops.withUnsafeBufferPointer { (opBuffer) throws(CSVFormatError) in
            func scanAll(_ start: UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>) throws(CSVFormatError) {
                var p = start
                while p < end {
                    var stop = end
                    if !quoted {
                        if checkedUpTo <= p {
                            // Next block: ~256 KB, ending after a line break.
                            var target = min(end, p + quoteCheckBlock)
                            if target < end, let nl = memchr(target, 0x0A, end - target) {
                                target = UnsafePointer(nl.assumingMemoryBound(to: UInt8.self)) + 1
                            } else {
                                target = end
                            }
                            if memchr(p, 0x22, target - p) != nil { quoted = true } else { checkedUpTo = target }
                        }
                        if !quoted { stop = checkedUpTo }
                    }
                    let ctx = ScanContext(out: chunk, stride: chunkRows, ops: opBuffer.baseAddress!,
                                          opCount: opBuffer.count, trailing: trailing, ncols: layout.headerCount,
                                          quoted: quoted, layout: layout)
                    var rows = 0
                    try scan(&p, stop, ctx, limit: chunkRows, row: &rows, line: &line)
                    sink.append(chunk, stride: chunkRows, rows: rows)
                }
            }
            // Every row of the main part ends with "\n"; that terminator stops all inner loops.
            if mainEnd >= 0 { try scanAll(base, base + mainEnd + 1) }
            // The last lines are copied, terminated by "\n" and padded.
            if mainEnd + 1 < count {
                var tail = [UInt8](UnsafeBufferPointer(rebasing: data[(mainEnd + 1)...]))
                if tail.last != 0x0A { tail.append(0x0A) }
                let tailCount = tail.count
                tail.append(contentsOf: [UInt8](repeating: 0, count: 16))
                try tail.withUnsafeBufferPointer { (t) throws(CSVFormatError) in
                    checkedUpTo = t.baseAddress!
                    try scanAll(t.baseAddress!, t.baseAddress! + tailCount)
                }
            }
        }
    }

    /// Bytes checked for quotes at a time.
    static let quoteCheckBlock = 256 * 1024

    /// "Skip `skip` cells, then parse one into channel `slot`."
    struct ScanOp {
        var skip: Int32
        var slot: Int32
    }

    /// The op list of a layout and the number of cells after its last read column.
    static func ops(for layout: ColumnLayout) -> (ops: [ScanOp], trailing: Int) {
        var slotOf = [Int32](repeating: -1, count: layout.headerCount)
        for c in Channel.allCases { if let col = layout.column(of: c) { slotOf[col] = Int32(c.rawValue) } }
        var ops: [ScanOp] = []
        var skip: Int32 = 0
        for col in 0..<layout.headerCount {
            if slotOf[col] >= 0 { ops.append(ScanOp(skip: skip, slot: slotOf[col])); skip = 0 } else { skip += 1 }
        }
        return (ops, Int(skip))
    }

    struct ScanContext {
        let out: UnsafeMutablePointer<Double>
        let stride: Int
        let ops: UnsafePointer<ScanOp>
        let opCount: Int
        let trailing: Int
        let ncols: Int
        let quoted: Bool
        let layout: ColumnLayout
    }

    private static let comma: UInt8 = 0x2C
    private static let lf: UInt8 = 0x0A
    private static let cr: UInt8 = 0x0D
    private static let quote: UInt8 = 0x22

    /// Scans rows from `position` until `end` or `limit` rows; `end[-1]` must be `\n`.
    ///
    /// Each row is walked with the layout's op list ("skip k cells, parse one into a channel"),
    /// so there is no per-cell column lookup; every cell but the row's last must end with `,`.
    static func scan(_ position: inout UnsafePointer<UInt8>, _ end: UnsafePointer<UInt8>, _ ctx: ScanContext,
                     limit: Int, row: inout Int, line: inout Int) throws(CSVFormatError) {
        var p = position
        var r = row
        var ln = line
        let stride = ctx.stride
        let ops = ctx.ops
        let lastOp = ctx.opCount - 1
        let tables = FastFloat.tables
        defer { row = r; line = ln; position = p }
        while p < end && r < limit {
            let first = p.pointee
            if first == lf { p += 1; ln += 1; continue }
            if first == cr && p[1] == lf { p += 2; ln += 1; continue }
            let rowOut = ctx.out + r
            var cell = 0
            var moreCells = false
            for k in 0...lastOp {
                let op = ops[k]
                var skip = Int(op.skip)
                while skip > 0 {
                    p = ctx.quoted ? try skipQuotedCell(p, line: ln) : skipCell(p)
                    if p.pointee != comma { throw .truncatedRow(row: ln, cells: cell + 1, expected: ctx.ncols) }
                    p += 1
                    cell += 1
                    skip -= 1
                }
                let value: Double
                if p.pointee == comma {
                    value = .nan
                } else if let (v, e) = FastFloat.parseSWAR(p, tables),
                          e.pointee == comma || e.pointee == lf || (e.pointee == cr && e[1] == lf) {
                    value = v
                    p = e
                } else {
                    let (v, e) = try slowCell(p, column: cell, slot: Int(op.slot), line: ln, ctx)
                    value = v
                    p = e
                }
                rowOut[Int(op.slot) &* stride] = value
                if p.pointee == comma {
                    p += 1
                    cell += 1
                    moreCells = true
                } else if k != lastOp || ctx.trailing > 0 {
                    throw .truncatedRow(row: ln, cells: cell + 1, expected: ctx.ncols)
                } else {
                    moreCells = false
                }
            }
            // Cells after the last read column (and any beyond the header's count).
            if moreCells {
                var rest = ctx.trailing
                while true {
                    p = ctx.quoted ? try skipQuotedCell(p, line: ln) : skipCell(p)
                    rest -= 1
                    if p.pointee != comma { break }
                    p += 1
                    cell += 1
                }
                if rest > 0 { throw .truncatedRow(row: ln, cells: cell + 1, expected: ctx.ncols) }
            }
            if p.pointee == cr { p += 1 }
            p += 1   // the "\n"
            // Lap numbers (a required column) must be integers.
            let lap = rowOut[Channel.lapNumber.rawValue &* stride]
            if !lap.isNaN && !(abs(lap) <= 1_000_000 && lap == lap.rounded(.towardZero)) {
                throw .badNumber(row: ln, column: columnName(ctx.layout.column(of: .lapNumber)!, ctx.layout))
            }
            r += 1
            ln += 1
        }
    }

    /// Position of the first `,` or `\n` at or after `p`, 8 bytes at a time.
    @inline(__always)
    static func skipCell(_ start: UnsafePointer<UInt8>) -> UnsafePointer<UInt8> {
        var p = start
        while true {
            let w = FastFloat.load8(p)
            let c = w ^ 0x2C2C_2C2C_2C2C_2C2C, l = w ^ 0x0A0A_0A0A_0A0A_0A0A
            let hit = ((c &- 0x0101_0101_0101_0101) & ~c | (l &- 0x0101_0101_0101_0101) & ~l) & 0x8080_8080_8080_8080
            if hit != 0 { return p + (hit.trailingZeroBitCount >> 3) }
            p += 8
        }
    }

    static func columnName(_ col: Int, _ layout: ColumnLayout) -> String {
        let n = layout.headerNames[col]
        return n.isEmpty ? "column \(col + 1)" : n
    }

    /// Skips one cell that may be quoted; returns the position of its terminator.
    static func skipQuotedCell(_ start: UnsafePointer<UInt8>, line: Int) throws(CSVFormatError) -> UnsafePointer<UInt8> {
        var p = start
        var inQuotes = false
        while true {
            let c = p.pointee
            if c == lf {
                if inQuotes { throw .unterminatedQuote(row: line) }
                return p
            }
            if c == quote { inQuotes.toggle() } else if c == comma && !inQuotes { return p }
            p += 1
        }
    }

    /// Slow path for a read cell: spaces, quotes, `NaN`, long numbers, garbage.
    static func slowCell(_ start: UnsafePointer<UInt8>, column col: Int, slot: Int, line: Int,
                         _ ctx: ScanContext) throws(CSVFormatError) -> (Double, UnsafePointer<UInt8>) {
        var p = start
        var content: [UInt8] = []
        var bad = false
        while p.pointee == 0x20 || p.pointee == 0x09 { p += 1 }
        if p.pointee == quote {
            p += 1
            while true {
                let c = p.pointee
                if c == lf { throw .unterminatedQuote(row: line) }
                if c == quote {
                    if p[1] == quote { content.append(quote); p += 2; continue }
                    p += 1
                    break
                }
                content.append(c)
                p += 1
            }
            while p.pointee == 0x20 || p.pointee == 0x09 { p += 1 }
            if !(p.pointee == comma || p.pointee == lf || (p.pointee == cr && p[1] == lf)) {
                bad = true
                while p.pointee != comma && p.pointee != lf { p += 1 }
            }
        } else {
            let s = p
            while p.pointee != comma && p.pointee != lf { p += 1 }
            var e = p
            if e > s && e[-1] == cr && e.pointee == lf { e -= 1 }
            content = Array(UnsafeBufferPointer(start: s, count: e - s))
        }
        while let l = content.last, l == 0x20 || l == 0x09 { content.removeLast() }
        while let f = content.first, f == 0x20 || f == 0x09 { content.removeFirst() }
        if !bad {
            if content.isEmpty { return (.nan, p) }
            if content.count == 3, content.map({ $0 | 0x20 }) == [0x6E, 0x61, 0x6E] { return (.nan, p) }
            if let v = content.withUnsafeBufferPointer({ FastFloat.parse($0) }) { return (v, p) }
        }
        guard let channel = Channel(rawValue: slot), channel.isRequired else { return (.nan, p) }
        throw .badNumber(row: line, column: columnName(col, ctx.layout))
    }
}
