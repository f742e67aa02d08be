import Coaching
import Foundation
import Storage
import Weather

/// Reads a session's `SessionSetup` from the equipment and weather stores.
struct SessionSetupSource: Sendable {
    let equipment: any EquipmentStore
    let weather: any WeatherStore

    /// The session's setup; storage errors propagate (an answer must not be computed, and cached, without it).
    func setup(sessionID: String) async throws -> SessionSetup {
        var setup = SessionSetup()
        if let (assignment, profile) = try await equipment.equipment(sessionID: sessionID) {
            setup.profileID = profile.id
            setup.document = EquipmentProfileDocument.decode(profile.documentJSON)
            setup.overrides = assignment.overrides
            setup.conditions = assignment.conditions
        }
        if let stored = try await weather.weather(sessionID: sessionID).flatMap(WeatherService.decode) {
            setup.conditions = stored
        }
        return setup
    }

    /// The tyre and weather a coach is told about (platform.md §2.5, §4); nil when neither is known or unreadable.
    func context(sessionID: String) async -> CoachingContext? {
        (try? await setup(sessionID: sessionID))?.coachingContext
    }
}
