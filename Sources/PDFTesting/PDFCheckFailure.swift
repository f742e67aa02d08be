/// A PDF check that failed: a tool is missing, rejected the file, or printed what it should not.
public struct PDFCheckFailure: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) { self.description = description }
}
