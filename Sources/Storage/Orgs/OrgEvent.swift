import Foundation

/// An event of an organization. `eventDate` is the ISO-8601 text exactly as it was sent (offset kept);
/// `eventAt` is the same instant, used for ordering.
public struct OrgEvent: Sendable, Equatable {
    public var id: String
    public var orgID: String
    public var name: String
    public var trackName: String
    public var eventDate: String
    public var eventAt: Date
    public var runGroups: [String]?
    public var createdAt: Date

    public init(id: String, orgID: String, name: String, trackName: String, eventDate: String, eventAt: Date,
                runGroups: [String]?, createdAt: Date) {
        self.id = id
        self.orgID = orgID
        self.name = name
        self.trackName = trackName
        self.eventDate = eventDate
        self.eventAt = eventAt
        self.runGroups = runGroups
        self.createdAt = createdAt
    }
}
