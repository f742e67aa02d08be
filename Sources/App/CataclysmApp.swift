import Foundation
import Hummingbird
import Policy
import Storage

/// A built server: the Hummingbird application plus what tests and the CLI inspect.
public struct CataclysmApp: Sendable {
    public let application: Application<RouterResponder<AppRequestContext>>
    public let routes: RouteTable
    /// The WebSocket routes (bound in routes.yaml as `WS /path`).
    public let webSockets: [WebSocketRouteSpec]
    public let policy: PolicyBundle
    public let database: any SQLDatabase
    /// The session service uploads use (tests seed sessions through it).
    public let sessions: SessionService
    /// The background writer of coaching reports (tests drain it instead of waiting).
    public let coachingRunner: CoachingRunner
    /// Weather lookups started by uploads (tests drain them).
    public let weatherLookups: WeatherLookups
    /// The background compression of uploaded files (tests run it instead of waiting).
    public let storedFiles: StoredFileCompactor
}
