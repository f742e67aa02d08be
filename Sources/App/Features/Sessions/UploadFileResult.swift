/// Per-file outcome of an upload.
struct UploadFileResult: Codable {
    var filename: String?
    var session_id: String?
    var duplicate: Bool?
    var error: String?
    var tooLarge = false

    init(filename: String?, session_id: String? = nil, duplicate: Bool? = nil, error: String? = nil, tooLarge: Bool = false) {
        self.filename = filename
        self.session_id = session_id
        self.duplicate = duplicate
        self.error = error
        self.tooLarge = tooLarge
    }

    enum CodingKeys: String, CodingKey { case filename, session_id, duplicate, error }

    /// `name: error` for the upload message; nil when the file was accepted.
    var summary: String? {
        guard let error else { return nil }
        guard let filename else { return error }
        return "\(filename): \(error)"
    }
}
