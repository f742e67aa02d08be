import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TestSupport

/// The 405 answer and its `Allow` header follow the router: a literal path segment wins over a parameter.
@Suite struct MethodNotAllowedTests {
    @Test func literalRouteAdvertisesOnlyItsOwnMethods() async throws {
        try await withTestApp { client, world in
            // given paths whose literal segment also fits a parameter route (`{session_id}`, `{token}`)
            for (uri, method, allow) in [("/api/sessions/upload", HTTPRequest.Method.get, "POST"),
                                         ("/api/sessions/upload", .options, "POST"),
                                         ("/api/sharing/mine", .delete, "GET"),
                                         ("/api/sharing/create", .options, "POST")] {
                // when
                let response = try await client.execute(uri: uri, method: method, headers: world.headers(.driverA))
                // then: 405 naming only the literal route's methods (it used to add the parameter route's GET/DELETE)
                #expect(response.status == .methodNotAllowed, "\(method) \(uri)")
                #expect(response.headers[.allow] == allow, "\(method) \(uri)")
            }
        }
    }

    @Test func parameterRouteStillAnswersWhenTheLiteralBranchEndsEarly() async throws {
        try await withTestApp { client, world in
            // `/api/sessions/all/laps` is not under the `all/clear` branch, so the router takes `{session_id}`
            let response = try await client.execute(uri: "/api/sessions/all/laps", method: .post, headers: world.headers(.driverA))
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers[.allow] == "GET")
        }
    }
}
