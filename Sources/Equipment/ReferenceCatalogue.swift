import Foundation

/// The bundled reference data (platform.md §4.3, Appendices A–C, the vehicle database) and its searches. Loaded once
/// from the module's resources; a missing or broken resource is a packaging fault and stops the process at first use.
public struct ReferenceCatalogue: Sendable {
    public let tires: [TireSpec]
    public let brakePads: [BrakePad]
    public let tireSizes: [String]
    public let brakeFluids: [String]
    public let vehicles: [VehicleRecord]
    /// The first car of each folded make, model and generation, and of each make and model (`vehicle(…)` runs for
    /// every analysis of a session whose profile names a car).
    private let vehicleByGeneration: [String: Int]
    private let vehicleByModel: [String: Int]

    /// The catalogue shipped with the server.
    public static let bundled: ReferenceCatalogue = {
        do { return try ReferenceCatalogue(bundle: .module) } catch { fatalError("equipment reference data: \(error)") }
    }()

    init(bundle: Bundle) throws {
        func load<T: Decodable>(_ name: String, _ type: T.Type) throws -> T {
            guard let url = bundle.url(forResource: name, withExtension: "json", subdirectory: "Resources")
                    ?? bundle.url(forResource: name, withExtension: "json") else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: "\(name).json"])
            }
            return try JSONDecoder().decode(type, from: Data(contentsOf: url))
        }
        struct VehicleFile: Decodable { let vehicles: [VehicleRecord] }
        tires = try load("tires", [TireSpec].self)
        brakePads = try load("brake-pads", [BrakePad].self)
        tireSizes = try load("tire-sizes", [String].self)
        brakeFluids = try load("brake-fluids", [String].self)
        vehicles = try load("vehicles", VehicleFile.self).vehicles
        var byGeneration: [String: Int] = [:], byModel: [String: Int] = [:]
        for (index, car) in vehicles.enumerated().reversed() {
            byGeneration[Self.key(car.spec.make, car.spec.model, car.spec.generation)] = index
            byModel[Self.key(car.spec.make, car.spec.model)] = index
        }
        vehicleByGeneration = byGeneration
        vehicleByModel = byModel
    }

    /// Tyres: every one sorted by model for an empty query, else the first 10 whose model or brand contains it
    /// (case-insensitive), in catalogue order.
    public func searchTires(_ query: String) -> [TireSpec] {
        let q = Self.folded(query)
        guard !q.isEmpty else { return tires.enumerated().sorted { ($0.element.model, $0.offset) < ($1.element.model, $1.offset) }.map(\.element) }
        return Array(tires.filter { Self.folded($0.model).contains(q) || Self.folded($0.brand ?? "").contains(q) }.prefix(10))
    }

    /// Brake pads, with the tyres' search rules.
    public func searchBrakePads(_ query: String) -> [BrakePad] {
        let q = Self.folded(query)
        guard !q.isEmpty else { return brakePads.enumerated().sorted { ($0.element.model, $0.offset) < ($1.element.model, $1.offset) }.map(\.element) }
        return Array(brakePads.filter { Self.folded($0.model).contains(q) || Self.folded($0.brand).contains(q) }.prefix(10))
    }

    /// Cars: every one sorted by slug for an empty query, else the first 20 whose make, model or generation contains
    /// it (case-insensitive), in database order.
    public func searchVehicles(_ query: String) -> [VehicleSummary] {
        let q = Self.folded(query)
        guard !q.isEmpty else { return vehicles.sorted { $0.slug < $1.slug }.map(\.summary) }
        return Array(vehicles.filter {
            Self.folded($0.spec.make).contains(q) || Self.folded($0.spec.model).contains(q) || Self.folded($0.spec.generation).contains(q)
        }.prefix(20).map(\.summary))
    }

    /// Distinct makes, sorted.
    public var makes: [String] { Array(Set(vehicles.map(\.spec.make))).sorted() }

    /// Distinct models of a make (case-insensitive), sorted; an unknown make has none.
    public func models(of make: String) -> [String] {
        let m = Self.folded(make)
        return Array(Set(vehicles.filter { Self.folded($0.spec.make) == m }.map(\.spec.model))).sorted()
    }

    /// The first car matching make, model and (when given) generation, case-insensitively.
    public func vehicle(make: String, model: String, generation: String?) -> VehicleRecord? {
        let index = generation.map { vehicleByGeneration[Self.key(make, model, $0)] } ?? vehicleByModel[Self.key(make, model)]
        return index.map { vehicles[$0] }
    }

    /// The lookup key of folded names.
    private static func key(_ names: String...) -> String { names.map(folded).joined(separator: "\u{0}") }

    static func folded(_ text: String) -> String { text.trimmingCharacters(in: .whitespaces).lowercased() }
}
