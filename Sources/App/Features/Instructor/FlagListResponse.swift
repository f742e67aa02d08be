import Storage

/// `{"flags": [Flag]}`.
struct FlagListResponse: Codable {
    let flags: [FlagEntry]
}
