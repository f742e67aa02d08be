import Foundation

/// A PDF written to disk and checked with the real tools: `qpdf --check` must pass (else `PDFCheckFailure`), and its
/// text (`pdftotext -layout`) and page count are kept for the assertions.
public struct CheckedPDF: Sendable {
    public let text: String
    public let pages: Int

    /// Writes `bytes` to `directory` and runs `qpdf --check`, `qpdf --show-npages`, `pdftotext -layout`.
    public init(_ bytes: [UInt8], in directory: URL, name: String = "report") throws {
        let file = directory.appendingPathComponent("\(name).pdf")
        try Data(bytes).write(to: file)
        let check = try PDFTools.run("qpdf", ["--check", file.path])
        guard check.status == 0, check.stdout.contains("No syntax or stream encoding errors found") else {
            throw PDFCheckFailure("qpdf --check: \(check.stdout) \(check.stderr)")
        }
        let count = try PDFTools.run("qpdf", ["--show-npages", file.path])
        guard let pages = Int(count.stdout.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw PDFCheckFailure("qpdf --show-npages printed \(count.stdout)")
        }
        let text = try PDFTools.run("pdftotext", ["-layout", "-enc", "UTF-8", file.path, "-"])
        guard text.status == 0 else { throw PDFCheckFailure("pdftotext: \(text.stderr)") }
        self.pages = pages
        self.text = text.stdout
    }

    /// Renders page 1 at 50 dpi with `pdftoppm` and requires exactly one PNG and nothing on standard error.
    public static func renderFirstPage(_ bytes: [UInt8], in directory: URL) throws {
        let file = directory.appendingPathComponent("render.pdf")
        try Data(bytes).write(to: file)
        let prefix = directory.appendingPathComponent("page").path
        let result = try PDFTools.run("pdftoppm", ["-r", "50", "-png", "-f", "1", "-l", "1", file.path, prefix])
        guard result.status == 0, result.stderr.isEmpty else { throw PDFCheckFailure("pdftoppm: \(result.stderr)") }
        let pngs = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix("page") && $0.hasSuffix(".png") }
        guard pngs.count == 1 else { throw PDFCheckFailure("pdftoppm wrote \(pngs)") }
    }
}
