import Hummingbird
import NIOCore

/// A coaching report's PDF as the browser downloads it: `application/pdf`, saved as
/// `coaching-report-<first 8 characters of the session id>.pdf` (platform.md §3.4).
struct CoachingReportDownload: Sendable {
    let sessionID: String
    let bytes: [UInt8]

    /// The file name; characters outside `[A-Za-z0-9_-]` become `_` so the header needs no quoting rules.
    var filename: String {
        let stem = sessionID.prefix(8).map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" }
        return "coaching-report-\(String(stem)).pdf"
    }

    var response: Response {
        Response(status: .ok,
                 headers: [.contentType: "application/pdf", .contentDisposition: "attachment; filename=\"\(filename)\""],
                 body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}
