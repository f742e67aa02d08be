import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import TestSupport
@testable import App

/// Session equipment feeds the optimal profile (platform.md §4.6): the tyre's friction, the car's mass, power and
/// drag, and the response names what came from the equipment.
@Suite struct EquipmentPhysicsAPITests {
    struct Optimal: Decodable {
        struct Params: Decodable { let mu: Double; let max_lateral_g: Double; let top_speed_mps: Double; let mass_kg: Double?
                                   let drag_area_m2: Double?; let calibrated: Bool }
        let lap_time_s: Double
        let vehicle_params: Params
        let parameter_sources: [String: String]
        let equipment_profile_id: String?
    }
    struct Assigned: Decodable { let profile_id: String }

    static func optimal(_ api: TestAPI, _ session: String) async throws -> Optimal {
        let response = try await api.send(.get, "/api/sessions/\(session)/optimal-profile", as: .driverA)
        #expect(response.status == .ok)
        return try response.decode(Optimal.self)
    }

    static func inline(_ api: TestAPI, _ session: String, _ compound: String) async throws -> String {
        let response = try await api.send(.put, "/api/equipment/\(session)/equipment/inline", as: .driverA,
                                          json: ["compound_category": compound, "tire_size": "225/45R17"])
        return try response.decode(Assigned.self).profile_id
    }

    @Test func aGrippierTyreGivesAFasterOptimalLapOnTheSameSession() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let estimated = try await Self.optimal(api, session)
            let streetID = try await Self.inline(api, session, "street")
            let street = try await Self.optimal(api, session)
            _ = try await Self.inline(api, session, "slick")
            let slick = try await Self.optimal(api, session)
            print(String(format: "[equipment physics] optimal lap: estimated from the data %.3f s, street tyre %.3f s, slick %.3f s",
                         estimated.lap_time_s, street.lap_time_s, slick.lap_time_s))
            #expect(estimated.equipment_profile_id == nil && estimated.parameter_sources["mu"] == "telemetry")
            #expect(street.equipment_profile_id == streetID && street.vehicle_params.mu == 0.90)
            #expect(street.parameter_sources["mu"] == "equipment" && street.parameter_sources["max_accel_g"] == "telemetry")
            #expect(slick.vehicle_params.mu == 1.42 && slick.vehicle_params.max_lateral_g == 1.42)
            #expect(slick.lap_time_s < street.lap_time_s)
        }
    }

    @Test func aCarFromTheVehicleDatabaseGivesMassPowerAndDragAndItsChangesAreSeen() async throws {
        try await withTestApp { client, world in
            let api = TestAPI(client: client, world: world)
            let session = try await world.seed(TestPaths.intermediate, as: .driverA, client: client)
            let gr86 = try await api.send(.get, "/api/equipment/vehicles/Toyota/GR86?generation=ZN8", as: .anonymous)
            let vehicle = try #require(try JSONSerialization.jsonObject(with: Data(gr86.text.utf8)) as? [String: Any])
            var body = TestAPI.profileBody(mu: 1.08)
            body["vehicle"] = vehicle
            let profile = try await api.equipmentProfile(body, as: .driverA)
            try await api.assignEquipment(profile, to: session, as: .driverA)
            let stock = try await Self.optimal(api, session)
            #expect(stock.parameter_sources == ["mu": "equipment", "max_lateral_g": "equipment", "max_decel_g": "equipment",
                                                "max_accel_g": "equipment", "top_speed_mps": "equipment", "drag": "equipment"])
            #expect(stock.vehicle_params.mass_kg == 1270 && stock.vehicle_params.drag_area_m2 == 0.54)
            #expect(!stock.vehicle_params.calibrated && stock.equipment_profile_id == profile)

            let tuned = try await api.send(.put, "/api/equipment/\(session)/equipment", as: .driverA,
                                           json: ["profile_id": profile, "overrides": ["hp": 400]])
            #expect(tuned.status == .ok)
            let powerful = try await Self.optimal(api, session)
            #expect(powerful.lap_time_s < stock.lap_time_s && powerful.vehicle_params.top_speed_mps > stock.vehicle_params.top_speed_mps)

            body["tires"] = (TestAPI.profileBody(compound: "street", mu: 0.9)["tires"] ?? nil)
            let replaced = try await api.send(.patch, "/api/equipment/profiles/\(profile)", as: .driverA, json: body)
            #expect(replaced.status == .ok)
            let streetTyres = try await Self.optimal(api, session)
            #expect(streetTyres.vehicle_params.mu == 0.9 && streetTyres.lap_time_s > powerful.lap_time_s)
            print(String(format: "[equipment physics] GR86 on 1.08 tyres %.3f s, with 400 hp %.3f s, on street tyres %.3f s",
                         stock.lap_time_s, powerful.lap_time_s, streetTyres.lap_time_s))
        }
    }
}
