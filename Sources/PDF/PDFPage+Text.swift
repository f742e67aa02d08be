/// Single-line text in the standard fonts. Text is transliterated to Latin-1 (`Latin1Text`) as it is written.
extension PDFPage {
    /// Draws `text` on one line with its baseline at `point.y`, aligned on `point.x`.
    public mutating func text(_ text: String, at point: PDFPoint, font: PDFFont, size: Double, color: PDFColor = .black,
                              alignment: PDFTextAlignment = .left) {
        let bytes = Latin1Text.bytes(text)
        let width = font.width(ofBytes: bytes, size: size)
        let x = switch alignment {
        case .left: point.x
        case .center: point.x - width / 2
        case .right: point.x - width
        }
        runs([(bytes, font)], at: PDFPoint(x: x, y: point.y), size: size, color: color)
    }

    /// Draws runs in different fonts one after the other on one line, starting at `point`.
    public mutating func text(_ runs: [PDFTextRun], at point: PDFPoint, size: Double, color: PDFColor = .black) {
        self.runs(runs.map { (Latin1Text.bytes($0.text), $0.font) }, at: point, size: size, color: color)
    }

    private mutating func runs(_ runs: [(bytes: [UInt8], font: PDFFont)], at point: PDFPoint, size: Double, color: PDFColor) {
        guard runs.contains(where: { !$0.bytes.isEmpty }) else { return }
        setFill(color)
        content.append("BT\n")
        appendPoint(point, "Td")
        for run in runs where !run.bytes.isEmpty {
            content.append("/\(run.font.resourceName) ")
            content.appendNumber(size)
            content.append(" Tf ")
            content.appendLiteralString(run.bytes)
            content.append(" Tj\n")
        }
        content.append("ET\n")
    }
}
