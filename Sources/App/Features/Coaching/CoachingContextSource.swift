import Coaching
import Equipment
import Foundation
import Storage
import Weather

/// The equipment and weather a coach is told about (platform.md §2.5, §4): the session's tyre and its stored weather.
struct CoachingContextSource: Sendable {
    let equipment: any EquipmentStore
    let weather: any WeatherStore

    func context(sessionID: String) async -> CoachingContext? {
        let assigned = try? await equipment.equipment(sessionID: sessionID)
        let tire = assigned.flatMap { EquipmentProfileDocument.decode($0.1.documentJSON)?.tires }
        let conditions = (try? await weather.weather(sessionID: sessionID)).flatMap { $0.flatMap(WeatherService.decode) }
        guard tire != nil || conditions != nil else { return nil }
        return CoachingContext(tireModel: tire?.model, compoundCategory: tire?.compound_category.rawValue,
                               trackCondition: conditions?.track_condition, ambientTempC: conditions?.ambient_temp_c,
                               trackTempC: conditions?.track_temp_c, humidityPct: conditions?.humidity_pct)
    }
}
