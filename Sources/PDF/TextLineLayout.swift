/// The greedy line filler of `TextWrapper`: adds words to the current line while they fit.
struct TextLineLayout {
    let size: Double
    let width: Double
    var lines: [[TextFragment]] = []
    var current: [TextFragment] = []
    var currentWidth = 0.0
    var pendingSpace: PDFFont? = nil

    init(size: Double, width: Double) {
        self.size = size
        self.width = width
    }

    mutating func add(_ token: TextToken) {
        switch token {
        case .lineBreak:
            lines.append(current)
            (current, currentWidth, pendingSpace) = ([], 0, nil)
        case .space(let font):
            if !current.isEmpty { pendingSpace = font }
        case .word(let fragments):
            let w = fragments.reduce(0) { $0 + $1.font.width(ofBytes: $1.bytes, size: size) }
            var spaceWidth = pendingSpace.map { Double($0.width(ofByte: 0x20)) * size / 1000 } ?? 0
            if !current.isEmpty && currentWidth + spaceWidth + w > width {
                lines.append(current)
                (current, currentWidth, spaceWidth) = ([], 0, 0)
            }
            if current.isEmpty && w > width {
                split(fragments)
            } else {
                if let font = pendingSpace, !current.isEmpty { append(TextFragment(font: font, bytes: [0x20])) }
                for fragment in fragments { append(fragment) }
                currentWidth += spaceWidth + w
            }
            pendingSpace = nil
        }
    }

    mutating func finish() {
        if !current.isEmpty { lines.append(current) }
        current = []
    }

    /// Places a word wider than the line: as many characters per line as fit (at least one).
    private mutating func split(_ fragments: [TextFragment]) {
        for fragment in fragments {
            for byte in fragment.bytes {
                let w = Double(fragment.font.width(ofByte: byte)) * size / 1000
                if !current.isEmpty && currentWidth + w > width {
                    lines.append(current)
                    (current, currentWidth) = ([], 0)
                }
                append(TextFragment(font: fragment.font, bytes: [byte]))
                currentWidth += w
            }
        }
    }

    private mutating func append(_ fragment: TextFragment) {
        if current.last?.font == fragment.font { current[current.count - 1].bytes += fragment.bytes }
        else { current.append(fragment) }
    }
}
