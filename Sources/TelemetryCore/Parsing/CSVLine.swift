/// Splitting of single (header/metadata) lines into cells with standard CSV quoting.
/// Data rows do not go through here; they are parsed in place by `RaceChronoParser`.
enum CSVLine {
    /// Cells of one line (without its line break), unquoted (`""` → `"`), not trimmed.
    static func cells(_ line: ArraySlice<UInt8>) -> [String] {
        var cells: [String] = []
        var current: [UInt8] = []
        var inQuotes = false
        var i = line.startIndex
        while i < line.endIndex {
            let b = line[i]
            if inQuotes {
                if b == 0x22 {
                    if i + 1 < line.endIndex && line[i + 1] == 0x22 { current.append(0x22); i += 1 }
                    else { inQuotes = false }
                } else {
                    current.append(b)
                }
            } else if b == 0x22 {
                inQuotes = true
            } else if b == 0x2C {
                cells.append(String(decoding: current, as: UTF8.self))
                current.removeAll(keepingCapacity: true)
            } else {
                current.append(b)
            }
            i += 1
        }
        cells.append(String(decoding: current, as: UTF8.self))
        return cells
    }
}

extension String {
    /// Trims spaces, tabs and line breaks at both ends.
    var trimmedWhitespace: String {
        let ws: Set<Character> = [" ", "\t", "\r", "\n"]
        var s = Substring(self)
        while let f = s.first, ws.contains(f) { s.removeFirst() }
        while let l = s.last, ws.contains(l) { s.removeLast() }
        return String(s)
    }

    /// Removes every leading and trailing `"` (Python `str.strip('"')`).
    var strippedQuotes: String {
        var s = Substring(self)
        while s.first == "\"" { s.removeFirst() }
        while s.last == "\"" { s.removeLast() }
        return String(s)
    }
}
