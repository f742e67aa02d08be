import Storage

/// `{"events": [...]}`.
struct EventListResponse: Encodable {
    let events: [EventEntry]
}
