import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import App
import TestSupport

/// Every WebSocket route × every persona over a live socket, against the `websockets` part of Matrix/route-matrix.yaml.
@Suite struct WebSocketMatrixTests {
    @Test func everyWebSocketRouteForEveryPersona() async throws {
        let matrix = try RouteMatrixTests.loadMatrix()
        try await withTestApp(transport: .live, configure: RouteMatrixTests.configure) { client, world in
            // given
            try await world.setRole(.instructor, .instructor, client: client)
            let api = TestAPI(client: client, world: world)
            let values = try await RouteMatrixTests.parameterValues(world: world, client: client, orgs: OrgFixture.make(api, tag: "ws"))
            for (route, row) in matrix.webSockets {
                var path = String(route.dropFirst("WS ".count))
                for (name, value) in values { path = path.replacingOccurrences(of: "{\(name)}", with: value) }
                for persona in matrix.personas {
                    let expected = try #require(row[persona])
                    let caller = TestWorld.Persona(name: persona)
                    var personaValues = values
                    personaValues["token"] = values["token@\(persona)"] ?? ""
                    // when
                    let transcript = try await ChatSocketClient(
                        client: client, path: path,
                        headers: world.matrixHeaders(caller, personaValues)
                    ).exchange([ChatSocketClient.question("Where am I losing time?")])
                    // then
                    let answered = transcript.replies.first?.contains(#""role":"assistant""#) == true
                    let met = answered ? "open" : transcript.closeCode.map(String.init) ?? "nothing"
                    #expect(met == expected, "\(route) as \(persona): \(transcript)")
                }
            }
        }
    }
}
