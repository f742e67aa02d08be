import Hummingbird
import Storage

extension OrgRoutes {
    static func eventRoutes(orgs: any OrgStore, located organization: ResourceLocator<Organization>) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/orgs/{slug}/events", on: organization, tag: "Organizations", summary: "Create an event (owners and instructors)",
                      docs: OrgDocs.createEvent) { request, context, organization in
                let body = try CreateEventRequest(try await JSONBody.read(request, context: context))
                let event = try await orgs.createEvent(body.event, organization.scope)
                return try JSONCoding.response(EventEntry(event: event))
            },
            RouteSpec(.get, "/api/orgs/{slug}/events", on: organization, tag: "Organizations",
                      summary: "An organization's events by date (members)", docs: OrgDocs.events) { _, _, organization in
                let events = try await orgs.events(organization.scope)
                return try JSONCoding.response(EventListResponse(events: events.map(EventEntry.init)))
            },
            RouteSpec(.delete, "/api/orgs/{slug}/events/{event_id}", on: organization, tag: "Organizations",
                      summary: "Delete an event of this organization (owners and instructors)", docs: OrgDocs.deleteEvent) { _, context, organization in
                guard let eventID = context.parameters.get("event_id"),
                      try await orgs.deleteEvent(id: eventID, organization.scope) else {
                    throw AppError.notFound("Event not found")
                }
                return try JSONCoding.response(StatusResponse(status: "deleted"))
            },
        ]
    }
}
