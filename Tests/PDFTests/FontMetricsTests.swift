import Testing
@testable import PDF

@Suite("Standard font widths")
struct FontMetricsTests {
    @Test("Helvetica widths are the AFM's")
    func helvetica() {
        let expected: [Character: Int] = [" ": 278, "a": 556, "i": 222, "l": 222, "m": 833, "W": 944, "@": 1015, "'": 191,
                                          "`": 333, "0": 556, ".": 278, "é": 556, "×": 584, "°": 400, "ß": 611]
        for (c, w) in expected {
            #expect(PDFFont.helvetica.width(ofByte: UInt8(c.unicodeScalars.first!.value)) == w, "\(c)")
        }
    }

    @Test("Helvetica-Bold widths are the AFM's")
    func bold() {
        let expected: [Character: Int] = [" ": 278, "a": 556, "i": 278, "l": 278, "m": 889, "W": 944, "@": 975, "'": 238,
                                          "t": 333, "?": 611, "é": 556, "ü": 611]
        for (c, w) in expected {
            #expect(PDFFont.helveticaBold.width(ofByte: UInt8(c.unicodeScalars.first!.value)) == w, "\(c)")
        }
    }

    @Test("Every printable Latin-1 byte has a width; the bytes the writer never emits have none")
    func coverage() {
        for font in PDFFont.allCases {
            for b in 0...255 {
                let printable = (0x20...0x7E).contains(b) || (0xA0...0xFF).contains(b)
                #expect((font.width(ofByte: UInt8(b)) > 0) == printable, "\(font) \(b)")
            }
        }
    }

    @Test("A string's width is the sum of its glyphs' at the size, after transliteration")
    func stringWidth() {
        #expect(abs(PDFFont.helvetica.width(of: "Hello", size: 10) - 22.78) < 1e-9)
        #expect(abs(PDFFont.helveticaBold.width(of: "T12", size: 9) - (611 + 556 + 556) * 0.009) < 1e-9)
        #expect(PDFFont.helvetica.width(of: "a → b", size: 10) == PDFFont.helvetica.width(of: "a -> b", size: 10))
        #expect(PDFFont.helvetica.width(of: "", size: 10) == 0)
    }
}
