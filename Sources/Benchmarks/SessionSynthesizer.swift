import Foundation
import TelemetryCore

/// Builds larger test inputs from a real export, in memory: higher sample rates by linear
/// interpolation between rows, longer sessions by repeating the timed laps.
public enum SessionSynthesizer {
    /// A session at `factor` × the sample rate whose timed laps are repeated until the file
    /// reaches about `targetBytes`: out-lap, the timed laps in order and again from the first
    /// (renumbered 1, 2, …; times and distances shifted to stay continuous), in-lap. Interpolated rows keep the previous row's lap number;
    /// bearing is interpolated along the shorter arc; `device_update_rate` cells are scaled.
    public static func longSession(from bytes: [UInt8], factor: Int, targetBytes: Int) -> [UInt8] {
        let (header, rows) = split(bytes)
        guard rows.count > 2, factor >= 1 else { return bytes }
        let lapCol = 2, timeCols = [0, 3], distanceCol = 4, bearingCol = 7
        let lapNumbers = rows.map { FastFloat.parse(String(decoding: $0[lapCol], as: UTF8.self)) }
        let value = { (r: Int, c: Int) -> Double in FastFloat.parse(String(decoding: rows[r][c], as: UTF8.self)) ?? 0 }
        // Segments of equal lap number: out-lap (no number), timed laps, in-lap (last number).
        var segments: [Range<Int>] = []
        var start = 0
        for r in 1...rows.count where r == rows.count || lapNumbers[r] != lapNumbers[start] {
            segments.append(start..<r)
            start = r
        }
        guard segments.count >= 3, lapNumbers[segments[0].lowerBound] == nil else { return bytes }
        let laps = Array(segments[1..<(segments.count - 1)])
        let inLap = segments[segments.count - 1]
        let dt = value(1, 3) - value(0, 3)
        // Where a segment's successor row would start, in the original time/distance.
        func endTime(_ s: Range<Int>) -> Double { s.upperBound < rows.count ? value(s.upperBound, 3) : value(s.upperBound - 1, 3) + dt }
        func endDistance(_ s: Range<Int>) -> Double { s.upperBound < rows.count ? value(s.upperBound, distanceCol) : value(s.upperBound - 1, distanceCol) }
        let bytesPerRow = Double(bytes.count - header.count) / Double(rows.count)

        // (source row, time shift, distance shift, lap number override)
        var plan: [(Int, Double, Double, Int?)] = segments[0].map { ($0, 0, 0, nil) }
        var clockT = endTime(segments[0]), clockD = endDistance(segments[0])
        var lapNumber = 0
        func append(_ s: Range<Int>, lap: Int) {
            let shiftT = clockT - value(s.lowerBound, 3), shiftD = clockD - value(s.lowerBound, distanceCol)
            for r in s { plan.append((r, shiftT, shiftD, lap)) }
            clockT = endTime(s) + shiftT
            clockD = endDistance(s) + shiftD
        }
        func size(_ rowCount: Int) -> Double { Double((rowCount + inLap.count) * factor) * bytesPerRow + Double(header.count) }
        while lapNumber < laps.count
            || abs(size(plan.count + laps[lapNumber % laps.count].count) - Double(targetBytes)) < abs(size(plan.count) - Double(targetBytes)) {
            append(laps[lapNumber % laps.count], lap: lapNumber + 1)
            lapNumber += 1
        }
        append(inLap, lap: lapNumber + 1)

        let values: [[Double]] = rows.map { $0.map { FastFloat.parse(String(decoding: $0, as: UTF8.self)) ?? .nan } }
        let decimalsOf: [[Int]] = rows.map { $0.map(decimals) }
        var out = header
        out.reserveCapacity(Int(Double(plan.count * factor) * bytesPerRow * 1.1))
        for (p, step) in plan.enumerated() {
            let next = p + 1 < plan.count ? plan[p + 1] : nil
            for sub in 0..<(next == nil ? 1 : factor) {
                let f = Double(sub) / Double(factor)
                let row = rows[step.0]
                for c in row.indices {
                    if c > 0 { out.append(0x2C) }
                    let cell = row[c]
                    let v0 = values[step.0][c]
                    if c == lapCol {
                        if let lap = step.3 { out.append(contentsOf: Array(String(lap).utf8)) } else { out.append(contentsOf: cell) }
                        continue
                    }
                    if isRateColumn(c) && v0.isFinite {
                        appendFixed(v0 * Double(factor), decimals: decimalsOf[step.0][c], to: &out)
                        continue
                    }
                    let isTime = timeCols.contains(c)
                    let shift = isTime ? step.1 : (c == distanceCol ? step.2 : 0)
                    if !v0.isFinite || (sub == 0 && shift == 0) { out.append(contentsOf: cell); continue }
                    var v = v0
                    if sub > 0, let next, values[next.0][c].isFinite {
                        let w1 = values[next.0][c] + (isTime ? next.1 - step.1 : (c == distanceCol ? next.2 - step.2 : 0))
                        if c == bearingCol {
                            var d = (w1 - v0).truncatingRemainder(dividingBy: 360)
                            if d > 180 { d -= 360 } else if d < -180 { d += 360 }
                            v = v0 + f * d
                            v = v < 0 ? v + 360 : (v >= 360 ? v - 360 : v)
                        } else {
                            v = v0 + f * (w1 - v0)
                        }
                    }
                    appendFixed(v + shift, decimals: isTime ? 2 : decimalsOf[step.0][c], to: &out)
                }
                out.append(0x0A)
            }
        }
        return out
    }

    static func isRateColumn(_ c: Int) -> Bool { c == 9 || c == 21 || c == 25 }

    /// Header lines 1–12 (with their line breaks) and the data rows' cells.
    static func split(_ bytes: [UInt8]) -> (header: [UInt8], rows: [[ArraySlice<UInt8>]]) {
        var lines: [ArraySlice<UInt8>] = []
        var start = 0
        for i in bytes.indices where bytes[i] == 0x0A {
            var end = i
            if end > start && bytes[end - 1] == 0x0D { end -= 1 }
            lines.append(bytes[start..<end])
            start = i + 1
        }
        if start < bytes.count { lines.append(bytes[start...]) }
        guard lines.count > 12 else { return (bytes, []) }
        var header: [UInt8] = []
        for l in lines.prefix(12) { header.append(contentsOf: l); header.append(0x0A) }
        let rows = lines.dropFirst(12).filter { !$0.isEmpty }.map { $0.split(separator: 0x2C, omittingEmptySubsequences: false) }
        return (header, rows)
    }

    static func decimals(_ cell: ArraySlice<UInt8>) -> Int {
        guard let dot = cell.firstIndex(of: 0x2E) else { return 0 }
        return cell.endIndex - dot - 1
    }

    /// Appends `v` with exactly `decimals` decimals.
    static func appendFixed(_ v: Double, decimals: Int, to out: inout [UInt8]) {
        let scale = FastFloat.pow10(min(decimals, 15))
        var scaled = (abs(v) * scale).rounded()
        if v < 0 && scaled > 0 { out.append(0x2D) }
        var digits: [UInt8] = []
        repeat {
            let q = (scaled / 10).rounded(.towardZero)
            digits.append(0x30 + UInt8(scaled - q * 10))
            scaled = q
        } while scaled > 0 || digits.count <= decimals
        for (k, d) in digits.reversed().enumerated() {
            if decimals > 0 && k == digits.count - decimals { out.append(0x2E) }
            out.append(d)
        }
    }
}
