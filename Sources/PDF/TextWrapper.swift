/// Breaks text into lines no wider than a given width, measured with the fonts' AFM widths: greedy, at spaces, a
/// `\n` forcing a break; a word wider than the whole line is split between characters. Runs of spaces collapse to one
/// and no line starts or ends with one. Text is transliterated to Latin-1 first, so the lines are what is drawn.
public enum TextWrapper {
    /// `text` in one font as lines.
    public static func lines(_ text: String, font: PDFFont, size: Double, width: Double) -> [String] {
        lines([PDFTextRun(text, font: font)], size: size, width: width).map { $0.map(\.text).joined() }
    }

    /// Mixed-font text as lines of runs (adjacent runs in the same font merged).
    public static func lines(_ runs: [PDFTextRun], size: Double, width: Double) -> [[PDFTextRun]] {
        var layout = TextLineLayout(size: size, width: width)
        for token in tokens(runs) { layout.add(token) }
        layout.finish()
        return layout.lines.map { line in
            line.map { PDFTextRun(String(String.UnicodeScalarView($0.bytes.map { Unicode.Scalar($0) })), font: $0.font) }
        }
    }

    /// The words, spaces and line breaks of `runs`, transliterated to Latin-1.
    static func tokens(_ runs: [PDFTextRun]) -> [TextToken] {
        var tokens: [TextToken] = []
        var word: [TextFragment] = []
        func endWord() {
            if !word.isEmpty { tokens.append(.word(word)); word = [] }
        }
        for run in runs {
            for scalar in Latin1Text.transliterate(run.text).unicodeScalars {
                switch scalar {
                case " ": endWord(); tokens.append(.space(run.font))
                case "\n": endWord(); tokens.append(.lineBreak)
                default:
                    let byte = UInt8(truncatingIfNeeded: scalar.value)
                    if word.last?.font == run.font { word[word.count - 1].bytes.append(byte) }
                    else { word.append(TextFragment(font: run.font, bytes: [byte])) }
                }
            }
        }
        endWord()
        return tokens
    }
}
