import Foundation
import Storage

/// `Event`: `event_date` is the text as it was sent, offset included.
struct EventEntry: Encodable {
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
