import Storage

/// `POST /api/orgs/{slug}/events` body `{name, track_name, event_date, run_groups?}`.
struct CreateEventRequest {
    let event: NewOrgEvent

    init(_ body: JSONBody) throws {
        let name = try OrgText.required("name", in: body)
        let track = try OrgText.required("track_name", in: body)
        let rawDate = try body.requiredString("event_date")
        let runGroups = try body.optionalStringArray("run_groups")
        guard let date = EventDate(rawDate) else { throw AppError.unprocessable("Invalid input data") }
        event = NewOrgEvent(name: name, trackName: track, eventDate: date.text, eventAt: date.instant, runGroups: runGroups)
    }
}
