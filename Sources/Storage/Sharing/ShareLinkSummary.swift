/// One line of the owner's link list.
public struct ShareLinkSummary: Sendable, Equatable {
    public var link: ShareLink
    public var comparisons: Int

    public init(link: ShareLink, comparisons: Int) {
        self.link = link
        self.comparisons = comparisons
    }
}
