/// API-description entries of the track folder routes.
enum TrackDocs {
    static let list = RouteDocs(.user, .json(.array(.object(["folder": .string, "n_files": .integer]))))
    static let load = RouteDocs(.user, .json(.object([
        "folder": .string, "sessions_loaded": .integer, "session_ids": .array(.string), "errors": .array(.string),
    ])), query: [.init("limit", JSONSchema.integer(minimum: 1).format("int64"), description: "Load at most this many files")])
}
