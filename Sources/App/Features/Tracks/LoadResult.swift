/// `POST /api/tracks/{folder}/load`.
struct LoadResult: Codable {
    var folder: String
    var sessions_loaded: Int
    var session_ids: [String]
    var errors: [String]
}
