import Foundation

/// The sentinel owner of the public demo session (client-extras.md §4.1): never signs in, never opts in to a board,
/// never counts in trends or achievements.
public enum DemoUser {
    public static let id = "__demo__"
    public static let name = "Demo Driver"
    /// A reserved address (`.invalid` never resolves), so no sign-in can ever link to this account.
    public static let email = "demo@cataclysm.invalid"
}
