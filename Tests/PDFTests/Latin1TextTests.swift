import Testing
@testable import PDF

@Suite("Latin-1 transliteration (§3.4)")
struct Latin1TextTests {
    @Test("Typographic characters become ASCII", arguments: [
        ("2–3 laps", "2-3 laps"), ("brake — then turn", "brake - then turn"), ("‘late’ apex", "'late' apex"),
        ("“smooth” hands", "\"smooth\" hands"), ("wait…", "wait..."), ("T3 → T4", "T3 -> T4"), ("T4 ← T3", "T4 <- T3"),
        ("±3 m", "+/-3 m"), ("≤ 0.25 s", "<= 0.25 s"), ("≥ 95 %", ">= 95 %"), ("≈ 0.25 s", "~ 0.25 s"),
        ("−0.5 g", "-0.5 g"), ("2σ", "2sigma"), ("• one", "- one"), ("a\u{00A0}b\u{2009}c", "a b c"), ("tab\there", "tab here"),
        ("zero\u{200B}width", "zerowidth"), ("soft\u{00AD}hyphen", "softhyphen"), ("™", "(TM)"), ("€5", "EUR5"),
    ])
    func ascii(_ input: String, _ expected: String) {
        #expect(Latin1Text.transliterate(input) == expected)
    }

    @Test("Latin-1 letters and signs stay; other marked letters lose the mark; the rest is ?")
    func latin1() {
        #expect(Latin1Text.transliterate("Café Zürich 90° ½ × µ") == "Café Zürich 90° ½ × µ")
        #expect(Latin1Text.transliterate("Łódź Nürburgring Mañana ő") == "?ódz Nürburgring Mañana o")
        #expect(Latin1Text.transliterate("ﬁne") == "fine")
        #expect(Latin1Text.transliterate("go 🏁!") == "go ?!")
        #expect(Latin1Text.transliterate("e\u{0301}") == "é")   // composed first
        #expect(Latin1Text.transliterate("\u{0301}x") == "x")
    }

    @Test("Control characters are dropped, line breaks kept by transliterate and spaced by bytes")
    func controls() {
        #expect(Latin1Text.transliterate("a\u{0007}b\r\nc\u{0085}") == "ab\nc")
        #expect(Latin1Text.bytes("a\nb") == Array("a b".utf8))
        #expect(Latin1Text.bytes("é") == [0xE9])
    }

    @Test("The output is always printable Latin-1")
    func closed() {
        let sample = (0x20...0x3000).compactMap { Unicode.Scalar(UInt32($0)) }.map(String.init).joined()
        for b in Latin1Text.bytes(sample) {
            #expect((0x20...0x7E).contains(b) || (0xA0...0xFF).contains(b))
        }
    }
}
