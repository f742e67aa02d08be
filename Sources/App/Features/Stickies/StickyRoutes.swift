import Foundation
import Hummingbird
import Storage

/// Viewport stickies (client-extras.md §2). A sticky is its author's alone (`sticky-owner` in policy.yaml: anyone
/// else gets 404).
enum StickyRoutes {
    static func routes(store: any StickyStore, notebook: ResourceLocator<Notebook>, located sticky: ResourceLocator<StickyRecord>,
                       clock: @escaping @Sendable () -> Date) -> [RouteSpec] {
        [
            RouteSpec(.post, "/api/stickies", on: notebook, tag: "Stickies",
                      summary: "Pin a sticky on the viewport (at most 50 per user)", docs: StickyDocs.create) { request, context, notebook in
                guard let owner = notebook.owner else { throw AppError.unauthenticated() }
                let record = try StickyBody.record(try await JSONBody.read(request, context: context),
                                                   id: UUID().uuidString.lowercased(), ownerID: owner.id, now: clock())
                guard try await store.create(record, limit: StickyRules.maxStickiesPerUser) else {
                    throw AppError.quotaReached("Maximum \(StickyRules.maxStickiesPerUser) stickies per user")
                }
                return try JSONCoding.response(StickyEntry(record), status: .created)
            },
            RouteSpec(.get, "/api/stickies", on: notebook, tag: "Stickies",
                      summary: "The caller's stickies, most recently updated first (empty when signed out)", docs: StickyDocs.list) {
                request, context, notebook in
                let scope = try context.choiceQuery(request, "view_scope", among: StickyRules.viewScopes)
                guard let owner = notebook.owner else { return try JSONCoding.response(StickyList(items: [], total: 0)) }
                let stickies = try await store.stickies(ownerID: owner.id, viewScope: scope)
                return try JSONCoding.response(StickyList(items: stickies.map(StickyEntry.init), total: stickies.count))
            },
            RouteSpec(.patch, "/api/stickies/{sticky_id}", on: sticky, tag: "Stickies",
                      summary: "Move or change a sticky: only the fields sent", docs: StickyDocs.update) { request, context, record in
                let changes = try StickyBody.changes(try await JSONBody.read(request, context: context))
                guard let updated = try await store.update(stickyID: record.id, changes, now: clock()) else {
                    throw AppError.notFound("Sticky not found")
                }
                return try JSONCoding.response(StickyEntry(updated))
            },
            RouteSpec(.delete, "/api/stickies/{sticky_id}", on: sticky, tag: "Stickies", summary: "Remove a sticky (204)",
                      docs: StickyDocs.delete) { _, _, record in
                guard try await store.delete(stickyID: record.id) else { throw AppError.notFound("Sticky not found") }
                return Response(status: .noContent)
            },
        ]
    }
}
