/// A partial update of a sticky: fields left `.unchanged` keep their value (none of them is nullable).
public struct StickyChanges: Sendable, Equatable {
    public var posX: FieldUpdate<Double> = .unchanged
    public var posY: FieldUpdate<Double> = .unchanged
    public var content: FieldUpdate<String> = .unchanged
    public var tone: FieldUpdate<String> = .unchanged
    public var collapsed: FieldUpdate<Bool> = .unchanged
    public var viewScope: FieldUpdate<String> = .unchanged

    public init() {}
}
