import Foundation

/// What creating an event needs; the date is already parsed by the caller.
public struct NewOrgEvent: Sendable, Equatable {
    public var name: String
    public var trackName: String
    public var eventDate: String
    public var eventAt: Date
    public var runGroups: [String]?

    public init(name: String, trackName: String, eventDate: String, eventAt: Date, runGroups: [String]?) {
        self.name = name
        self.trackName = trackName
        self.eventDate = eventDate
        self.eventAt = eventAt
        self.runGroups = runGroups
    }
}
