import Storage

/// `{"events": [...]}`.
struct EventListResponse: Codable {
    let events: [EventEntry]
}
