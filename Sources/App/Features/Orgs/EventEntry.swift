import Foundation
import Storage

/// `Event`: `event_date` is the text as it was sent, offset included.
struct EventEntry: Codable {
    let event: OrgEvent

    enum CodingKeys: String, CodingKey { case id, org_id, name, track_name, event_date, run_groups }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(event.id, forKey: .id)
        try container.encode(event.orgID, forKey: .org_id)
        try container.encode(event.name, forKey: .name)
        try container.encode(event.trackName, forKey: .track_name)
        try container.encode(event.eventDate, forKey: .event_date)
        try container.encode(event.runGroups, forKey: .run_groups)
    }
}

extension EventEntry {
    /// Reads what `encode(to:)` writes; `eventAt` and `createdAt`, which the API does not show, are the distant past.
    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        event = OrgEvent(
            id: try container.decode(String.self, forKey: .id), orgID: try container.decode(String.self, forKey: .org_id),
            name: try container.decode(String.self, forKey: .name), trackName: try container.decode(String.self, forKey: .track_name),
            eventDate: try container.decode(String.self, forKey: .event_date), eventAt: .distantPast,
            runGroups: try container.decode([String]?.self, forKey: .run_groups), createdAt: .distantPast)
    }
}

