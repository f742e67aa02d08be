import Foundation
import TelemetryCore

/// The encoded comparison was not a JSON object (an invariant of `SessionComparisonResponse`; a 500 if ever broken).
struct ReportNotAnObject: Error {}
