/// The standard (base-14) fonts this writer uses. Every PDF viewer has them, so nothing is embedded; text is written in
/// WinAnsiEncoding, which agrees with ISO Latin-1 on every byte `Latin1Text` produces.
public enum PDFFont: Int, Sendable, CaseIterable {
    /// Helvetica (regular).
    case helvetica
    /// Helvetica-Bold.
    case helveticaBold

    /// The PostScript name (`/BaseFont`).
    public var postScriptName: String {
        switch self {
        case .helvetica: "Helvetica"
        case .helveticaBold: "Helvetica-Bold"
        }
    }

    /// The name the page resources give the font (`/F1`, `/F2`, …).
    var resourceName: String { "F\(rawValue + 1)" }

    /// Advance widths in 1/1000 em by Latin-1 byte.
    var widths: [UInt16] {
        switch self {
        case .helvetica: StandardFontMetrics.helvetica
        case .helveticaBold: StandardFontMetrics.helveticaBold
        }
    }

    /// Advance width of one Latin-1 byte in 1/1000 em.
    public func width(ofByte byte: UInt8) -> Int { Int(widths[Int(byte)]) }

    /// Width of `text` set at `size` points, after transliteration to Latin-1 (as it is drawn; no kerning).
    public func width(of text: String, size: Double) -> Double {
        width(ofBytes: Latin1Text.bytes(text), size: size)
    }

    /// Width of already encoded Latin-1 bytes set at `size` points.
    public func width(ofBytes bytes: [UInt8], size: Double) -> Double {
        let table = widths
        var units = 0
        for b in bytes { units += Int(table[Int(b)]) }
        return Double(units) * size / 1000
    }
}
