import Foundation
import Testing
@testable import TelemetryCore

/// The Savitzky–Golay filter of client-extras.md §8.1 step 2 (window 21, order 3, polynomial-fit edges).
@Suite struct SavitzkyGolayTests {
    @Test("a cubic comes back unchanged, edges included")
    func reproducesACubic() {
        let xs = (0..<80).map { t -> Double in let x = Double(t); return 3.5 - 0.8 * x + 0.05 * x * x - 0.0007 * x * x * x }
        let smoothed = SavitzkyGolay.smooth(xs, window: 21, order: 3)
        #expect(smoothed.count == xs.count)
        for i in xs.indices { #expect(abs(smoothed[i] - xs[i]) < 1e-9, "index \(i)") }
    }

    @Test("noise around a smooth curve shrinks")
    func smoothsNoise() {
        var state: UInt64 = 12345
        func uniform() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 11) / Double(1 << 53) - 0.5
        }
        let truth = (0..<500).map { 10 * sin(Double($0) / 40) }
        let noisy = truth.map { $0 + uniform() }
        let smoothed = SavitzkyGolay.smooth(noisy)
        func variance(_ a: [Double]) -> Double { Numerics.std(zip(a, truth).map { $0 - $1 })! * Numerics.std(zip(a, truth).map { $0 - $1 })! }
        let before = variance(noisy), after = variance(smoothed)
        #expect(after < 0.5 * before, "error variance \(before) → \(after)")
    }

    @Test func shortInputsStayUnchanged() {
        let xs = (0..<20).map { Double($0 * $0 % 7) }
        #expect(SavitzkyGolay.smooth(xs) == xs)
    }

    @Test func everyFitRowSumsToOne() {
        for row in SavitzkyGolay.hatMatrix(window: 21, order: 3) { #expect(abs(row.reduce(0, +) - 1) < 1e-12) }
    }
}
