import Foundation

/// A lap time as the coaches write it, `m:ss.sss`, for tests that look for it in their text.
public enum LapTimeText {
    public static func format(_ seconds: Double) -> String {
        let minutes = Int(seconds / 60)
        return String(format: "%d:%06.3f", minutes, seconds - Double(minutes) * 60)
    }
}
