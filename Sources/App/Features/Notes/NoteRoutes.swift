import Foundation
import Hummingbird
import Storage

/// Private notes (client-extras.md §1). A note is its author's alone (`note-owner` in policy.yaml: anyone else gets
/// 404); attaching one to a session needs the gate action `note.attach` on that session.
enum NoteRoutes {
    /// Asked through `PolicyGate` for the session a create body names.
    static let attach = "note.attach"

    static func routes(store: any NoteStore, notebook: ResourceLocator<Notebook>, located note: ResourceLocator<NoteRecord>,
                       session: ResourceLocator<SessionRecord>, gate: PolicyGate, clock: @escaping @Sendable () -> Date) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/notes", on: notebook, tag: "Notes",
                      summary: "Write a note, global or on one of the caller's sessions (at most 500 per user)", docs: NoteDocs.create) {
                request, context, notebook in
                guard let owner = notebook.owner else { throw AppError.unauthenticated() }
                let body = try NoteBody.create(try await JSONBody.read(request, context: context))
                if let sessionID = body.sessionID { _ = try await gate.authorized(attach, session, id: sessionID, context) }
                let record = body.record(id: UUID().uuidString.lowercased(), ownerID: owner.id, now: clock())
                guard try await store.create(record, limit: NoteRules.maxNotesPerUser) else {
                    throw AppError.quotaReached("Maximum \(NoteRules.maxNotesPerUser) notes per user")
                }
                return try JSONCoding.response(NoteEntry(record), status: .created)
            },
            RouteSpec(.get, "/api/notes", on: notebook, tag: "Notes",
                      summary: "The caller's notes, pinned first, then the most recently updated (empty when signed out)",
                      docs: NoteDocs.list) { request, context, notebook in
                let filter = NoteFilter(sessionID: try context.textQuery(request, "session_id"),
                                        globalOnly: try context.boolQuery(request, "global_only") ?? false,
                                        anchorType: try context.choiceQuery(request, "anchor_type", among: NoteRules.anchorTypes))
                guard let owner = notebook.owner else { return try JSONCoding.response(NoteList(items: [], total: 0)) }
                let notes = try await store.notes(ownerID: owner.id, filter)
                return try JSONCoding.response(NoteList(items: notes.map(NoteEntry.init), total: notes.count))
            },
            RouteSpec(.get, "/api/notes/{note_id}", on: note, tag: "Notes", summary: "One of the caller's notes",
                      docs: NoteDocs.read) { _, _, record in
                try JSONCoding.response(NoteEntry(record))
            },
            RouteSpec(.patch, "/api/notes/{note_id}", on: note, tag: "Notes",
                      summary: "Change a note: only the fields sent (null clears a nullable one)", docs: NoteDocs.update) {
                request, context, record in
                let changes = try NoteBody.update(try await JSONBody.read(request, context: context))
                guard let updated = try await store.update(noteID: record.id, changes, now: clock()) else {
                    throw AppError.notFound("Note not found")
                }
                return try JSONCoding.response(NoteEntry(updated))
            },
            RouteSpec(.delete, "/api/notes/{note_id}", on: note, tag: "Notes", summary: "Delete a note (204)",
                      docs: NoteDocs.delete) { _, _, record in
                guard try await store.delete(noteID: record.id) else { throw AppError.notFound("Note not found") }
                return Response(status: .noContent)
            },
        ]
    }
}
