import Foundation
import Testing
@testable import App

@Suite struct ConfigTests {
    @Test func defaults() throws {
        let config = try AppConfig.fromEnvironment([:])
        #expect(config.port == 8000)
        #expect(config.databaseURL.hasPrefix("sqlite"))
        #expect(config.maxUploadSizeMB == 50)
        #expect(config.corsOrigins == ["http://localhost:3000"])
        #expect(config.devAuthBypass == false)
    }

    @Test(arguments: [
        (["PORT": "eighty"], "PORT"),
        (["PORT": "70000"], "PORT"),
        (["DATABASE_URL": "mysql://x"], "DATABASE_URL"),
        (["DEV_AUTH_BYPASS": "maybe"], "DEV_AUTH_BYPASS"),
        (["ENVIRONMENT": "staging"], "ENVIRONMENT"),
        (["CORS_ORIGINS": "[1, 2]"], "CORS_ORIGINS"),
        (["CORS_ORIGINS_RAW": "ftp://x"], "CORS_ORIGINS_RAW"),
        (["MAX_UPLOAD_SIZE_MB": "0"], "MAX_UPLOAD_SIZE_MB"),
        (["LOG_LEVEL": "loud"], "LOG_LEVEL"),
        (["DEV_AUTH_BYPASS": "true", "ENVIRONMENT": "production", "AUTH_SECRET": "s"], "DEV_AUTH_BYPASS"),
        (["DEV_AUTH_BYPASS": "on", "RAILWAY_ENVIRONMENT": "staging"], "DEV_AUTH_BYPASS"),
        (["ENVIRONMENT": "production"], "AUTH_SECRET"),
        (["ENVIRONMENT": "production", "NEXTAUTH_SECRET": "dev-secret-do-not-use-in-production"], "AUTH_SECRET"),
        (["TRUSTED_PROXIES": "10.0.0.1, proxy.internal"], "TRUSTED_PROXIES"),
        (["TRUSTED_PROXIES": "10.0.0.0/40"], "TRUSTED_PROXIES"),
        (["RATE_LIMIT_ANON_UPLOADS_PER_IP_PER_DAY": "0"], "RATE_LIMIT_ANON_UPLOADS_PER_IP_PER_DAY"),
        (["RATE_LIMIT_UPLOADS_PER_IP_PER_HOUR": "ten"], "RATE_LIMIT_UPLOADS_PER_IP_PER_HOUR"),
        (["PUBLIC_BASE_URL": "ftp://cataclysm.example"], "PUBLIC_BASE_URL"),
    ])
    func badValueNamesTheVariable(_ environment: [String: String], _ variable: String) {
        #expect {
            _ = try AppConfig.fromEnvironment(environment)
        } throws: { error in
            (error as? ConfigError)?.variable == variable
        }
    }

    @Test func rateLimitsAndProxies() throws {
        let defaults = try AppConfig.fromEnvironment([:]).rateLimits
        #expect(defaults.uploadsPerIPPerHour == 10 && defaults.anonymousUploadsPerIPPerDay == 3)
        #expect(defaults.anonymousUploadsPerDay == 1000 && defaults.shareViewsPerIPPerMinute == 30)
        let config = try AppConfig.fromEnvironment([
            "TRUSTED_PROXIES": "10.0.0.0/8, 2001:db8::1", "RATE_LIMIT_ANON_UPLOADS_PER_DAY": "50",
            "PUBLIC_BASE_URL": "https://cataclysm.example/"])
        #expect(config.trustedProxies == ["10.0.0.0/8", "2001:db8::1"])
        #expect(config.rateLimits.anonymousUploadsPerDay == 50)
        #expect(config.publicBaseURL == "https://cataclysm.example")
    }

    @Test func corsFormats() throws {
        #expect(try AppConfig.fromEnvironment(["CORS_ORIGINS": #"["https://a.example","https://b.example"]"#]).corsOrigins
                == ["https://a.example", "https://b.example"])
        #expect(try AppConfig.fromEnvironment(["CORS_ORIGINS_RAW": "[https://a.example,https://b.example]"]).corsOrigins
                == ["https://a.example", "https://b.example"])
        #expect(try AppConfig.fromEnvironment(["CORS_ORIGINS": "https://a.example, https://b.example"]).corsOrigins
                == ["https://a.example", "https://b.example"])
    }

    @Test func secretsPreferAuthSecret() throws {
        #expect(try AppConfig.fromEnvironment(["AUTH_SECRET": "a", "NEXTAUTH_SECRET": "b"]).authSecrets.first == "a")
        #expect(try AppConfig.fromEnvironment(["AUTH_SECRET": "", "NEXTAUTH_SECRET": "b"]).authSecrets == ["b"])
    }
}
