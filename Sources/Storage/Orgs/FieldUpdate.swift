/// One field of a partial update: keep it, or set it (to `nil` as well, for nullable fields).
public enum FieldUpdate<Value: Sendable & Equatable>: Sendable, Equatable {
    case unchanged
    case set(Value)
}
