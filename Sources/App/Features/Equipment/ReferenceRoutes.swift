import Equipment
import Hummingbird

/// The public, cacheable reference data of platform.md §4.3: tyres, brake pads, tyre sizes, brake fluids and the
/// vehicle database.
enum ReferenceRoutes {
    static func routes(catalogue: ReferenceCatalogue) -> [RouteSpec] {
        return [
            RouteSpec(.get, "/api/equipment/tires/search", on: .platform, tag: "Equipment",
                      summary: "Curated tyres: all sorted by model, or the first 10 matching ?q= on model or brand",
                      docs: EquipmentDocs.tires) { request, _, _ in
                try CacheableJSON.response(catalogue.searchTires(Self.query(request)), request: request)
            },
            RouteSpec(.get, "/api/equipment/brakes/search", on: .platform, tag: "Equipment",
                      summary: "Curated brake pads: all sorted by model, or the first 10 matching ?q= on model or brand",
                      docs: EquipmentDocs.pads) { request, _, _ in
                try CacheableJSON.response(catalogue.searchBrakePads(Self.query(request)), request: request)
            },
            RouteSpec(.get, "/api/equipment/reference/tire-sizes", on: .platform, tag: "Equipment",
                      summary: "Reference tyre sizes, 15 to 20 inch", docs: EquipmentDocs.strings) { request, _, _ in
                try CacheableJSON.response(catalogue.tireSizes, request: request)
            },
            RouteSpec(.get, "/api/equipment/reference/brake-fluids", on: .platform, tag: "Equipment",
                      summary: "Reference brake fluids", docs: EquipmentDocs.strings) { request, _, _ in
                try CacheableJSON.response(catalogue.brakeFluids, request: request)
            },
            RouteSpec(.get, "/api/equipment/vehicles/search", on: .platform, tag: "Equipment",
                      summary: "Vehicle database: all sorted by slug, or the first 20 matching ?q= on make, model or generation",
                      docs: EquipmentDocs.vehicleSearch) { request, _, _ in
                try CacheableJSON.response(catalogue.searchVehicles(Self.query(request)), request: request)
            },
            RouteSpec(.get, "/api/equipment/vehicles/makes", on: .platform, tag: "Equipment",
                      summary: "Vehicle makes, sorted", docs: EquipmentDocs.strings) { request, _, _ in
                try CacheableJSON.response(catalogue.makes, request: request)
            },
            RouteSpec(.get, "/api/equipment/vehicles/{make}/models", on: .platform, tag: "Equipment",
                      summary: "Models of a make (case-insensitive), sorted; none for an unknown make", docs: EquipmentDocs.strings) {
                request, context, _ in
                try CacheableJSON.response(catalogue.models(of: context.parameters.get("make") ?? ""), request: request)
            },
            RouteSpec(.get, "/api/equipment/vehicles/{make}/{model}", on: .platform, tag: "Equipment",
                      summary: "One car's specification (?generation= narrows it)", docs: EquipmentDocs.vehicle) { request, context, _ in
                let make = context.parameters.get("make") ?? "", model = context.parameters.get("model") ?? ""
                let generation = request.uri.queryParameters.get("generation").flatMap { $0.isEmpty ? nil : String($0) }
                guard let vehicle = catalogue.vehicle(make: make, model: model, generation: generation) else {
                    throw AppError.notFound("Vehicle \(make) \(model)\(generation.map { " (\($0))" } ?? "") not found")
                }
                return try CacheableJSON.response(vehicle.spec, request: request)
            },
        ]
    }

    static func query(_ request: Request) -> String { request.uri.queryParameters.get("q").map { String($0) } ?? "" }
}
