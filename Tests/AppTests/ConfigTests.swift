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
        (["DEV_AUTH_BYPASS": "true", "HOST": "0.0.0.0"], "DEV_AUTH_BYPASS"),
        (["DEV_AUTH_BYPASS": "true", "HOST": "192.0.2.10"], "DEV_AUTH_BYPASS"),
        (["DEV_AUTH_BYPASS_ALLOW_REMOTE": "sure"], "DEV_AUTH_BYPASS_ALLOW_REMOTE"),
        (["ADMIN_EMAILS": "ops@example.com, not-an-email"], "ADMIN_EMAILS"),
        (["ADMIN_ALLOWLIST_EMAILS_RAW": "@example.com"], "ADMIN_ALLOWLIST_EMAILS_RAW"),
        (["ANALYSIS_CACHE_MB": "1"], "ANALYSIS_CACHE_MB"),
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

    @Test func devBypassOnlyOnLoopbackUnlessAllowed() throws {
        for host in ["127.0.0.1", "localhost", "::1", "127.0.0.2"] {
            #expect(try AppConfig.fromEnvironment(["DEV_AUTH_BYPASS": "true", "HOST": host]).devAuthBypass)
        }
        let remote = try AppConfig.fromEnvironment(["DEV_AUTH_BYPASS": "true", "HOST": "0.0.0.0", "DEV_AUTH_BYPASS_ALLOW_REMOTE": "true"])
        #expect(remote.devAuthBypass)
        #expect(remote.startupWarnings.contains { $0.hasPrefix("DEV_AUTH_BYPASS is reachable from other machines") })
    }

    @Test func theDevelopmentSecretIsWarnedAbout() throws {
        let config = try AppConfig.fromEnvironment(["AUTH_SECRET": "dev-secret-do-not-use-in-production"])
        #expect(config.startupWarnings == ["AUTH_SECRET is the well-known development secret: anyone can mint tokens for this server"])
        #expect(try AppConfig.fromEnvironment(["AUTH_SECRET": "a-real-secret"]).startupWarnings.isEmpty)
    }

    @Test func operatorsAndTrustedProviders() throws {
        let config = try AppConfig.fromEnvironment(["ADMIN_EMAILS": " Ops@Example.com ,x@y.z", "AUTH_TRUSTED_EMAIL_PROVIDERS": "google, GitHub"])
        #expect(config.adminEmails == ["ops@example.com", "x@y.z"])
        #expect(config.trustedEmailProviders == ["google", "github"])
        #expect(try AppConfig.fromEnvironment(["ADMIN_ALLOWLIST_EMAILS_RAW": "a@b.c"]).adminEmails == ["a@b.c"])
    }
}
