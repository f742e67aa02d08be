import Testing
@testable import PDF

@Suite("Text wrapping by measured widths")
struct TextWrapperTests {
    let text = "Brake at the 3 board, trail off smoothly to the apex and squeeze the throttle once the wheel unwinds."

    @Test("Lines fit the width and keep every word in order", arguments: [60.0, 90, 150, 300, 1000])
    func fits(_ width: Double) {
        let lines = TextWrapper.lines(text, font: .helvetica, size: 10, width: width)
        for line in lines {
            #expect(PDFFont.helvetica.width(of: line, size: 10) <= width + 1e-9)
            #expect(line.first != " " && line.last != " ")
        }
        #expect(lines.joined(separator: " ") == text)
        if width >= 1000 { #expect(lines.count == 1) }
    }

    @Test("Greedy: a line takes the next word whenever it fits")
    func greedy() {
        let lines = TextWrapper.lines(text, font: .helvetica, size: 10, width: 150)
        for (line, next) in zip(lines, lines.dropFirst()) {
            let word = String(next.split(separator: " ").first!)
            #expect(PDFFont.helvetica.width(of: line + " " + word, size: 10) > 150)
        }
    }

    @Test("A word wider than the line is split between characters")
    func longWord() {
        let lines = TextWrapper.lines("x WWWWWWWWWW y", font: .helvetica, size: 10, width: 30)
        #expect(lines == ["x", "WWW", "WWW", "WWW", "W y"])
    }

    @Test("Line breaks force a break; spaces collapse; empty text has no lines")
    func breaks() {
        #expect(TextWrapper.lines("one\ntwo  three\n\nfour", font: .helvetica, size: 10, width: 500) == ["one", "two three", "", "four"])
        #expect(TextWrapper.lines("", font: .helvetica, size: 10, width: 500).isEmpty)
        #expect(TextWrapper.lines("   ", font: .helvetica, size: 10, width: 500).isEmpty)
    }

    @Test("Mixed fonts: a bold lead-in is measured in bold and kept with the text it touches")
    func runs() {
        let runs = [PDFTextRun("Tip:", font: .helveticaBold), PDFTextRun(" brake later", font: .helvetica)]
        let lines = TextWrapper.lines(runs, size: 10, width: 500)
        #expect(lines == [[PDFTextRun("Tip:", font: .helveticaBold), PDFTextRun(" brake later", font: .helvetica)]])
        let glued = TextWrapper.lines([PDFTextRun("T3", font: .helveticaBold), PDFTextRun(": on", font: .helvetica)], size: 10,
                                      width: PDFFont.helveticaBold.width(of: "T3", size: 10) + PDFFont.helvetica.width(of: ":", size: 10))
        #expect(glued.map { $0.map(\.text).joined() } == ["T3:", "on"])
    }

    @Test("Wrapped lines are transliterated")
    func transliterated() {
        #expect(TextWrapper.lines("a → b", font: .helvetica, size: 10, width: 500) == ["a -> b"])
    }
}
