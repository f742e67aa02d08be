import Foundation
import Storage
import Weather

extension SessionEquipmentRecord {
    /// The assignment's vehicle overrides (empty when unreadable).
    var overrides: [String: Double] {
        (try? JSONCoding.decoder.decode([String: Double].self, from: Data(overridesJSON.utf8))) ?? [:]
    }

    /// The conditions given with the assignment, if any.
    var conditions: SessionWeather? { conditionsJSON.flatMap(WeatherService.decode) }
}
