/// Decimal number parsing straight from bytes, without creating Strings.
///
/// The fast path handles `[+-]digits[.digits][(e|E)[+-]digits]` with at most 19
/// significant digits and a mantissa ≤ 2^53 scaled by an exact power of ten ≤ 10^22
/// (Clinger's fast path): the result is then correctly rounded, i.e. identical to
/// `Double(String)`. Anything else falls back to the slow, still exact, path.
public enum FastFloat {
    /// Exact powers of ten 10^0 … 10^22.
    @inline(__always)
    public static func pow10(_ e: Int) -> Double {
        switch e {
        case 0: return 1e0
        case 1: return 1e1
        case 2: return 1e2
        case 3: return 1e3
        case 4: return 1e4
        case 5: return 1e5
        case 6: return 1e6
        case 7: return 1e7
        case 8: return 1e8
        case 9: return 1e9
        case 10: return 1e10
        case 11: return 1e11
        case 12: return 1e12
        case 13: return 1e13
        case 14: return 1e14
        case 15: return 1e15
        case 16: return 1e16
        case 17: return 1e17
        case 18: return 1e18
        case 19: return 1e19
        case 20: return 1e20
        case 21: return 1e21
        default: return 1e22
        }
    }

    // MARK: - SWAR fast path (8 bytes at a time)

    /// Reads 8 bytes at `p` as a little-endian word.
    @inline(__always)
    static func load8(_ p: UnsafePointer<UInt8>) -> UInt64 {
        UInt64(littleEndian: UnsafeRawPointer(p).loadUnaligned(as: UInt64.self))
    }

    /// Length of the run of ASCII digits at the start of `w` (0…8), and `w` with every
    /// digit byte turned into its value.
    @inline(__always)
    static func digitRun(_ w: UInt64) -> (count: Int, values: UInt64) {
        let x = w ^ 0x3030_3030_3030_3030
        let nonDigit = (((x & 0x7F7F_7F7F_7F7F_7F7F) &+ 0x7676_7676_7676_7676) | x) & 0x8080_8080_8080_8080
        return (nonDigit.trailingZeroBitCount >> 3, x)
    }

    /// The number formed by the first `n` digit values of `x` (byte 0 most significant).
    @inline(__always)
    static func digitsValue(_ n: Int, _ x: UInt64) -> UInt64 {
        let half = UInt64(32 - 4 * n)      // two shifts of ≤ 32 bits: n = 0 gives 0, no branch
        var v = (x &<< half) &<< half
        v = (v &* 10) &+ (v >> 8)
        v = (((v & 0x0000_00FF_0000_00FF) &* 0x000F_4240_0000_0064)
            &+ (((v >> 16) & 0x0000_00FF_0000_00FF) &* 0x0000_2710_0000_0001)) >> 32
        return v & 0xFFFF_FFFF
    }

    /// Lookup tables for the hot loop (a `switch` compiles to an indirect jump that
    /// mispredicts when the number of decimals varies).
    struct Tables {
        /// 10^0 … 10^22 as Double.
        let pow10: UnsafePointer<Double>
        /// 10^0 … 10^8 as UInt64.
        let pow10Int: UnsafePointer<UInt64>
    }

    nonisolated(unsafe) static let tables: Tables = {
        let d = UnsafeMutablePointer<Double>.allocate(capacity: 23)
        for e in 0...22 { d[e] = pow10(e) }
        let i = UnsafeMutablePointer<UInt64>.allocate(capacity: 9)
        var v: UInt64 = 1
        for e in 0...8 { i[e] = v; v *= 10 }
        return Tables(pow10: d, pow10Int: i)
    }()

    /// Branch-light parse of `-?digits(.digits)?` at `start`, 8 bytes at a time; `nil` when
    /// the fast path does not apply (no digits, a `+` sign, more than 19 digits, a mantissa
    /// above 2^53). The result is correctly rounded (exact mantissa ÷ exact power of ten).
    ///
    /// - Precondition: at least 8 readable bytes follow every position up to the first byte
    ///   that ends the number (callers pad the buffer).
    @inline(__always)
    static func parseSWAR(_ start: UnsafePointer<UInt8>, _ t: Tables) -> (value: Double, end: UnsafePointer<UInt8>)? {
        var p = start
        let negative = p.pointee == 0x2D
        p += negative ? 1 : 0
        var (n, x) = digitRun(load8(p))
        var mantissa = digitsValue(n, x)
        var digits = n
        p += n
        while n == 8 {
            (n, x) = digitRun(load8(p))
            digits += n
            if digits > 19 { return nil }
            mantissa = mantissa &* t.pow10Int[n] &+ digitsValue(n, x)
            p += n
        }
        var fracDigits = 0
        if p.pointee == 0x2E {
            p += 1
            repeat {
                (n, x) = digitRun(load8(p))
                digits += n
                fracDigits += n
                if digits > 19 { return nil }
                mantissa = mantissa &* t.pow10Int[n] &+ digitsValue(n, x)
                p += n
            } while n == 8
        }
        if digits == 0 || mantissa > (1 << 53) { return nil }
        let value = Double(mantissa) / t.pow10[fracDigits]
        return (negative ? -value : value, p)
    }

    /// Parses a number at `start` and returns it with the position of the first byte
    /// after it, or `nil` when the fast path does not apply.
    ///
    /// - Precondition: the bytes from `start` on contain a byte that is neither a digit,
    ///   a sign, `.`, nor `e`/`E` before the end of the buffer (callers guarantee a
    ///   terminating `\n`), so no bounds checks are needed.
    @inline(__always)
    static func parsePrefix(_ start: UnsafePointer<UInt8>) -> (value: Double, end: UnsafePointer<UInt8>)? {
        var p = start
        var negative = false
        let c0 = p.pointee
        if c0 == 0x2D { negative = true; p += 1 } else if c0 == 0x2B { p += 1 }
        var mantissa: UInt64 = 0
        let intStart = p
        while true {
            let d = p.pointee &- 0x30
            if d > 9 { break }
            mantissa = mantissa &* 10 &+ UInt64(d)
            p += 1
        }
        let intDigits = p - intStart
        var fracDigits = 0
        if p.pointee == 0x2E {
            p += 1
            let fracStart = p
            while true {
                let d = p.pointee &- 0x30
                if d > 9 { break }
                mantissa = mantissa &* 10 &+ UInt64(d)
                p += 1
            }
            fracDigits = p - fracStart
        }
        let digits = intDigits + fracDigits
        if digits == 0 || digits > 19 { return nil }
        var exp10 = -fracDigits
        let e = p.pointee
        if e == 0x65 || e == 0x45 {
            p += 1
            var expNegative = false
            if p.pointee == 0x2D { expNegative = true; p += 1 } else if p.pointee == 0x2B { p += 1 }
            let expStart = p
            var x = 0
            while true {
                let d = p.pointee &- 0x30
                if d > 9 { break }
                x = x &* 10 &+ Int(d)
                p += 1
                if p - expStart > 4 { return nil }
            }
            if p == expStart { return nil }
            exp10 += expNegative ? -x : x
        }
        if mantissa > (1 << 53) { return nil }
        let m = Double(mantissa)
        let value: Double
        if exp10 == 0 {
            value = m
        } else if exp10 < 0 {
            if exp10 < -22 { return nil }
            value = m / pow10(-exp10)
        } else {
            if exp10 > 22 { return nil }
            value = m * pow10(exp10)
        }
        return (negative ? -value : value, p)
    }

    /// Parses a whole cell (already trimmed and unquoted). Returns `nil` unless the
    /// bytes are exactly one finite decimal number.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> Double? {
        guard !bytes.isEmpty, bytes.count < 512 else { return nil }
        var padded = [UInt8](bytes)
        padded.append(0)
        return padded.withUnsafeBufferPointer { buf -> Double? in
            let base = buf.baseAddress!
            if let (v, end) = parsePrefix(base), end - base == bytes.count { return v }
            // Slow but exact fallback for long mantissas / large exponents, restricted
            // to plain decimal syntax (Double(String) would also accept hex, inf, nan).
            guard isPlainDecimal(UnsafeBufferPointer(rebasing: buf.dropLast())) else { return nil }
            guard let v = Double(String(decoding: UnsafeBufferPointer(rebasing: buf.dropLast()), as: UTF8.self)),
                  v.isFinite else { return nil }
            return v
        }
    }

    /// Convenience for tests and callers holding a String.
    public static func parse(_ text: String) -> Double? {
        var copy = text
        return copy.withUTF8 { parse($0) }
    }

    /// `[+-]?(digits)(.digits)?([eE][+-]?digits)?` with at least one mantissa digit.
    static func isPlainDecimal(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        if i < n, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
        var mantissaDigits = 0
        while i < n, b[i] &- 0x30 <= 9 { i += 1; mantissaDigits += 1 }
        if i < n, b[i] == 0x2E {
            i += 1
            while i < n, b[i] &- 0x30 <= 9 { i += 1; mantissaDigits += 1 }
        }
        guard mantissaDigits > 0 else { return false }
        if i < n, b[i] == 0x65 || b[i] == 0x45 {
            i += 1
            if i < n, b[i] == 0x2B || b[i] == 0x2D { i += 1 }
            var expDigits = 0
            while i < n, b[i] &- 0x30 <= 9 { i += 1; expDigits += 1 }
            guard expDigits > 0 else { return false }
        }
        return i == n
    }
}
