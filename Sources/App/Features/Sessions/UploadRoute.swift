import Foundation
import Hummingbird
import Storage
import TelemetryCore

/// `POST /api/sessions/upload`: one or many RaceChrono CSV files in the multipart field `files`.
enum UploadRoute {
    /// Files one upload request may carry.
    static let maxFiles = 20

    static func route(sessions: SessionService, achievements: AchievementService, limiter: RateLimiter, maxFileBytes: Int,
                      maxFileMB: Int) -> RouteSpec {
        RouteSpec(.post, "/api/sessions/upload", on: .account, tag: "Sessions",
                  summary: "Upload RaceChrono CSV v3 files (multipart field 'files')", docs: SessionDocs.upload) { request, context, owner in
            try await limiter.upload(request, context)
            let heldBefore = try await achievements.held(userID: owner.id)
            let stream = MultipartFileStream(fieldName: "files", maxFileBytes: maxFileBytes, maxFiles: maxFiles)
            var results: [UploadFileResult] = []
            let count = try await stream.forEachFile(in: request) { part in
                results.append(await store(part, owner: owner.id, sessions: sessions, maxFileMB: maxFileMB, logger: context))
            }
            guard count > 0 else {
                throw AppError.validation([ValidationIssue(type: "missing", loc: ["body", "files"], msg: "Field required")])
            }
            let accepted = results.compactMap(\.session_id)
            guard !accepted.isEmpty else {
                let first = results[0]
                if first.tooLarge { throw AppError.payloadTooLarge("\(first.filename ?? "file"): \(first.error ?? "too large")") }
                throw AppError.unprocessable(first.error ?? "Invalid CSV format")
            }
            let errors = results.compactMap(\.summary)
            var message = "Processed \(accepted.count) file(s)"
            if !errors.isEmpty { message += "; \(errors.count) error(s): " + errors.joined(separator: "; ") }
            let unlocked: [String]
            do {
                unlocked = try await achievements.uploaded(accepted, userID: owner.id, heldBefore: heldBefore)
            } catch {
                // the sessions are stored; badges are evaluated again on the next read
                context.logger.error("achievements after upload failed", metadata: ["error_type": "\(type(of: error))"])
                unlocked = []
            }
            return try JSONCoding.response(UploadResponse(session_ids: accepted, message: message, newly_unlocked: unlocked, files: results))
        }
    }

    private static func store(_ part: MultipartFileStream.Part, owner: String, sessions: SessionService,
                              maxFileMB: Int, logger context: AppRequestContext) async -> UploadFileResult {
        switch part {
        case .unnamed:
            return UploadFileResult(filename: nil, error: "File with no name skipped")
        case .tooLarge(let filename):
            return UploadFileResult(filename: filename, error: "exceeds \(maxFileMB)MB size limit", tooLarge: true)
        case .file(let filename, let bytes):
            do {
                let stored = try await sessions.ingest(bytes, filename: filename, owner: owner)
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
