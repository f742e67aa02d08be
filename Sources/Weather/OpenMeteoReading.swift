import Foundation

/// Turns an Open-Meteo answer into the weather of a session (pure).
enum OpenMeteoReading {
    /// How far the nearest hourly sample may be from the session.
    static let maximumHourDistance: TimeInterval = 90 * 60

    /// The session's weather: the hour nearest `session` (the earlier one on a tie) for temperature, humidity,
    /// wind, dew point, precipitation (rain + showers of that hour) and track temperature (the model's 0 cm soil
    /// temperature, a stand-in for the asphalt that reads low in sunshine), and the track condition of
    /// `TrackConditionModel` over the whole answer. Nil when no hour lies within 90 minutes of the session or that
    /// hour carries none of temperature, humidity, wind and precipitation.
    static func weather(from answer: OpenMeteoAnswer, at session: Date) -> SessionWeather? {
        guard let hourly = answer.hourly, let index = nearestHour(in: hourly, to: session) else { return nil }
        let temperature = hourly.temperature_2m.value(at: index)
        let humidity = hourly.relative_humidity_2m.value(at: index)
        let wind = hourly.wind_speed_10m.value(at: index)
        let precipitation = OpenMeteoAnswer.precipitation(rain: hourly.rain.value(at: index),
                                                          showers: hourly.showers.value(at: index))
        guard temperature != nil || humidity != nil || wind != nil || precipitation != nil else { return nil }
        let assessment = TrackConditionModel.assess(series(from: answer), at: session)
        return SessionWeather(
            track_condition: assessment.condition.rawValue,
            ambient_temp_c: temperature,
            track_temp_c: hourly.soil_temperature_0cm.value(at: index),
            humidity_pct: humidity,
            wind_speed_kmh: wind,
            wind_direction_deg: hourly.wind_direction_10m.value(at: index),
            precipitation_mm: precipitation.map { $0.rounded(places: 2) },
            surface_water_mm: assessment.surfaceWaterMm,
            weather_source: "open-meteo",
            weather_confidence: assessment.confidence,
            dew_point_c: hourly.dew_point_2m.value(at: index),
            track_condition_is_manual: false,
            timezone_name: nil)
    }

    /// The model's input: every hourly row with a time, and every 15-minute precipitation with a time.
    static func series(from answer: OpenMeteoAnswer) -> PrecipitationSeries {
        var hours: [HourlyConditions] = []
        if let hourly = answer.hourly {
            for (index, time) in hourly.time.enumerated() {
                guard let date = time.date else { continue }
                hours.append(HourlyConditions(
                    time: date,
                    precipitationMm: OpenMeteoAnswer.precipitation(rain: hourly.rain.value(at: index),
                                                                   showers: hourly.showers.value(at: index)),
                    temperatureC: hourly.temperature_2m.value(at: index),
                    relativeHumidityPct: hourly.relative_humidity_2m.value(at: index),
                    dewPointC: hourly.dew_point_2m.value(at: index),
                    windSpeedKmh: hourly.wind_speed_10m.value(at: index),
                    directRadiationWm2: hourly.direct_radiation.value(at: index),
                    cloudCoverPct: hourly.cloud_cover.value(at: index)))
            }
        }
        var quarters: [PrecipitationSample] = []
        if let quarterHourly = answer.minutely_15 {
            for (index, time) in quarterHourly.time.enumerated() {
                guard let date = time.date else { continue }
                quarters.append(PrecipitationSample(
                    time: date,
                    millimetres: OpenMeteoAnswer.precipitation(rain: quarterHourly.rain.value(at: index),
                                                               showers: quarterHourly.showers.value(at: index))))
            }
        }
        return PrecipitationSeries(hourly: hours, quarterHourly: quarters)
    }

    /// The index of the hourly row nearest `session`, within `maximumHourDistance`; the earlier row wins a tie.
    static func nearestHour(in hourly: OpenMeteoHourly, to session: Date) -> Int? {
        var best: (index: Int, distance: TimeInterval, time: Date)?
        for (index, time) in hourly.time.enumerated() {
            guard let date = time.date else { continue }
            let distance = abs(date.timeIntervalSince(session))
            guard distance <= maximumHourDistance else { continue }
            if let current = best, distance > current.distance || (distance == current.distance && date >= current.time) {
                continue
            }
            best = (index, distance, date)
        }
        return best?.index
    }
}
