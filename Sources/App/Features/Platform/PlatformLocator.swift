import Policy

/// The service itself: what the `platform` kind's routes act on.
struct PlatformResource: Sendable {}

extension ResourceLocator where Record == PlatformResource {
    /// `platform`: always there.
    static var platform: Self {
        Self(kind: "platform", notFoundDetail: { _ in "Not Found" }) { _ in
            Located(facts: ResourceFacts(kind: "platform"), record: PlatformResource())
        }
    }
}
