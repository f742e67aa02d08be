/// Appending PDF tokens to a byte buffer: numbers in the shortest fixed-point form, names, ASCII text.
extension [UInt8] {
    /// Appends `value` rounded to `decimals` (0…4) places, without trailing zeros (`12.5`, `-3`, `0.25`); a non-finite
    /// value is written as 0.
    mutating func appendNumber(_ value: Double, decimals: Int = 2) {
        let places = Swift.max(0, Swift.min(4, decimals))
        var divisor = 1
        for _ in 0..<places { divisor *= 10 }
        let scaled = value.isFinite ? (value * Double(divisor)).rounded() : 0
        guard abs(scaled) < 1e15 else { append(UInt8(ascii: "0")); return }
        var units = Int(scaled)
        if units < 0 { append(UInt8(ascii: "-")); units = -units }
        appendDigits(units / divisor)
        var fraction = units % divisor
        guard fraction != 0 else { return }
        append(UInt8(ascii: "."))
        var place = divisor / 10   // the fraction's leading digit, zeros included
        while fraction % 10 == 0 { fraction /= 10; place /= 10 }
        while place > 0 {
            append(UInt8(ascii: "0") + UInt8(fraction / place % 10))
            place /= 10
        }
    }

    /// Appends a non-negative integer in decimal.
    mutating func appendDigits(_ value: Int) {
        if value >= 10 { appendDigits(value / 10) }
        append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Appends `value` zero-padded to `width` digits (cross-reference entries).
    mutating func appendPadded(_ value: Int, width: Int) {
        var digits = [UInt8](repeating: UInt8(ascii: "0"), count: width)
        var v = value, i = width - 1
        while v > 0 && i >= 0 { digits[i] = UInt8(ascii: "0") + UInt8(v % 10); v /= 10; i -= 1 }
        append(contentsOf: digits)
    }

    /// Appends ASCII text.
    mutating func append(_ text: String) { append(contentsOf: text.utf8) }

    /// Appends a literal string `( … )` of Latin-1 bytes, escaping `\`, `(` and `)`.
    mutating func appendLiteralString(_ bytes: [UInt8]) {
        append(UInt8(ascii: "("))
        for b in bytes {
            if b == UInt8(ascii: "\\") || b == UInt8(ascii: "(") || b == UInt8(ascii: ")") { append(UInt8(ascii: "\\")) }
            append(b)
        }
        append(UInt8(ascii: ")"))
    }
}
