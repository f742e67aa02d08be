import Testing
@testable import PDF

@Suite("PDF tokens")
struct PDFBytesTests {
    @Test("Numbers are written in the shortest fixed-point form", arguments: [
        (1.5, 2, "1.5"), (3, 2, "3"), (-2.25, 2, "-2.25"), (0.05, 2, "0.05"), (12.3451, 2, "12.35"), (-0.004, 2, "0"),
        (0.1234, 3, "0.123"), (841.89, 2, "841.89"), (1e300, 2, "0"), (.nan, 2, "0"), (100, 0, "100"),
    ])
    func numbers(_ value: Double, _ decimals: Int, _ expected: String) {
        var bytes: [UInt8] = []
        bytes.appendNumber(value, decimals: decimals)
        #expect(String(decoding: bytes, as: UTF8.self) == expected)
    }

    @Test("Literal strings escape backslashes and parentheses")
    func literal() {
        var bytes: [UInt8] = []
        bytes.appendLiteralString(Array("a(b)\\c".utf8))
        #expect(String(decoding: bytes, as: UTF8.self) == "(a\\(b\\)\\\\c)")
    }

    @Test("The cross-reference table points at every object")
    func xref() throws {
        var page = PDFPage()
        page.text("Hello (PDF)", at: PDFPoint(x: 72, y: 720), font: .helveticaBold, size: 12)
        let bytes = PDFDocument(pages: [page, PDFPage()], title: "T").bytes()
        #expect(Array(bytes.prefix(9)) == Array("%PDF-1.4\n".utf8))
        let tail = String(decoding: bytes.suffix(40), as: UTF8.self)
        #expect(tail.hasSuffix("%%EOF\n"))
        let start = try #require(tail.range(of: "startxref\n"))
        let offset = try #require(Int(tail[start.upperBound...].prefix { $0.isNumber }))
        let table = String(decoding: bytes[offset...], as: UTF8.self)   // ASCII from here on
        let lines = table.split(separator: "\n")
        #expect(lines[0] == "xref")
        let count = 3 + PDFFont.allCases.count + 2 * 2
        #expect(lines[1] == "0 \(count + 1)")
        #expect(lines[2] == "0000000000 65535 f ")
        for n in 1...count {
            let entry = lines[2 + n]
            #expect(entry.hasSuffix(" 00000 n "))
            let at = try #require(Int(entry.prefix(10)))
            #expect(Array(bytes[at..<at + "\(n) 0 obj".utf8.count]) == Array("\(n) 0 obj".utf8))
        }
        #expect(lines[3 + count].hasPrefix("trailer"))
    }
}
