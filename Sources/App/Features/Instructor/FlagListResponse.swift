import Storage

/// `{"flags": [Flag]}`.
struct FlagListResponse: Encodable {
    let flags: [FlagEntry]
}
