import Foundation
import PDF

/// The report's small text conventions: lap times, time costs, Markdown emphasis, truncation.
enum ReportText {
    /// `m:ss.ss` (`1:32.45`), rounded to hundredths; `-:--.--` for a time that is not a positive finite number.
    static func lapTime(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds > 0, seconds < 1e7 else { return "-:--.--" }
        let hundredths = Int((seconds * 100).rounded())
        return String(format: "%d:%02d.%02d", hundredths / 6000, hundredths / 100 % 60, hundredths % 100)
    }

    /// A priority corner's cost per lap: `+0.450s`.
    static func timeCost(_ seconds: Double) -> String {
        String(format: "+%.3fs", seconds.isFinite ? max(seconds, 0) : 0)
    }

    /// Runs of `text` with Markdown `**bold**` spans set in `bold` and the markers removed; an unpaired `**` is
    /// dropped and what follows it stays regular.
    static func emphasis(_ text: String, regular: PDFFont = .helvetica, bold: PDFFont = .helveticaBold) -> [PDFTextRun] {
        var parts = text.components(separatedBy: "**")
        if parts.count > 1 && parts.count % 2 == 0 {
            let last = parts.removeLast()
            parts[parts.count - 1] += last
        }
        return parts.enumerated().compactMap { index, part in
            part.isEmpty ? nil : PDFTextRun(part, font: index % 2 == 1 ? bold : regular)
        }
    }

    /// `text` without Markdown `**` markers.
    static func plain(_ text: String) -> String { text.replacingOccurrences(of: "**", with: "") }

    /// `text` cut to at most `limit` characters, ending in `...` when cut.
    static func truncated(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        return String(text.prefix(max(limit - 3, 0))).trimmingCharacters(in: .whitespaces) + "..."
    }
}
