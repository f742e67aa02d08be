/// API-description entries of the equipment routes.
enum EquipmentDocs {
    static let tire = JSONSchema.object([
        "model": .string, "compound_category": .oneOf(["street", "endurance_200tw", "super_200tw", "100tw", "r_comp", "slick"]),
        "size": .string, "estimated_mu": .positive(maximum: 3),
        "mu_source": .oneOf(["formula_estimate", "curated_table", "manufacturer_spec", "user_override"]), "mu_confidence": .string,
    ], optional: [
        "treadwear_rating": JSONSchema.int64.nullable, "pressure_psi": JSONSchema.positive().nullable,
        "brand": JSONSchema.string.nullable, "age_sessions": JSONSchema.int64.nullable,
    ])
    static let vehicleSpec = JSONSchema.object([
        "make": .string, "model": .string, "generation": .string, "year_range": .array(.int64, minItems: 2, maxItems: 2),
        "weight_kg": .positive(), "wheelbase_m": .number, "track_width_front_m": .number, "track_width_rear_m": .number,
        "cg_height_m": .number, "weight_dist_front_pct": .number, "drivetrain": .string, "hp": .int64, "torque_nm": .int64,
        "has_aero": .boolean,
    ], optional: ["stock_tire_size_front": JSONSchema.string.nullable, "stock_tire_size_rear": JSONSchema.string.nullable,
                  "notes": JSONSchema.string.nullable])
    static let brakes = JSONSchema.object([:], optional: [
        "compound": JSONSchema.string.nullable, "rotor_type": JSONSchema.string.nullable, "pad_temp_range": JSONSchema.string.nullable,
        "fluid_type": JSONSchema.string.nullable,
    ])
    static let suspension = JSONSchema.object([:], optional: [
        "type": JSONSchema.string.nullable, "front_camber_deg": JSONSchema.number.nullable, "rear_camber_deg": JSONSchema.number.nullable,
    ])
    static let conditions = JSONSchema.object([:], optional: [
        "track_condition": JSONSchema.oneOf(["dry", "damp", "wet"]).nullable, "ambient_temp_c": JSONSchema.number.nullable,
        "track_temp_c": JSONSchema.number.nullable, "humidity_pct": JSONSchema.number.nullable,
        "wind_speed_kmh": JSONSchema.number.nullable, "wind_direction_deg": JSONSchema.number.nullable,
        "precipitation_mm": JSONSchema.number.nullable, "surface_water_mm": JSONSchema.number.nullable,
        "weather_source": JSONSchema.string.nullable, "weather_confidence": JSONSchema.number.nullable,
        "dew_point_c": JSONSchema.number.nullable, "track_condition_is_manual": JSONSchema.boolean.nullable,
        "timezone_name": JSONSchema.string.nullable,
    ])
    static let overrides = JSONSchema.object([:], optional: [
        "weight_kg": .positive(), "cg_height_m": .positive(), "weight_dist_front_pct": .positive(), "hp": .positive(),
        "torque_nm": .positive(),
    ]).closedObject
    static let profileBody = JSONSchema.object(["name": .string(minLength: 1, maxLength: 100, pattern: "\\S"), "tires": tire], optional: [
        "vehicle": vehicleSpec.nullable, "brakes": brakes.nullable, "suspension": suspension.nullable,
        "vehicle_overrides": overrides.nullable, "notes": JSONSchema.string.nullable, "is_default": JSONSchema.boolean.nullable,
    ])
    static let profileSchema = JSONSchema.object([
        "id": .string, "name": .string, "tires": tire, "vehicle": vehicleSpec.nullable, "brakes": brakes.nullable,
        "suspension": suspension.nullable, "vehicle_overrides": .map(.positive()), "notes": JSONSchema.string.nullable,
        "is_default": .boolean,
    ])
    static let sessionEquipmentSchema = JSONSchema.object([
        "session_id": .string, "profile_id": .string, "profile_name": .string, "overrides": .map(.positive()), "tires": tire,
        "brakes": brakes.nullable, "suspension": suspension.nullable, "conditions": conditions.nullable,
    ])

    static let search = [RouteDocs.Query("q", .string, description: "Case-insensitive text to match")]
    static let tires = RouteDocs(.open, .json(.array(tire)), query: search)
    static let pads = RouteDocs(.open, .json(.array(.object([
        "model": .string, "brand": .string, "category": .string, "temp_range": .string, "initial_bite": .string, "notes": .string,
    ]))), query: search)
    static let strings = RouteDocs(.open, .json(.array(.string)))
    static let vehicleSearch = RouteDocs(.open, .json(.array(.object([
        "slug": .string, "make": .string, "model": .string, "generation": .string, "year_range": .array(.integer),
        "hp": .integer, "weight_kg": .number, "drivetrain": .string,
    ]))), query: search)
    static let vehicle = RouteDocs(.open, .json(vehicleSpec), query: [RouteDocs.Query("generation", .string)])

    static let create = RouteDocs(.user, status: 201, .json(profileSchema), body: .json(profileBody))
    static let list = RouteDocs(.user, .json(.object(["items": .array(profileSchema), "total": .integer])))
    static let profile = RouteDocs(.user, .json(profileSchema))
    static let replace = RouteDocs(.user, .json(profileSchema), body: .json(profileBody))
    static let delete = RouteDocs(.user, .json(SessionDocs.message))
    static let sessionEquipment = RouteDocs(.user, .json(sessionEquipmentSchema))
    static let assign = RouteDocs(.user, .json(sessionEquipmentSchema), body: .json(.object(["profile_id": .string], optional: [
        "overrides": overrides.nullable, "conditions": conditions.nullable,
    ])))
    static let inline = RouteDocs(.user, .json(sessionEquipmentSchema), body: .json(.object([
        "compound_category": .oneOf(["street", "endurance_200tw", "super_200tw", "100tw", "r_comp", "slick"]),
        "tire_size": .string(pattern: "^\\s*\\d{3}/\\d{2}[Rr]\\d{2}\\s*$"),
    ], optional: ["tire_model": JSONSchema.string.nullable, "estimated_mu": JSONSchema.positive(maximum: 3).nullable,
                  "vehicle": vehicleSpec.nullable])))
}
