import Policy
import Storage

extension ResourceLocator where Record == NoteRecord {
    /// `note`: one note by id (facts owner = its author).
    static func note(_ store: any NoteStore) -> Self {
        Self(kind: "note", notFoundDetail: { _ in "Note not found" }) { input in
            guard let id = input.id, let note = try await store.locate(noteID: id) else { return nil }
            return Located(facts: ResourceFacts(kind: "note", id: note.id, ownerID: note.ownerID), record: note)
        }
    }
}
