/// A partial update of a note: fields left `.unchanged` keep their value (the session a note belongs to never changes).
public struct NoteChanges: Sendable, Equatable {
    public var content: FieldUpdate<String> = .unchanged
    public var anchorType: FieldUpdate<String?> = .unchanged
    public var anchorID: FieldUpdate<String?> = .unchanged
    public var anchorMetaJSON: FieldUpdate<String?> = .unchanged
    public var isPinned: FieldUpdate<Bool> = .unchanged
    public var color: FieldUpdate<String?> = .unchanged

    public init() {}
}
