import Policy

extension PlatformRoutes {
    static func locators(into registry: inout ResourceLocators) {
        registry.register("platform", ResourceLocator(notFoundDetail: { _ in "Not Found" }) { _ in
            LoadedResource(facts: ResourceFacts(kind: "platform"))
        })
    }
}
