import Foundation

/// A partial update of an organization's profile: fields left `.unchanged` keep their value.
public struct OrganizationChanges: Sendable, Equatable {
    public var name: FieldUpdate<String>
    public var logoURL: FieldUpdate<String?>
    public var brandColor: FieldUpdate<String?>

    public init(name: FieldUpdate<String> = .unchanged, logoURL: FieldUpdate<String?> = .unchanged,
                brandColor: FieldUpdate<String?> = .unchanged) {
        self.name = name
        self.logoURL = logoURL
        self.brandColor = brandColor
    }
}
