/// JSON schemas of the client-extras analyses (client-extras.md §5–§7, §9.2).
extension AnalysisSchemas {
    static let ggDiagram = JSONSchema.object([
        "session_id": .string, "lap_number": .integer,
        "points": .array(finiteFields(["lat_g", "lon_g", "distance_m"], plus: ["corner_number": JSONSchema.integer.nullable])),
        "overall_utilization_pct": .finite, "observed_max_g": .finite,
        "per_corner": .array(finiteFields(["utilization_pct", "max_lat_g", "max_lon_g"],
                                          plus: ["corner_number": .integer, "point_count": .integer])),
    ])
}
