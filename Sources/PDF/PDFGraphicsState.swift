/// The parts of the graphics state a page has set, so that a drawing call writes only the operators that change it.
struct PDFGraphicsState: Sendable, Equatable {
    var fill: PDFColor? = nil
    var stroke: PDFColor? = nil
    var lineWidth: Double? = nil
    var dash: [Double] = []
}
