import Hummingbird
import Storage

/// Equipment profiles (platform.md §4.5). Ownership is the policy's `equipment-profile-owner` rule: someone else's
/// profile is 404 on every route.
enum ProfileRoutes {
    static func routes(equipment: EquipmentService, located profile: ResourceLocator<EquipmentProfileRecord>) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/equipment/profiles", on: .account, tag: "Equipment",
                      summary: "Create an equipment profile (is_default makes it the only default)", docs: EquipmentDocs.create) {
                request, context, caller in
                let body = try await EquipmentProfileBody.read(request, context: context)
                return try JSONCoding.response(try await equipment.create(body, ownerID: caller.id), status: .created)
            },
            RouteSpec(.get, "/api/equipment/profiles", on: .account, tag: "Equipment",
                      summary: "The caller's equipment profiles, by name", docs: EquipmentDocs.list) { _, _, caller in
                let items = try await equipment.profiles(ownerID: caller.id)
                return try JSONCoding.response(EquipmentProfileList(items: items, total: items.count))
            },
            RouteSpec(.get, "/api/equipment/profiles/{profile_id}", on: profile, tag: "Equipment",
                      summary: "One of the caller's equipment profiles", docs: EquipmentDocs.profile) { _, _, record in
                guard let profile = EquipmentService.profile(record) else { throw AppError.notFound("Profile \(record.id) not found") }
                return try JSONCoding.response(profile)
            },
            RouteSpec(.patch, "/api/equipment/profiles/{profile_id}", on: profile, tag: "Equipment",
                      summary: "Replace a profile's content (full replacement)", docs: EquipmentDocs.replace) { request, context, record in
                let body = try await EquipmentProfileBody.read(request, context: context)
                return try JSONCoding.response(try await equipment.replace(record, with: body))
            },
            RouteSpec(.delete, "/api/equipment/profiles/{profile_id}", on: profile, tag: "Equipment",
                      summary: "Delete a profile (its session assignments go with it)", docs: EquipmentDocs.delete) { _, _, record in
                try await equipment.delete(record)
                return try JSONCoding.response(StatusResponse.deleted("Profile \(record.id) deleted"))
            },
        ]
    }
}
