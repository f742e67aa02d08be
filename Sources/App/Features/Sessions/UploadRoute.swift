import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// `POST /api/sessions/upload`: one or many RaceChrono CSV files in the multipart field `files`. A signed-out visitor
/// may upload one file to try the product (client-extras.md §4.2): it is kept 24 h unless claimed, and the answer
/// carries its claim token (also set as an HttpOnly cookie, for the web client that sends none).
enum UploadRoute {
    /// Files one upload request may carry.
    static let maxFiles = 20

    struct Dependencies: Sendable {
        let sessions: SessionService
        let achievements: AchievementService
        let claims: any ClaimStore
        let limiter: RateLimiter
        let maxFileBytes: Int
        let maxFileMB: Int
        /// Mark the claim cookie `Secure` (production is served over TLS).
        let secureCookies: Bool
    }

    static func route(_ d: Dependencies) -> RouteSpec {
        RouteSpec(.post, "/api/sessions/upload", on: .visitor, tag: "Sessions",
                  summary: "Upload RaceChrono CSV v3 files (multipart field 'files'); signed out: one file, claimable for 24 h",
                  docs: SessionDocs.upload) { request, context, visitor in
            guard let owner = visitor.user else { return try await anonymous(request, context, d) }
            try await d.limiter.upload(request, context)
            let heldBefore = try await d.achievements.held(userID: owner.id)
            let results = try await files(request, context, d, maxFiles: maxFiles) { bytes, filename in
                try await d.sessions.ingest(bytes, filename: filename, owner: owner.id)
            }
            let accepted = results.compactMap(\.session_id)
            let unlocked: [String]
            do {
                unlocked = try await d.achievements.uploaded(accepted, userID: owner.id, heldBefore: heldBefore)
            } catch {
                // the sessions are stored; badges are evaluated again on the next read
                context.logger.error("achievements after upload failed", metadata: ["error_type": "\(type(of: error))"])
                unlocked = []
            }
            return try JSONCoding.response(UploadResponse(session_ids: accepted, message: message(results), newly_unlocked: unlocked,
                                                          files: results))
        }
    }

    /// A signed-out visitor's one file: the anonymous quotas (per address and global, per day), then a claimable session.
    private static func anonymous(_ request: Request, _ context: AppRequestContext, _ d: Dependencies) async throws -> Response {
        try await d.limiter.anonymousUpload(request, context)
        let token = ClaimToken.make()
        let clientIP = d.limiter.client(request, context)
        let results = try await files(request, context, d, maxFiles: 1, readAllFirst: true) { bytes, filename in
            let record = try await d.sessions.ingestAnonymous(bytes, filename: filename, claims: d.claims,
                                                              tokenHash: ClaimToken.hash(token), clientIP: clientIP)
            return StoredSession(record: record, duplicate: false)
        }
        let accepted = results.compactMap(\.session_id)
        var response = try JSONCoding.response(UploadResponse(
            session_ids: accepted, message: message(results), newly_unlocked: [], files: results,
            claim_tokens: Dictionary(uniqueKeysWithValues: accepted.map { ($0, token) })))
        response.headers[.setCookie] = ClaimToken.setCookie(token, secure: d.secureCookies)
        return response
    }

    /// Reads and stores each file as it arrives (or, `readAllFirst`, only once the whole body was read and found within
    /// the limits, so a refused request stores nothing); a 422 (413 for size) when none was accepted.
    private static func files(_ request: Request, _ context: AppRequestContext, _ d: Dependencies, maxFiles: Int,
                              readAllFirst: Bool = false,
                              store: @escaping @Sendable ([UInt8], String) async throws -> StoredSession) async throws -> [UploadFileResult] {
        let stream = MultipartFileStream(fieldName: "files", maxFileBytes: d.maxFileBytes, maxFiles: maxFiles)
        var results: [UploadFileResult] = []
        var held: [MultipartFileStream.Part] = []
        let count = try await stream.forEachFile(in: request) { part in
            if readAllFirst { held.append(part) } else { results.append(await result(part, maxFileMB: d.maxFileMB, logger: context, store: store)) }
        }
        for part in held { results.append(await result(part, maxFileMB: d.maxFileMB, logger: context, store: store)) }
        guard count > 0 else {
            throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "files"], msg: "Field required")])
        }
        guard results.contains(where: { $0.session_id != nil }) else {
            let first = results[0]
            if first.tooLarge { throw AppError.payloadTooLarge("\(first.filename ?? "file"): \(first.error ?? "too large")") }
            throw AppError.unprocessable(first.error ?? "Invalid CSV format")
        }
        return results
    }

    private static func message(_ results: [UploadFileResult]) -> String {
        let errors = results.compactMap(\.summary)
        var message = "Processed \(results.compactMap(\.session_id).count) file(s)"
        if !errors.isEmpty { message += "; \(errors.count) error(s): " + errors.joined(separator: "; ") }
        return message
    }

    private static func result(_ part: MultipartFileStream.Part, maxFileMB: Int, logger context: AppRequestContext,
                               store: @Sendable ([UInt8], String) async throws -> StoredSession) async -> UploadFileResult {
        switch part {
        case .unnamed:
            return UploadFileResult(filename: nil, error: "File with no name skipped")
        case .tooLarge(let filename):
            return UploadFileResult(filename: filename, error: "exceeds \(maxFileMB)MB size limit", tooLarge: true)
        case .file(let filename, let bytes):
            do {
                let stored = try await store(bytes, filename)
                return UploadFileResult(filename: filename, session_id: stored.record.sessionID, duplicate: stored.duplicate)
            } catch let error as CSVFormatError {
                return UploadFileResult(filename: filename, error: error.message)
            } catch {
                context.logger.error("upload failed", metadata: ["filename": "\(filename)", "error_type": "\(type(of: error))"])
                return UploadFileResult(filename: filename, error: "Could not store the session; nothing was saved")
            }
        }
    }
}
