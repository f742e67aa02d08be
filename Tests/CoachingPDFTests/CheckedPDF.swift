import Foundation
import Testing

/// A PDF written to disk and checked with the real tools: `qpdf --check` must pass, and its text (`pdftotext -layout`)
/// and page count are kept for the assertions.
struct CheckedPDF {
    let text: String
    let pages: Int

    /// Writes `bytes` to `directory` and runs `qpdf --check`, `qpdf --show-npages`, `pdftotext -layout`.
    init(_ bytes: [UInt8], in directory: URL, name: String = "report") throws {
        let file = directory.appendingPathComponent("\(name).pdf")
        try Data(bytes).write(to: file)
        let check = try PDFTools.run("qpdf", ["--check", file.path])
        #expect(check.status == 0, "qpdf --check: \(check.stdout) \(check.stderr)")
        #expect(check.stdout.contains("No syntax or stream encoding errors found"), "\(check.stdout)")
        let count = try PDFTools.run("qpdf", ["--show-npages", file.path])
        pages = try #require(Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
        let text = try PDFTools.run("pdftotext", ["-layout", "-enc", "UTF-8", file.path, "-"])
        #expect(text.status == 0, "pdftotext: \(text.stderr)")
        self.text = text.stdout
    }

    /// Renders page 1 at 50 dpi with `pdftoppm` and expects a PNG.
    static func renderFirstPage(_ bytes: [UInt8], in directory: URL) throws {
        let file = directory.appendingPathComponent("render.pdf")
        try Data(bytes).write(to: file)
        let prefix = directory.appendingPathComponent("page").path
        let result = try PDFTools.run("pdftoppm", ["-r", "50", "-png", "-f", "1", "-l", "1", file.path, prefix])
        #expect(result.status == 0, "pdftoppm: \(result.stderr)")
        #expect(result.stderr.isEmpty, "pdftoppm complained: \(result.stderr)")
        let pngs = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        #expect(pngs.count == 1, "\(pngs)")
    }
}
