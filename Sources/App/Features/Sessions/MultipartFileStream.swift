import Foundation
import Hummingbird
import NIOCore

/// Streams a multipart/form-data body and hands over the `files` parts one at a time, so at most one file's
/// bytes are held in memory; a part over the per-file limit is drained and reported, never buffered whole.
struct MultipartFileStream {
    /// One uploaded file, or why it could not be read.
    enum Part {
        case file(filename: String, bytes: [UInt8])
        case tooLarge(filename: String)
        case unnamed
    }

    let fieldName: String
    let maxFileBytes: Int
    let maxFiles: Int

    /// Parts that are not files (a form may carry a few other fields).
    static let maxOtherParts = 8
    /// Body bytes beyond the files themselves: boundaries, part headers and small fields.
    static let bodySlackBytes = 1024 * 1024

    /// Largest body a request may send: every file at the per-file limit plus the slack.
    var maxBodyBytes: Int { maxFiles * maxFileBytes + Self.bodySlackBytes }

    /// A 413 before the body is read when the declared `Content-Length` is already over `maxBodyBytes`.
    private func checkDeclaredLength(_ headers: HTTPFields) throws {
        guard let declared = headers[.contentLength].flatMap({ Int($0) }), declared > maxBodyBytes else { return }
        throw AppError.payloadTooLarge(tooLargeDetail)
    }

    private var tooLargeDetail: String {
        "Request body over \(maxBodyBytes / (1024 * 1024)) MB: at most \(maxFiles) file(s) of \(maxFileBytes / (1024 * 1024)) MB each"
    }

    /// The boundary from a `multipart/form-data` content type, or a 422 naming what is wrong.
    private static func boundary(from contentType: String?) throws -> String {
        guard let contentType, contentType.lowercased().hasPrefix("multipart/form-data") else {
            throw AppError.unprocessable("Expected a multipart/form-data body with one or more 'files' fields")
        }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if !value.isEmpty { return value }
            }
        }
        throw AppError.unprocessable("multipart/form-data body without a boundary")
    }

    /// Feeds the body through the parser and calls `handle` for each `files` part as soon as it completes.
    ///
    /// Limits: the whole body (`maxBodyBytes`, 413), one part's headers (`MultipartStreamParser.maxHeaderBytes`, 413), the number of
    /// files (`maxFiles`, 422) and of other parts (`maxOtherParts`, 422).
    /// The content type and declared length are checked before a byte of the body is read.
    func forEachFile(in request: Request, _ handle: (Part) async throws -> Void) async throws -> Int {
        let boundary = try Self.boundary(from: request.headers[.contentType])
        try checkDeclaredLength(request.headers)
        let state = PartState(fieldName: fieldName, limit: maxFileBytes)
        let parser = MultipartStreamParser(boundary: boundary)
        parser.onHeader = { name, value in state.header(name, value) }
        parser.onBody = { buffer in state.append(&buffer) }
        parser.onPartComplete = { state.complete() }
        var handled = 0
        var received = 0
        for try await chunk in request.body {
            received += chunk.readableBytes
            guard received <= maxBodyBytes else { throw AppError.payloadTooLarge(tooLargeDetail) }
            do { try parser.execute(chunk) } catch is MultipartStreamParser.HeaderTooLarge {
                throw AppError.payloadTooLarge("A multipart part's headers are over \(MultipartStreamParser.maxHeaderBytes / 1024) KB")
            } catch {
                throw AppError.unprocessable("Malformed multipart/form-data body")
            }
            guard state.otherParts <= Self.maxOtherParts else {
                throw AppError.unprocessable("Too many multipart parts: at most \(maxFiles) '\(fieldName)' file(s) and \(Self.maxOtherParts) other fields")
            }
            for part in state.takeCompleted() {
                handled += 1
                guard handled <= maxFiles else {
                    throw AppError.unprocessable("At most \(maxFiles) files per upload")
                }
                try await handle(part)
            }
        }
        return handled
    }
}

/// Parser callback state; lives inside one request's task.
private final class PartState {
    let fieldName: String
    let limit: Int
    var isFileField = false
    var filename: String?
    var bytes: [UInt8] = []
    var overflow = false
    var completed: [MultipartFileStream.Part] = []
    /// Completed parts that were not in the file field.
    var otherParts = 0

    init(fieldName: String, limit: Int) {
        self.fieldName = fieldName
        self.limit = limit
    }

    func header(_ name: String, _ value: String) {
        guard name.lowercased() == "content-disposition" else { return }
        let disposition = ContentDisposition(value)
        isFileField = disposition.parameters["name"] == fieldName
        filename = disposition.parameters["filename"]
    }

    func append(_ buffer: inout ByteBuffer) {
        guard isFileField, !overflow else { return }
        if bytes.count + buffer.readableBytes > limit {
            overflow = true
            bytes = []
            return
        }
        bytes.append(contentsOf: buffer.readableBytesView)
    }

    func complete() {
        defer {
            isFileField = false
            filename = nil
            bytes = []
            overflow = false
        }
        guard isFileField else {
            otherParts += 1
            return
        }
        guard let filename, !filename.isEmpty else {
            completed.append(.unnamed)
            return
        }
        completed.append(overflow ? .tooLarge(filename: filename) : .file(filename: filename, bytes: bytes))
    }

    func takeCompleted() -> [MultipartFileStream.Part] {
        defer { completed = [] }
        return completed
    }
}
