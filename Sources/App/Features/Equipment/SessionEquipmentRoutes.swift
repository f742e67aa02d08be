import Hummingbird
import Storage

/// A session's equipment (platform.md §4.6): read by whoever may read the session, set by its owner; the profile
/// named in the body must be the caller's own (gate `equipment.profile.use`: someone else's is 404, weak point 11).
enum SessionEquipmentRoutes {
    /// Asked through `PolicyGate` for the profile a `PUT` body names.
    static let useProfile = "equipment.profile.use"

    static func routes(equipment: EquipmentService, located session: ResourceLocator<SessionRecord>,
                       profile: ResourceLocator<EquipmentProfileRecord>, gate: PolicyGate) -> [RouteSpec] {
        [
            RouteSpec(.get, "/api/equipment/{session_id}/equipment", on: session, tag: "Equipment",
                      summary: "The session's equipment and conditions", docs: EquipmentDocs.sessionEquipment) { _, _, record in
                try JSONCoding.response(try await equipment.equipment(of: record))
            },
            RouteSpec(.put, "/api/equipment/{session_id}/equipment", on: session, tag: "Equipment",
                      summary: "Assign one of the caller's profiles to the session (with overrides and conditions)",
                      docs: EquipmentDocs.assign) { request, context, record in
                let body = try await SessionEquipmentBody.read(request, context: context)
                let chosen = try await gate.authorized(useProfile, profile, id: body.profile_id, context)
                return try JSONCoding.response(try await equipment.assign(chosen, to: record, overrides: body.overrides ?? [:],
                                                                          conditions: body.conditions))
            },
            RouteSpec(.put, "/api/equipment/{session_id}/equipment/inline", on: session, tag: "Equipment",
                      summary: "Assign a quick setup (compound class and tyre size) as a new profile", docs: EquipmentDocs.inline) {
                request, context, record in
                let caller = try context.requireCaller()
                let body = try await InlineEquipmentBody.read(request, context: context)
                return try JSONCoding.response(try await equipment.assignInline(body, to: record, ownerID: caller.id))
            },
        ]
    }
}
