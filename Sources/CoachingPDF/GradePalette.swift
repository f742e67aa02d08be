import Foundation
import PDF

/// The fill of a grade cell, by the grade's letter (`B+` is a B): green for A through red for F, grey for `N/A`, `?`
/// and anything else.
enum GradePalette {
    static func fill(for grade: String) -> PDFColor {
        switch grade.trimmingCharacters(in: .whitespaces).uppercased().first {
        case "A": PDFColor(hex: 0xB9E4C1)
        case "B": PDFColor(hex: 0xDDEFB8)
        case "C": PDFColor(hex: 0xFFF0B0)
        case "D": PDFColor(hex: 0xFFD3A8)
        case "E", "F": PDFColor(hex: 0xF7B7B2)
        default: PDFColor(hex: 0xE6E6E6)
        }
    }
}
