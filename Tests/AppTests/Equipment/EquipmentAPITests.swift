import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import Storage
import TestSupport
@testable import App

/// Reference data, equipment profiles and session equipment (platform.md §4.3, §4.5, §4.6).
@Suite struct EquipmentAPITests {
    static func run(_ body: @Sendable @escaping (TestAPI) async throws -> Void) async throws {
        try await withTestApp { client, world in try await body(TestAPI(client: client, world: world)) }
    }

    @Test func referenceDataIsPublicAndCacheableWithAnETag() async throws {
        try await Self.run { api in
            let first = try await api.send(.get, "/api/equipment/tires/search?q=hoosier", as: .anonymous)
            #expect(first.status == .ok && first.headers[.cacheControl] == "public, max-age=86400")
            let tag = try #require(first.headers[.eTag])
            #expect(try first.decode([[String: JSONValueBox]].self).count == 5)
            let again = try await api.client.execute(uri: "/api/equipment/tires/search?q=hoosier", method: .get, headers: [.ifNoneMatch: tag])
            #expect(again.status == .notModified && again.body.readableBytes == 0)
            let other = try await api.client.execute(uri: "/api/equipment/tires/search?q=re-71", method: .get, headers: [.ifNoneMatch: tag])
            #expect(other.status == .ok)
        }
    }

    @Test func vehicleRoutes() async throws {
        try await Self.run { api in
            let makes = try await api.send(.get, "/api/equipment/vehicles/makes", as: .anonymous).decode([String].self)
            #expect(makes == makes.sorted() && makes.contains("Mazda"))
            #expect(try await api.send(.get, "/api/equipment/vehicles/mazda/models", as: .anonymous).decode([String].self).contains("Miata"))
            #expect(try await api.send(.get, "/api/equipment/vehicles/nobody/models", as: .anonymous).decode([String].self).isEmpty)
            let na = try await api.send(.get, "/api/equipment/vehicles/mazda/miata?generation=NA", as: .anonymous)
            #expect(try na.decode(VehicleBox.self).year_range == [1990, 1997])
            let missing = try await api.send(.get, "/api/equipment/vehicles/Mazda/Miata?generation=ZZ", as: .anonymous)
            #expect(missing.status == .notFound && missing.detail == "Vehicle Mazda Miata (ZZ) not found")
        }
    }

    @Test func profilesAreCreatedReplacedAndOnlyOneIsTheDefault() async throws {
        try await Self.run { api in
            let created = try await api.send(.post, "/api/equipment/profiles", as: .driverA,
                                             json: TestAPI.profileBody(name: "Dry", isDefault: true))
            #expect(created.status == .created)
            let dry = try created.decode(ProfileBox.self)
            #expect(dry.id.range(of: "^eq_[0-9a-f]{12}$", options: .regularExpression) != nil && dry.is_default)
            let wet = try await api.equipmentProfile(TestAPI.profileBody(name: "Wet", compound: "street", mu: 0.9, isDefault: true), as: .driverA)
            let list = try await api.send(.get, "/api/equipment/profiles", as: .driverA).decode(ProfileList.self)
            #expect(list.total == 2 && list.items.map(\.name) == ["Dry", "Wet"] && list.items.map(\.is_default) == [false, true])
            // full replacement: fields left out are gone
            var body = TestAPI.profileBody(name: "Dry 2", mu: 1.0)
            body["notes"] = nil
            let replaced = try await api.send(.patch, "/api/equipment/profiles/\(dry.id)", as: .driverA, json: body).decode(ProfileBox.self)
            #expect(replaced.name == "Dry 2" && !replaced.is_default && replaced.id == dry.id)
            #expect(try await api.send(.get, "/api/equipment/profiles/\(wet)", as: .driverA).decode(ProfileBox.self).is_default)
            let deleted = try await api.send(.delete, "/api/equipment/profiles/\(dry.id)", as: .driverA)
            #expect(deleted.text.contains("Profile \(dry.id) deleted"))
            #expect(try await api.send(.get, "/api/equipment/profiles/\(dry.id)", as: .driverA).status == .notFound)
        }
    }

    @Test func aFormulaEstimateOfOneBecomesTheCompoundDefault() async throws {
        try await Self.run { api in
            var body = TestAPI.profileBody(compound: "r_comp", mu: 1.0)
            body["tires"] = ["model": "Stock", "compound_category": "r_comp", "size": "225/45R17", "estimated_mu": 1.0,
                             "mu_source": "formula_estimate", "mu_confidence": "low"] as [String: Any]
            let profile = try await api.send(.post, "/api/equipment/profiles", as: .driverA, json: body).decode(ProfileBox.self)
            #expect(profile.tires.estimated_mu == 1.28)
        }
    }

    @Test(arguments: ["empty name", "long name", "unknown compound", "unknown override", "no tyres", "bad year range"])
    func invalidProfilesAre422(_ problem: String) async throws {
        try await Self.run { api in
            var body = TestAPI.profileBody()
            switch problem {
            case "empty name": body["name"] = "  "
            case "long name": body["name"] = String(repeating: "x", count: 101)
            case "unknown compound":
                body["tires"] = ["model": "X", "compound_category": "soft", "size": "varies", "estimated_mu": 1.1,
                                 "mu_source": "curated_table", "mu_confidence": "x"] as [String: Any]
            case "unknown override": body["vehicle_overrides"] = ["top_speed": 80]
            case "no tyres": body.removeValue(forKey: "tires")
            default:
                body["vehicle"] = ["make": "Mazda", "model": "Miata", "generation": "NA", "year_range": [1997, 1990],
                                   "weight_kg": 960, "wheelbase_m": 2.265, "track_width_front_m": 1.4, "track_width_rear_m": 1.4,
                                   "cg_height_m": 0.46, "weight_dist_front_pct": 51, "drivetrain": "RWD", "hp": 116,
                                   "torque_nm": 136, "has_aero": false] as [String: Any]
            }
            let response = try await api.send(.post, "/api/equipment/profiles", as: .driverA, json: body)
            #expect(response.status == .unprocessableContent, "\(problem): \(response.text)")
            #expect(response.text.contains("\"loc\""), "\(response.text)")
        }
    }

    @Test func someoneElsesProfileIs404EverywhereEvenThroughASession() async throws {
        try await Self.run { api in
            let theirs = try await api.equipmentProfile(as: .driverB)
            let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            for (method, path) in [(HTTPRequest.Method.get, "/api/equipment/profiles/\(theirs)"),
                                   (.delete, "/api/equipment/profiles/\(theirs)")] {
                let response = try await api.send(method, path, as: .driverA)
                #expect(response.status == .notFound && response.detail == "Profile \(theirs) not found", "\(method) \(path)")
            }
            let assign = try await api.send(.put, "/api/equipment/\(session)/equipment", as: .driverA, json: ["profile_id": theirs])
            #expect(assign.status == .notFound && assign.detail == "Profile \(theirs) not found")
            #expect(try await api.send(.get, "/api/equipment/profiles/\(theirs)", as: .driverB).status == .ok)
        }
    }

    @Test func sessionEquipmentIsAssignedReadAndMarksReportsStale() async throws {
        try await Self.run { api in
            let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            #expect(try await api.send(.get, "/api/equipment/\(session)/equipment", as: .driverA).status == .notFound)
            let profile = try await api.equipmentProfile(as: .driverA)
            let put = try await api.send(.put, "/api/equipment/\(session)/equipment", as: .driverA,
                                         json: ["profile_id": profile, "overrides": ["weight_kg": 1250],
                                                "conditions": ["track_condition": "damp", "ambient_temp_c": 14.5]] as [String: Any])
            #expect(put.status == .ok, "\(put.text)")
            let read = try await api.send(.get, "/api/equipment/\(session)/equipment", as: .driverA)
            let shape = try read.decode(JSONShape.self)
            #expect(shape.keys == ["session_id", "profile_id", "profile_name", "overrides", "tires", "brakes", "suspension", "conditions"])
            #expect(read.text.contains(#""track_condition":"damp""#) && read.text.contains(#""weight_kg":1250"#))
            let stale = try #require(try await SQLCoachingReportStore(database: api.world.app.database)
                .report(sessionID: session, skillLevel: "intermediate"))
            #expect(stale.stale)
        }
    }

    @Test func theInlineSetupCreatesATrackDaySetupProfile() async throws {
        try await Self.run { api in
            let session = try await api.world.seed(TestPaths.intermediate, as: .driverA, client: api.client)
            let bad = try await api.send(.put, "/api/equipment/\(session)/equipment/inline", as: .driverA,
                                         json: ["compound_category": "100tw", "tire_size": "wide"])
            #expect(bad.status == .unprocessableContent)
            let inline = try await api.send(.put, "/api/equipment/\(session)/equipment/inline", as: .driverA,
                                            json: ["compound_category": "100tw", "tire_size": " 225/45r17 "])
            #expect(inline.status == .ok, "\(inline.text)")
            let equipment = try inline.decode(EquipmentBox.self)
            #expect(equipment.profile_name == "Track Day Setup" && equipment.tires.model == "OEM / Stock")
            #expect(equipment.tires.estimated_mu == 1.20 && equipment.tires.size == "225/45R17")
            #expect(try await api.send(.get, "/api/equipment/profiles", as: .driverA).decode(ProfileList.self).total == 1)
        }
    }

    @Test func theDefaultProfileIsAssignedToEachNewUpload() async throws {
        try await Self.run { api in
            let profile = try await api.equipmentProfile(TestAPI.profileBody(isDefault: true), as: .driverA)
            let session = try await api.world.seed(TestPaths.novice, as: .driverA, client: api.client)
            let equipment = try await api.send(.get, "/api/equipment/\(session)/equipment", as: .driverA).decode(EquipmentBox.self)
            #expect(equipment.profile_id == profile)
        }
    }

    struct TireBox: Decodable { let model: String; let estimated_mu: Double; let size: String }
    struct ProfileBox: Decodable { let id: String; let name: String; let is_default: Bool; let tires: TireBox }
    struct ProfileList: Decodable { let items: [ProfileBox]; let total: Int }
    struct EquipmentBox: Decodable { let profile_id: String; let profile_name: String; let tires: TireBox }
    struct VehicleBox: Decodable { let year_range: [Int] }
    struct JSONValueBox: Decodable { init(from decoder: any Decoder) throws {} }
}
