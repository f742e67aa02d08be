/// The four things a corner is graded on (platform.md §3.1), in the order a tie for the weakest is broken.
enum CornerArea: Int, CaseIterable {
    case braking, minSpeed, throttle, trailBraking
}
