import Foundation
import Hummingbird
import Policy
import TelemetryCore

/// `GET /api/tracks` and `POST /api/tracks/{folder}/load`: operator tooling (`platform_admin`, weak point 14); the
/// loaded sessions belong to the operator. The folder is looked up only after the policy admitted the caller.
enum TrackRoutes {
    static func routes(folders: TrackFolders, ingest: SessionIngestService) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/tracks", tag: "Tracks", summary: "Track data folders with CSV counts", docs: TrackDocs.list) { _, _ in
                try JSONCoding.response(folders.list())
            },
            RouteSpec(.post, "/api/tracks/{folder}/load", tag: "Tracks",
                      summary: "Load a folder's CSVs as the caller's sessions (?limit=N)", docs: TrackDocs.load) { request, context in
                let owner = try context.requireCaller()
                let limit = try context.intQuery(request, "limit", min: 1)
                guard let name = context.parameters.get("folder"), let files = folders.csvFiles(in: name) else {
                    throw AppError.notFound("Track folder '\(context.parameters.get("folder") ?? "")' not found")
                }
                guard !files.isEmpty else { throw AppError.notFound("No CSV files found in '\(name)'") }
                var ids: [String] = []
                var errors: [String] = []
                for file in files.prefix(limit ?? files.count) {
                    do {
                        let bytes = try [UInt8](Data(contentsOf: file))
                        ids.append(try await ingest.ingest(bytes, filename: file.lastPathComponent, owner: owner.id).record.sessionID)
                    } catch let error as CSVFormatError {
                        errors.append("\(file.lastPathComponent): \(error.message)")
                    } catch {
                        errors.append("\(file.lastPathComponent): could not be loaded")
                    }
                }
                return try JSONCoding.response(LoadResult(folder: name, sessions_loaded: ids.count, session_ids: ids, errors: errors))
            },
        ]
    }
}

struct LoadResult: Codable {
    var folder: String
    var sessions_loaded: Int
    var session_ids: [String]
    var errors: [String]
}
