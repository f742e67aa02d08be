import Foundation
import Testing
@testable import TelemetryCore

@Suite("Resampling and encoding")
struct ResamplingTests {
    @Test("grid: 0.7 m spacing from 0, ceil(L/0.7) points, every channel the grid's length", arguments: Fixture.all)
    func grid(_ f: Fixture) {
        for (n, lap) in f.session.laps {
            let timed = f.session.timedLaps[n]!
            #expect(lap.distance.first == 0)
            #expect(lap.count == Int((timed.lapDistance / 0.7).rounded(.up)))
            for k in [1, 2, lap.count / 2, lap.count - 1] { #expect(lap.distance[k] == Double(k) * 0.7) }
            #expect(lap.lastDistance < timed.lapDistance && lap.lastDistance >= timed.lapDistance - 0.7)
            for channel in [lap.lapTime, lap.speed, lap.latitude, lap.longitude, lap.heading, lap.altitude!,
                            lap.lateralG!, lap.longitudinalG!] {
                #expect(channel.count == lap.count)
                #expect(channel.allSatisfy { $0.isFinite })
            }
        }
    }

    @Test("heading in [0, 360), lap time from 0 to the crossing-to-crossing time", arguments: Fixture.all)
    func channels(_ f: Fixture) {
        for (n, lap) in f.session.laps {
            #expect(lap.heading.allSatisfy { $0 >= 0 && $0 < 360 })
            #expect(lap.lapTime[0] == 0)
            let t = f.session.timedLaps[n]!.lapTime
            #expect(lap.lapTime.last! <= t && lap.lapTime.last! > t - 0.1)
            #expect(zip(lap.lapTime, lap.lapTime.dropFirst()).allSatisfy { $0 <= $1 })
            #expect(lap.speed.allSatisfy { $0 >= 0 })
        }
    }

    @Test("the resampled start sits on the start/finish gate, heading along the direction of travel")
    func startOnGate() {
        let s = Fixture.all[0].session
        let gate = s.gate!
        for lap in s.laps.values {
            let o = gate.offset(latitude: lap.latitude[0], longitude: lap.longitude[0])
            #expect(abs(o.along) < 0.05)
            #expect(abs(Numerics.wrap180(lap.heading[0] - gate.directionDeg)) < 10)
        }
        // The truth's gate: direction of travel 48.05°, centre within a few metres.
        #expect(abs(Numerics.wrap180(gate.directionDeg - 48.05)) < 2)
        let truthCenter = gate.offset(latitude: 33.53259271, longitude: -86.61970566)
        #expect(abs(truthCenter.along) < 2 && abs(truthCenter.across) < 5)
    }

    @Test("heading unwraps through north")
    func headingUnwrap() {
        // A lap heading due north: bearings 350 → 10 must interpolate through 0, not 180.
        let n = 40
        let lat = (0..<n).map { 33.0 + Double($0) * 2e-5 }
        let lon = [Double](repeating: -86.0, count: n)
        let heading = (0..<n).map { Numerics.mod360(350 + Double($0)) }
        var lapNumber = [Double](repeating: 1, count: n)
        for i in 0..<3 { lapNumber[i] = .nan }
        let ch = TelemetryChannels(
            timestamp: (0..<n).map(Double.init), lapNumber: lapNumber, elapsedTime: (0..<n).map(Double.init),
            distance: (0..<n).map { Double($0) * 2.2 }, accuracy: .init(repeating: 1, count: n), altitude: nil,
            heading: heading, latitude: lat, longitude: lon, satellites: .init(repeating: 10, count: n),
            speed: .init(repeating: 2.2, count: n), lateralG: .init(repeating: 0, count: n),
            longitudinalG: .init(repeating: .nan, count: n), xAcc: nil, yAcc: nil, zAcc: nil, yawRate: nil,
            accelerationSource: .recorded, headingSource: .recorded)
        let lap = TimedLap(lapNumber: 1, rows: 3..<30,
                           start: GateCrossing(rowAfter: 3, fraction: 0.5, elapsedTime: 2.5, distance: 5.5, isInterpolated: true),
                           end: GateCrossing(rowAfter: 30, fraction: 0.5, elapsedTime: 29.5, distance: 64.9, isInterpolated: true))
        let r = Resampler.resample(lap, ch)!
        #expect(r.heading.allSatisfy { $0 >= 0 && $0 < 360 })
        #expect(r.heading.allSatisfy { Swift.min($0, 360 - $0) <= 30 })
        #expect(r.altitude == nil)
        #expect(r.longitudinalG == nil)   // no finite sample: absent, not zero
        #expect(abs(r.lapTime.last! - 27) < 0.7)
    }

    @Test("no NaN or infinity in any encoded output; exact API keys", arguments: Fixture.all)
    func encoding(_ f: Fixture) throws {
        let s = f.session
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        for lap in s.laps.values {
            let data = try encoder.encode(lap)
            let obj = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
            #expect(Set(obj.keys) == ["lap_number", "distance_m", "speed_mph", "lat", "lon", "heading_deg",
                                      "lateral_g", "longitudinal_g", "lap_time_s", "altitude_m"])
            let speed = try #require(obj["speed_mph"] as? [Double])
            #expect(abs(speed[10] - lap.speed[10] * 2.23694) < 1e-9)
            #expect((obj["distance_m"] as? [Double])?.count == lap.count)
        }
        let summaries = try encoder.encode(s.lapSummaries(tags: [2: ["traffic"]]))
        let first = try #require((JSONSerialization.jsonObject(with: summaries) as? [[String: Any]])?.first)
        #expect(Set(first.keys) == ["lap_number", "lap_time_s", "lap_distance_m", "max_speed_mps", "is_clean", "tags"])
        let snapshot = try #require(JSONSerialization.jsonObject(with: encoder.encode(s.snapshot)) as? [String: Any])
        #expect(Set(snapshot.keys) == ["n_laps", "n_clean_laps", "best_lap_time_s", "avg_lap_time_s",
                                       "top3_avg_time_s", "consistency_score"])
        _ = try encoder.encode(s.metadata)
        _ = try encoder.encode(s.gate)
        _ = try encoder.encode(s.counts)
        _ = try encoder.encode(LapConsistency.compute(s.lapSummaries))
    }

    @Test("non-finite values encode as null")
    func nullEncoding() throws {
        let summary = LapSummary(lapNumber: 1, lapTimeS: .nan, lapDistanceM: .infinity, maxSpeedMps: 3,
                                 isClean: true, tags: [])
        let json = String(decoding: try JSONEncoder().encode(summary), as: UTF8.self)
        #expect(json.contains("\"lap_time_s\":null") && json.contains("\"lap_distance_m\":null"))
        let c = LapConsistency.compute([summary])
        #expect(c.hasSufficientData == false)
        let lap = ResampledLap(lapNumber: 2, distance: DistanceGrid(length: 2), lapTime: [0, .nan, 1],
                               speed: [1, 2, .infinity], latitude: [1, 1, 1], longitude: [1, 1, 1], altitude: nil,
                               heading: [0, 0, 0], lateralG: nil, longitudinalG: [.nan, 0, 0])
        let text = String(decoding: try JSONEncoder().encode(lap), as: UTF8.self)
        #expect(!text.lowercased().contains("nan") && !text.lowercased().contains("inf"))
        #expect(text.contains("\"lateral_g\":null") && text.contains("\"altitude_m\":null"))
        #expect(text.contains("\"lap_time_s\":[0,null,1]"))
    }

    @Test("on-demand resampling of stored-only-raw channels (yaw rate, accelerometer)")
    func onDemand() throws {
        let s = Fixture.all[0].session
        let yaw = try #require(s.resampled(.yawRate, lap: s.bestLap))
        #expect(yaw.count == s.laps[s.bestLap]!.count && yaw.allSatisfy { $0.isFinite })
        #expect(s.resampled(.speed, lap: s.bestLap) == s.laps[s.bestLap]!.speed)
        #expect(s.resampled(.heading, lap: s.bestLap) == s.laps[s.bestLap]!.heading)
        #expect(s.resampled(.xAcc, lap: 99) == nil)
    }
}
