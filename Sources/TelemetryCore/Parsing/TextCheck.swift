/// Detects binary / non-UTF-8 uploads before any parsing.
enum TextCheck {
    /// Offset of the first byte that cannot belong to a UTF-8 text CSV (invalid UTF-8,
    /// NUL or another C0 control other than tab/CR/LF) within the first `limit` bytes,
    /// or `nil` when that prefix is text. A multi-byte sequence cut by `limit` is accepted.
    static func firstNonTextByte(_ b: UnsafeRawBufferPointer, limit: Int) -> Int? {
        let n = min(b.count, limit)
        let truncatedView = n < b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                if c < 0x20 && c != 0x09 && c != 0x0A && c != 0x0D { return i }
                i += 1
                continue
            }
            let len: Int
            var lo: UInt8 = 0x80, hi: UInt8 = 0xBF
            switch c {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F
            default: return i
            }
            for k in 1..<len {
                if i + k >= n { return truncatedView ? nil : i }
                let cc = b[i + k]
                let (l, h): (UInt8, UInt8) = k == 1 ? (lo, hi) : (0x80, 0xBF)
                if cc < l || cc > h { return i }
            }
            i += len
        }
        return nil
    }
}
